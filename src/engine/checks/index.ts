// Claim checks: the rule table and the runner. Each rule is a small module in ./rules;
// the runner applies severities (defaults < .sourcelight.yaml < the editor's settings),
// skips rules that are `off`, and honours the ignores recorded in the sidecar.
import { anchorAnnotations, type AnchoredAnnotation } from '../annotations/anchor';
import { anonymousSourceRule } from './rules/anonymousSource';
import { duplicateParagraphRule } from './rules/duplicateParagraph';
import { firstReferenceRule } from './rules/firstReference';
import { loadedVerbRule } from './rules/loadedVerb';
import { nameVariantRule } from './rules/nameVariant';
import { quoteMismatchRule } from './rules/quoteMismatch';
import { unattributedClaimRule } from './rules/unattributedClaim';
import { unattributedQuoteRule } from './rules/unattributedQuote';
import { unbalancedQuoteRule } from './rules/unbalancedQuote';
import { unverifiedClaimRule } from './rules/unverifiedClaim';
import type { CheckContext, Finding, FindingSeverity, Rule, RuleContext, RuleId, Severity } from './types';

export * from './types';

/** Every rule, in the order findings are reported for the same position. */
export const rules: readonly Rule[] = [
  unbalancedQuoteRule,
  unattributedQuoteRule,
  quoteMismatchRule,
  loadedVerbRule,
  firstReferenceRule,
  nameVariantRule,
  anonymousSourceRule,
  duplicateParagraphRule,
  unattributedClaimRule,
  unverifiedClaimRule,
];

export const ruleById = (id: RuleId): Rule | undefined => rules.find((r) => r.id === id);

/** Where the rule pages live (the package's repository, `docs/rules/<id>.md`). */
export const RULE_DOCS_BASE_URL = 'https://github.com/sourcelight/sourcelight/blob/main/docs/rules/';

/** The documentation page of a rule, for a diagnostic's code link and SARIF's helpUri. */
export const ruleDocsUrl = (id: RuleId): string => `${RULE_DOCS_BASE_URL}${id}.md`;

/** The severity a rule runs at: the editor's setting, else `.sourcelight.yaml`, else its default. */
export const effectiveSeverity = (rule: Rule, ctx: Pick<CheckContext, 'config' | 'severities'>): Severity => ctx.severities?.[rule.id] ?? ctx.config?.severities?.[rule.id] ?? rule.defaultSeverity;

const ruleContext = (ctx: CheckContext): RuleContext => {
  const anchors: AnchoredAnnotation[] = ctx.anchors ?? (ctx.sidecar ? anchorAnnotations(ctx.text, ctx.analysis, ctx.sidecar) : []);
  const annotationByClaim = new Map<string, AnchoredAnnotation>();
  for (const anchored of anchors) if (anchored.claimId !== null) annotationByClaim.set(anchored.claimId, anchored);
  return { ...ctx, anchors, annotationByClaim };
};

/** Runs every rule that is not off. Never throws; a failing rule reports nothing. */
export const runChecks = (ctx: CheckContext): Finding[] => {
  const findings: Finding[] = [];
  let rc: RuleContext;
  try {
    rc = ruleContext(ctx);
  } catch {
    return findings;
  }
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, ctx);
    if (severity === 'off') continue;
    let found;
    try {
      found = rule.check(rc);
    } catch {
      continue;
    }
    for (const f of found) {
      if (f.claimId !== undefined && rc.annotationByClaim.get(f.claimId)?.annotation.ignore?.includes(rule.id)) continue;
      findings.push({ rule: rule.id, severity: severity as FindingSeverity, ...f });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return findings;
};
