// `unattributed-quote`: A direct quotation with no speaker.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const unattributedQuoteRule: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A direct quotation with no speaker.',
  docs: 'docs/rules/unattributed-quote.md',
  check,
};
