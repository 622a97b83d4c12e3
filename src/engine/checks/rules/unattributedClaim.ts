// `unattributed-claim`: A checkable statement (figure, date, superlative, cause) that no attribution covers.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const unattributedClaimRule: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'hint',
  description: 'A checkable statement (figure, date, superlative, cause) that no attribution covers.',
  docs: 'docs/rules/unattributed-claim.md',
  check,
};
