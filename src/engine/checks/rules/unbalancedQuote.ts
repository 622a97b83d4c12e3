// `unbalanced-quote`: a quotation mark that opens and never closes, or closes a quotation
// that never opened. The engine reports these while scanning quotes, and already follows
// news style's multi-paragraph convention (a paragraph that ends inside a quotation with no
// closing mark is fine when the next paragraph reopens it).
import { rule, type RuleContext, type RuleFinding } from '../types';

const check = (ctx: RuleContext): RuleFinding[] => ctx.analysis.problems
  .filter((p) => p.code === 'unbalanced-quote-open' || p.code === 'unbalanced-quote-close')
  .map((p) => ({
    message:
      p.message ||
      (p.code === 'unbalanced-quote-open' ? 'This quotation mark opens a quotation that never closes.' : 'This quotation mark closes a quotation that never opened.'),
    start: p.start,
    end: p.end,
    data: { code: p.code },
  }));

export const unbalancedQuoteRule = rule('unbalanced-quote', 'error', check);
