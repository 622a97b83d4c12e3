// What each rule flags, in one line, and where its page is in the repository. The command
// line's SARIF output shows these; the editor links a rule's page by URL (`ruleDocsUrl`) and
// never needs the lines, so they live here rather than in the rule table it bundles.
import type { RuleId } from './types';

export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  'unattributed-quote': 'A direct quotation with no speaker.',
  'unattributed-claim': 'A checkable statement (figure, date, superlative, cause) that no attribution covers.',
  'first-reference': 'A source first named by surname only, or without a title or affiliation.',
  'anonymous-source': 'An anonymous source ("officials said") without a justification note in the annotations.',
  'loaded-verb': 'A loaded attribution verb ("claimed", "admitted", "insisted") where "said" is neutral.',
  'unbalanced-quote': 'A quotation mark that opens and never closes, or closes and never opened.',
  'name-variant': 'One source spelled two ways ("Cho Tae-yul" / "Cho Tae-yeol").',
  'duplicate-paragraph': 'A paragraph repeated verbatim (a caption pasted twice).',
  'unverified-claim': 'Pre-publication: a claim not yet marked verified in the annotations.',
  'quote-mismatch': 'A quotation that does not appear verbatim in the evidence file its annotation names.',
};

/** Repository-relative path of a rule's documentation page. */
export const ruleDocsPath = (id: RuleId): string => `docs/rules/${id}.md`;
