// `unbalanced-quote`: A quotation mark that opens and never closes, or closes and never opened.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const unbalancedQuoteRule: Rule = {
  id: 'unbalanced-quote',
  defaultSeverity: 'error',
  description: 'A quotation mark that opens and never closes, or closes and never opened.',
  docs: 'docs/rules/unbalanced-quote.md',
  check,
};
