// `loaded-verb`: A loaded attribution verb ("claimed", "admitted", "insisted") where "said" is neutral.
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const loadedVerbRule: Rule = {
  id: 'loaded-verb',
  defaultSeverity: 'warning',
  description: 'A loaded attribution verb ("claimed", "admitted", "insisted") where "said" is neutral.',
  docs: 'docs/rules/loaded-verb.md',
  check,
};
