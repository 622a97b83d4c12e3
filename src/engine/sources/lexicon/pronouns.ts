// Pronouns that can stand for a source. `gender` constrains the antecedent.

export interface PronounEntry {
  gender: 'male' | 'female' | 'plural' | 'neuter' | 'any';
  /** "who": refers to the mention right before it. */
  relative?: boolean;
  /** First person ("I", "we"): only the attribution engine can tell who is speaking. */
  firstPerson?: boolean;
  /** "his", "her", "their": the mention is a possessor, not a speaker. */
  possessive?: boolean;
}

export const PRONOUNS: ReadonlyMap<string, PronounEntry> = new Map<string, PronounEntry>([
  ['he', { gender: 'male' }],
  ['him', { gender: 'male' }],
  ['his', { gender: 'male', possessive: true }],
  ['himself', { gender: 'male' }],
  ['she', { gender: 'female' }],
  ['her', { gender: 'female', possessive: true }],
  ['hers', { gender: 'female' }],
  ['herself', { gender: 'female' }],
  ['they', { gender: 'plural' }],
  ['them', { gender: 'plural' }],
  ['their', { gender: 'plural', possessive: true }],
  ['themselves', { gender: 'plural' }],
  ['it', { gender: 'neuter' }],
  ['its', { gender: 'neuter', possessive: true }],
  ['itself', { gender: 'neuter' }],
  ['who', { gender: 'any', relative: true }],
  ['which', { gender: 'neuter', relative: true }],
  ['i', { gender: 'any', firstPerson: true }],
  ['we', { gender: 'plural', firstPerson: true }],
]);
