// `anonymous-source`: An anonymous source ("officials said") without a justification note in the annotations.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const anonymousSourceRule: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'information',
  description: 'An anonymous source ("officials said") without a justification note in the annotations.',
  docs: 'docs/rules/anonymous-source.md',
  check,
};
