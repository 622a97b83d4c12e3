// Abbreviations whose period does not end a sentence (lowercased, without the final period).
import { words } from './table';

/** Titles and words that are always followed by more of the same sentence ("Mr. Smith", "Feb. 15"). */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(words(`
mr mrs ms messrs dr prof gov sen sens rep reps gen lt col
maj capt cmdr adm sgt cpl pvt gens supt insp det atty rev fr
hon pres amb sec st ft mt no nos vol art fig p pp vs v
jan feb mar apr jun jul aug sep sept oct nov dec ave blvd
e.g i.e cf approx est dept univ assn ariz calif colo conn fla
ill ind kan mass mich minn miss nev okla ore pa tenn tex va
vt wash wis wyo ala ark del ga ky la md mo mont neb wva
`));

/** Abbreviations that may also end a sentence ("in the U.S. He said ..."). */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(words(`
u.s u.k u.n e.u d.c n.y l.a a.m p.m jr sr inc co corp ltd
llc bros etc al n.j n.c s.c n.h u.s.a ph.d r d i
`));

/** Capitalised words that usually open a new sentence after an ambiguous abbreviation. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(words(`
the he she it they we i you but and in a an this that
these those his her their our its there on at for if when
while after before as so yet still meanwhile however also some
many most what why how who officials according
`));
