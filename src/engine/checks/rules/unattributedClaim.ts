// `unattributed-claim`: a checkable statement (a figure, a percentage, a date, a superlative,
// money, a cause) that no attribution covers. The engine finds them (claims of kind
// `unattributed`); photo captions are skipped, since the credit stands for their source.
import { paragraphIndexAt } from '../../paragraph';
import { excerpt } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

const REASON_WORDS: Record<string, string> = {
  figure: 'a figure',
  percentage: 'a percentage',
  date: 'a date',
  superlative: 'a superlative',
  money: 'an amount of money',
  causal: 'a causal statement',
};

const check = (ctx: RuleContext): RuleFinding[] => {
  const { analysis } = ctx;
  const captionParagraphs = new Set<number>();
  for (const credit of analysis.credits) if (credit.kind === 'photo') captionParagraphs.add(paragraphIndexAt(analysis, credit.start));
  const findings: RuleFinding[] = [];
  for (const claim of analysis.claims) {
    if (claim.kind !== 'unattributed') continue;
    if (captionParagraphs.has(paragraphIndexAt(analysis, claim.span.start))) continue;
    const reasons = (claim.reasons ?? []).map((r) => REASON_WORDS[r] ?? r);
    const why = reasons.length > 0 ? ` (${reasons.join(', ')})` : '';
    findings.push({
      message: `Checkable statement with no attribution${why}: "${excerpt(claim.span.text, 50)}". Attribute it or verify it.`,
      start: claim.span.start,
      end: claim.span.end,
      claimId: claim.id,
      data: { reasons: claim.reasons ?? [] },
    });
  }
  return findings;
};

export const unattributedClaimRule = rule('unattributed-claim', 'hint', check);
