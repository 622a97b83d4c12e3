// `unverified-claim`: Pre-publication: a claim not yet marked verified in the annotations.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const unverifiedClaimRule: Rule = {
  id: 'unverified-claim',
  defaultSeverity: 'information',
  description: 'Pre-publication: a claim not yet marked verified in the annotations.',
  docs: 'docs/rules/unverified-claim.md',
  check,
};
