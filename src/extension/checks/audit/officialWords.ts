// Words that mark a source as an official (a government or institutional voice) in the
// source audit's "officials vs others" count. Literal lower-case words matched against the
// words of a source's name, title and affiliation.
import { words } from '../../../engine/lexicon/table';

export const OFFICIAL_WORDS: ReadonlySet<string> = new Set(words(`
minister ministry secretary spokesperson spokesman spokeswoman
president presidential vice premier chancellor governor mayor
senator senate congressman congresswoman representative lawmaker
parliament parliamentary ambassador embassy consul consulate diplomat
official officials government department agency administration cabinet
office council commission commissioner police military army navy
prosecutor prosecutors court judge state federal white kremlin
pentagon authorities authority regulator bureau director chief
general admiral deputy attorney mp legislature assembly
`));
