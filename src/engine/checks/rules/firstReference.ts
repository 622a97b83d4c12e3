// `first-reference`: A source first named by surname only, or without a title or affiliation.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const firstReferenceRule: Rule = {
  id: 'first-reference',
  defaultSeverity: 'information',
  description: 'A source first named by surname only, or without a title or affiliation.',
  docs: 'docs/rules/first-reference.md',
  check,
};
