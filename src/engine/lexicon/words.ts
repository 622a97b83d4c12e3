// Closed-class words the attribution rules reason about (lowercased).
import { words } from './table';

export const DETERMINERS: ReadonlySet<string> = new Set(words(`
the a an this that these those his her their its our my your
some many several other another each every both most few all any
no one two three
`));

/** Determiners that mark the next word as a noun ("the report", "his call"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(words(`
the a an this these those his her their its our my your every
each of no
`));

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(words('who which that whom whose'));

/** Words that end a source phrase when walking left from the cue. */
export const SOURCE_STOP_WORDS: ReadonlySet<string> = new Set(words(`
that which who whom but or nor while when whereas because since
as if unless although though so where then however yet meanwhile
after before until once and than to is are was were be been
has have had will would could should can may might must did does
do not said says say told also still now instead indeed thus
therefore moreover furthermore later earlier today yesterday tonight
whether what why how here there him them me us into please perhaps
maybe just simply never always let
`));

/** Leading words trimmed off a source phrase ("But officials said" → "officials"). */
export const SOURCE_LEADING_TRIM: ReadonlySet<string> = new Set(words(`
and but so yet still meanwhile now then also later earlier indeed
instead however thus even only
`));

export const PREPOSITIONS: ReadonlySet<string> = new Set(words(`
in on at of for from with by about during after before over
under between among against since until through across within without
into onto toward towards amid despite like near per via to upon
`));

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(words(`
he she they we i you it him her them us me
`));

/** Words that never end a source phrase (the noun has to come after them). */
export const NON_FINAL_SOURCE_WORDS: ReadonlySet<string> = new Set(words(`
the a an of for in on at from with by and or to his her
their its our my your this these those very not
`));

/** Nouns naming a poll: "In a Gazette poll released Monday, ..." reports what the poll found. */
export const POLL_NOUNS: ReadonlySet<string> = new Set(words('poll polls survey surveys'));

/** Participles that go on describing a poll after a comma ("the latest poll, conducted in May,"). */
export const POLL_PARTICIPLES: ReadonlySet<string> = new Set(words(`
conducted released published taken completed fielded carried commissioned
`));
