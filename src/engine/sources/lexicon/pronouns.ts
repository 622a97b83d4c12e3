// Pronouns that can stand for a source. Its gender constrains the antecedent.
import { phrases } from '../../lexicon/table';

type PronounGender = 'male' | 'female' | 'plural' | 'neuter' | 'any';

export interface PronounEntry {
  gender: PronounGender;
  /** "who": refers to the mention right before it. */
  relative?: boolean;
  /** First person ("I", "we"): only the attribution engine can tell who is speaking. */
  firstPerson?: boolean;
  /** "his", "her", "their": the mention is a possessor, not a speaker. */
  possessive?: boolean;
}

export const PRONOUNS: ReadonlyMap<string, PronounEntry> = new Map<string, PronounEntry>(
  // "pronoun gender", then what else it is (`possessive`, `relative`, `firstPerson`)
  phrases(`
he male, him male, his male possessive, himself male, she female, her female possessive,
hers female, herself female, they plural, them plural, their plural possessive,
themselves plural, it neuter, its neuter possessive, itself neuter, who any relative,
which neuter relative, i any firstPerson, we plural firstPerson,
`).map((line): [string, PronounEntry] => {
    const [pronoun = '', gender, flag] = line.split(' ');
    const entry: PronounEntry = { gender: gender as PronounGender };
    if (flag) entry[flag as 'possessive' | 'relative' | 'firstPerson'] = true;
    return [pronoun, entry];
  }),
);
