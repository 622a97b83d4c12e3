// Attribution verbs that carry a judgement; neutral style prefers "said". Data, not code:
// each entry lists its written forms and, for each form, the form of "say" with the same
// inflection. `speech` verbs take what was said directly ("claimed the talks failed"), so
// "said" fits in their place; `stance` verbs take an object ("slammed the deal"), so
// "said" only fits before "that", a quotation or the end of the clause.
import { words } from '../../lexicon/table';

export interface LoadedVerb {
  lemma: string;
  frame: 'speech' | 'stance';
  /** Written form (lower case) → the neutral replacement with the same inflection. */
  forms: Record<string, string>;
}

function verb(frame: LoadedVerb['frame'], lemma: string, third: string, past: string, ing: string): LoadedVerb {
  return { lemma, frame, forms: { [lemma]: 'say', [third]: 'says', [past]: 'said', [ing]: 'saying' } };
}

export const LOADED_VERBS: readonly LoadedVerb[] = [
  verb('speech', 'claim', 'claims', 'claimed', 'claiming'),
  verb('speech', 'admit', 'admits', 'admitted', 'admitting'),
  verb('speech', 'insist', 'insists', 'insisted', 'insisting'),
  verb('speech', 'concede', 'concedes', 'conceded', 'conceding'),
  verb('speech', 'confess', 'confesses', 'confessed', 'confessing'),
  verb('speech', 'boast', 'boasts', 'boasted', 'boasting'),
  verb('speech', 'brag', 'brags', 'bragged', 'bragging'),
  verb('speech', 'gloat', 'gloats', 'gloated', 'gloating'),
  verb('speech', 'whine', 'whines', 'whined', 'whining'),
  verb('speech', 'rant', 'rants', 'ranted', 'ranting'),
  verb('speech', 'purport', 'purports', 'purported', 'purporting'),
  verb('stance', 'slam', 'slams', 'slammed', 'slamming'),
  verb('stance', 'blast', 'blasts', 'blasted', 'blasting'),
  verb('stance', 'lambaste', 'lambastes', 'lambasted', 'lambasting'),
  verb('stance', 'scoff', 'scoffs', 'scoffed', 'scoffing'),
  verb('stance', 'sneer', 'sneers', 'sneered', 'sneering'),
];

/** Words after a speech verb that make "said" wrong ("admitted to", "boasted about"). */
export const PREPOSITIONS_AFTER_VERB: ReadonlySet<string> = new Set(words(`
to at about of on off over against in for with responsibility credit victory
`));
