// `unverified-claim`: before publication, every claim should be marked verified in the
// article's annotations (the sidecar). Claims with no annotation, or one whose status is
// `unverified`, `disputed` or `false`, are reported with their status.
import { excerpt } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

const check = (ctx: RuleContext): RuleFinding[] => {
  const findings: RuleFinding[] = [];
  for (const claim of ctx.analysis.claims) {
    const anchored = ctx.annotationByClaim.get(claim.id);
    const status = anchored?.annotation.status ?? 'unverified';
    if (status === 'verified') continue;
    const what = excerpt(claim.span.text, 50);
    const message =
      status === 'disputed' || status === 'false'
        ? `Claim marked ${status}: "${what}".${status === 'false' ? ' Correct it or remove it before publication.' : ''}`
        : `Claim not verified yet: "${what}".`;
    findings.push({
      message,
      start: claim.span.start,
      end: claim.span.end,
      claimId: claim.id,
      sourceId: claim.sourceId ?? undefined,
      data: { status, annotated: anchored !== undefined },
    });
  }
  return findings;
};

export const unverifiedClaimRule = rule('unverified-claim', 'information', check);
