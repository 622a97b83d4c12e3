// `anonymous-source`: an attribution to an anonymous source ("officials said", "a source
// familiar with the talks") needs a note, in the claim's annotation, on why anonymity was
// granted. With a note on that claim the finding goes away.
import { claimsByAttribution, excerpt, sourcesById } from '../helpers';
import type { Rule, RuleContext, RuleFinding } from '../types';

function check(ctx: RuleContext): RuleFinding[] {
  const { analysis } = ctx;
  const sources = sourcesById(analysis);
  const claims = claimsByAttribution(analysis);
  const findings: RuleFinding[] = [];
  for (const attribution of analysis.attributions) {
    if (!attribution.source || attribution.sourceId === null) continue;
    const source = sources.get(attribution.sourceId);
    if (!source || source.type !== 'anonymous') continue;
    const claim = claims.get(attribution.id);
    const note = claim ? ctx.annotationByClaim.get(claim.id)?.annotation.note : undefined;
    if (note && note.trim() !== '') continue;
    findings.push({
      message: `Anonymous source "${excerpt(attribution.source.text, 40)}": add a note to this claim on why anonymity was granted.`,
      start: attribution.source.start,
      end: attribution.source.end,
      claimId: claim?.id,
      sourceId: source.id,
      data: { sourceName: source.name },
    });
  }
  return findings;
}

export const anonymousSourceRule: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'information',
  description: 'An anonymous source ("officials said") without a justification note in the annotations.',
  docs: 'docs/rules/anonymous-source.md',
  check,
};
