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
  // "pronoun gender", then what else it is: p possessive, r relative, f first person (letters, as
  // the bundler shortens the fields' names)
  phrases(`
he male, him male, his male p, himself male, she female, her female p,
hers female, herself female, they plural, them plural, their plural p,
themselves plural, it neuter, its neuter p, itself neuter, who any r,
which neuter r, i any f, we plural f,
`).map((line): [string, PronounEntry] => {
    const [pronoun = '', gender, flag] = line.split(' ');
    const entry: PronounEntry = { gender: gender as PronounGender };
    if (flag === 'p') entry.possessive = true;
    else if (flag === 'r') entry.relative = true;
    else if (flag === 'f') entry.firstPerson = true;
    return [pronoun, entry];
  }),
);
