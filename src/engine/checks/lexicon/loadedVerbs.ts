// Attribution verbs that carry a judgement; neutral style prefers "said". Data, not code:
// each entry lists its written forms and, for each form, the form of "say" with the same
// inflection. `speech` verbs take what was said directly ("claimed the talks failed"), so
// "said" fits in their place; `stance` verbs take an object ("slammed the deal"), so
// "said" only fits before "that", a quotation or the end of the clause.
import { words } from '../../lexicon/table';

/** How a loaded verb takes what was said (see above). */
export type VerbFrame = 'speech' | 'stance';

export interface LoadedVerb {
  lemma: string;
  frame: VerbFrame;
  /** Written form (lower case) → the neutral replacement with the same inflection. */
  forms: Record<string, string>;
}

const verb = (frame: VerbFrame, lemma: string, third: string, past: string, ing: string): LoadedVerb => ({ lemma, frame, forms: { [lemma]: 'say', [third]: 'says', [past]: 'said', [ing]: 'saying' } });

/** One verb a line: lemma, third person, past, -ing form. */
const verbs = (frame: VerbFrame, list: string): LoadedVerb[] => list.trim().split('\n').map((line) => {
  const [lemma = '', third = '', past = '', ing = ''] = words(line);
  return verb(frame, lemma, third, past, ing);
});

export const LOADED_VERBS: readonly LoadedVerb[] = [
  ...verbs('speech', `
claim claims claimed claiming
admit admits admitted admitting
insist insists insisted insisting
concede concedes conceded conceding
confess confesses confessed confessing
boast boasts boasted boasting
brag brags bragged bragging
gloat gloats gloated gloating
whine whines whined whining
rant rants ranted ranting
purport purports purported purporting
`),
  ...verbs('stance', `
slam slams slammed slamming
blast blasts blasted blasting
lambaste lambastes lambasted lambasting
scoff scoffs scoffed scoffing
sneer sneers sneered sneering
`),
];

/** Words after a speech verb that make "said" wrong ("admitted to", "boasted about"). */
export const PREPOSITIONS_AFTER_VERB: ReadonlySet<string> = new Set(words(`
to at about of on off over against in for with responsibility credit victory
`));
