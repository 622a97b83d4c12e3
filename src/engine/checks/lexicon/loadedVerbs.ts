// Attribution verbs that carry a judgement; neutral style prefers "said". Data, not code:
// each entry lists the written forms and the neutral replacement for each form.
export interface LoadedVerb {
  /** The base form, for messages. */
  lemma: string;
  /** Written form (lower case) → the neutral form of "say" with the same inflection. */
  forms: Record<string, string>;
}

function regular(lemma: string, third: string, past: string, ing: string): LoadedVerb {
  return { lemma, forms: { [lemma]: 'say', [third]: 'says', [past]: 'said', [ing]: 'saying' } };
}

export const LOADED_VERBS: readonly LoadedVerb[] = [
  regular('claim', 'claims', 'claimed', 'claiming'),
  regular('admit', 'admits', 'admitted', 'admitting'),
  regular('insist', 'insists', 'insisted', 'insisting'),
  regular('slam', 'slams', 'slammed', 'slamming'),
  regular('concede', 'concedes', 'conceded', 'conceding'),
  regular('confess', 'confesses', 'confessed', 'confessing'),
  regular('boast', 'boasts', 'boasted', 'boasting'),
  regular('blast', 'blasts', 'blasted', 'blasting'),
  regular('lash out', 'lashes out', 'lashed out', 'lashing out'),
  regular('rant', 'rants', 'ranted', 'ranting'),
  regular('whine', 'whines', 'whined', 'whining'),
  regular('purport', 'purports', 'purported', 'purporting'),
  regular('scoff', 'scoffs', 'scoffed', 'scoffing'),
  regular('sneer', 'sneers', 'sneered', 'sneering'),
  regular('gloat', 'gloats', 'gloated', 'gloating'),
  regular('brag', 'brags', 'bragged', 'bragging'),
];
