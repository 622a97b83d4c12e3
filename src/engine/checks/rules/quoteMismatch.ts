// `quote-mismatch`: A quotation that does not appear verbatim in the evidence file its annotation names.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const quoteMismatchRule: Rule = {
  id: 'quote-mismatch',
  defaultSeverity: 'error',
  description: 'A quotation that does not appear verbatim in the evidence file its annotation names.',
  docs: 'docs/rules/quote-mismatch.md',
  check,
};
