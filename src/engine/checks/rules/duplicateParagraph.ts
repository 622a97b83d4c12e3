// `duplicate-paragraph`: A paragraph repeated verbatim (a caption pasted twice).
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const duplicateParagraphRule: Rule = {
  id: 'duplicate-paragraph',
  defaultSeverity: 'warning',
  description: 'A paragraph repeated verbatim (a caption pasted twice).',
  docs: 'docs/rules/duplicate-paragraph.md',
  check,
};
