// `anonymous-source`: an anonymous source ("officials said", "a source familiar with the
// talks") needs a note, in the annotations, on why anonymity was granted; a poll's share of a
// group ("52 percent of voters say") is no such source. One finding per anonymous source, at its
// first attribution (the claim that should carry the note); a note on any claim attributed to
// that source justifies it.
import type { Attribution } from '../../types';
import { claimsByAttribution, excerpt, sourcesById } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

/** "52 percent of voters say", "About half of them", "Two-thirds of Republicans said": a poll's share of a group, not a source granted anonymity. */
const POLL_SHARE = /^(?:\w+ )?(?:[\w.,-]+ ?(?:%|percent\b|per cent\b)|half of\b|[a-z]+-(?:thirds|quarters) of\b)/i;

const check = (ctx: RuleContext): RuleFinding[] => {
  const { analysis } = ctx;
  const sources = sourcesById(analysis);
  const claims = claimsByAttribution(analysis);
  const bySource = new Map<string, Attribution[]>();
  for (const attribution of analysis.attributions) {
    if (!attribution.source || attribution.sourceId === null || POLL_SHARE.test(attribution.source.text)) continue;
    if (sources.get(attribution.sourceId)?.type !== 'anonymous') continue;
    const list = bySource.get(attribution.sourceId);
    if (list) list.push(attribution);
    else bySource.set(attribution.sourceId, [attribution]);
  }
  const findings: RuleFinding[] = [];
  for (const [sourceId, attributions] of bySource) {
    const justified = attributions.some((a) => {
      const claim = claims.get(a.id);
      const note = claim ? ctx.annotationByClaim.get(claim.id)?.annotation.note : undefined;
      return !!note && note.trim() !== '';
    });
    if (justified) continue;
    const source = sources.get(sourceId)!;
    // Report where the source is described, not at a later "they".
    const pronounStarts = new Set(source.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.start));
    const first = attributions.find((a) => !pronounStarts.has(a.source!.start)) ?? attributions[0];
    const span = first.source!;
    const claim = claims.get(first.id);
    const others = attributions.filter((a) => a !== first && a.source && (a.source.start !== span.start || a.source.end !== span.end));
    findings.push({
      message:
        `Anonymous source "${excerpt(span.text, 40)}"` +
        (attributions.length > 1 ? ` (${attributions.length} attributions)` : '') +
        ': add a note to this claim on why anonymity was granted.',
      start: span.start,
      end: span.end,
      claimId: claim?.id,
      sourceId,
      related: others.length > 0 ? others.map((a) => ({ start: a.source!.start, end: a.source!.end, message: 'Also attributed to this anonymous source' })) : undefined,
      data: { sourceName: source.name, attributions: attributions.length },
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return findings;
};

export const anonymousSourceRule = rule('anonymous-source', 'information', check);
