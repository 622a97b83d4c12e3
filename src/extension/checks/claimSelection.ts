// Choosing claims and sources for commands. Pure (no vscode), so it is unit-tested.
import type { AnchoredAnnotation } from '../../engine/annotations/index';
import type { RuleId, Severity } from '../../engine/checks/types';
import type { Analysis, Claim, RegistrySource, Source } from '../../engine/types';
import { claimAt } from '../model/claimOutline';
import { attributionAt } from '../model/spans';

/** The claim of `analysis` that is `claim` of an older analysis: same id and text, else the
 *  nearest claim with the same text. */
export const relocateClaim = (analysis: Analysis, claim: Pick<Claim, 'id' | 'span'>): Claim | undefined => {
  const same = analysis.claims.find((c) => c.id === claim.id && c.span.text === claim.span.text);
  if (same) return same;
  let best: Claim | undefined;
  for (const c of analysis.claims) {
    if (c.span.text !== claim.span.text) continue;
    if (!best || Math.abs(c.span.start - claim.span.start) < Math.abs(best.span.start - claim.span.start)) best = c;
  }
  return best;
};

/** The claim under `offset`: its content, or the cue or source of its attribution. */
export const claimUnder = (analysis: Analysis, offset: number): Claim | undefined => {
  const byContent = claimAt(analysis, offset);
  if (byContent) return byContent;
  const attribution = attributionAt(analysis, offset);
  return attribution ? analysis.claims.find((c) => c.attributionId === attribution.id) : undefined;
};

/** The first claim after `offset` (then from the top) whose annotation is not `verified`. */
export const nextUnverifiedClaim = (analysis: Analysis, anchors: readonly AnchoredAnnotation[], offset: number): Claim | undefined => {
  const verified = new Set(anchors.filter((a) => a.claimId !== null && a.annotation.status === 'verified').map((a) => a.claimId));
  const open = analysis.claims.filter((c) => !verified.has(c.id)).sort((a, b) => a.span.start - b.span.start);
  return open.find((c) => c.span.start > offset) ?? open[0];
};

/** The source whose mention holds `offset`. */
export const sourceAt = (analysis: Analysis, offset: number): Source | undefined => analysis.sources.find((s) => s.mentions.some((m) => offset >= m.start && offset <= m.end));

/** What goes into the registry for a source found in an article. */
export const registryEntryFor = (source: Source): RegistrySource => {
  const entry: RegistrySource = { name: source.name, type: source.type };
  if (source.title) entry.title = source.title;
  if (source.affiliation) entry.affiliation = source.affiliation;
  return entry;
};

/**
 * `unverified-claim` would list every claim of every article while the reporter types: it runs
 * when the check was asked for, or once the article has a sidecar (the newsroom is tracking its
 * verification). The Problems panel is not flooded by default.
 */
export const automaticSeverities = (settings: Partial<Record<RuleId, Severity>>, tracked: boolean): Partial<Record<RuleId, Severity>> => tracked ? settings : { ...settings, 'unverified-claim': 'off' };
