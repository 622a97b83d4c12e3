// `name-variant`: One source spelled two ways ("Cho Tae-yul" / "Cho Tae-yeol").
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(_ctx: RuleContext): RuleFinding[] {
  return [];
}

export const nameVariantRule: Rule = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  description: 'One source spelled two ways ("Cho Tae-yul" / "Cho Tae-yeol").',
  docs: 'docs/rules/name-variant.md',
  check,
};
