// The claim outline: claims grouped by the source that carries them, plus an "Unattributed"
// group. Pure (no vscode): the tree view and the document symbols are drawn from it.
import type { Analysis, Claim, ClaimKind, Source, SourceType } from '../../engine/types';
import { shortLabel } from './spans';

export interface SourceGroup {
  type: 'source';
  source: Source;
  claims: Claim[];
}

export interface UnattributedGroup {
  type: 'unattributed';
  claims: Claim[];
}

export type OutlineGroup = SourceGroup | UnattributedGroup;

export const UNATTRIBUTED_LABEL = 'Unattributed';

/**
 * Every source in order of first mention (a source with no claim still appears, with 0),
 * then "Unattributed" for the claims no source carries (unsourced checkable statements and
 * "reportedly"-style attributions), present only when it has claims. Claims keep text order.
 */
export const buildClaimOutline = (analysis: Analysis): OutlineGroup[] => {
  const bySource = new Map<string, Claim[]>();
  const unattributed: Claim[] = [];
  for (const claim of analysis.claims) {
    if (claim.sourceId === null) {
      unattributed.push(claim);
      continue;
    }
    const list = bySource.get(claim.sourceId);
    if (list) list.push(claim);
    else bySource.set(claim.sourceId, [claim]);
  }
  const groups: OutlineGroup[] = [];
  const sources = [...analysis.sources].sort((a, b) => firstMentionStart(a) - firstMentionStart(b));
  const known = new Set<string>();
  for (const source of sources) {
    known.add(source.id);
    groups.push({ type: 'source', source, claims: sortByStart(bySource.get(source.id) ?? []) });
  }
  // Claims pointing at a source the analysis does not list are not lost.
  for (const [sourceId, claims] of bySource) {
    if (!known.has(sourceId)) unattributed.push(...claims);
  }
  if (unattributed.length > 0) groups.push({ type: 'unattributed', claims: sortByStart(unattributed) });
  return groups;
};

export const firstMentionStart = (source: Source): number => source.mentions.length > 0 ? source.mentions[0].start : Number.MAX_SAFE_INTEGER;

const sortByStart = (claims: Claim[]): Claim[] => claims.sort((a, b) => a.span.start - b.span.start);

/** "1 claim", "3 claims" (every word counted here takes an s). */
export const countLabel = (count: number, singular: string): string => `${count} ${singular}${count === 1 ? '' : 's'}`;

/** "Foreign Minister, South Korea": whichever of its title and affiliation a source has, each
 *  passed through `each` (the hover card and tree tooltip escape them for markdown). */
export const titleAndAffiliation = (source: Pick<Source, 'title' | 'affiliation'>, separator = ', ', each = (s: string) => s): string =>
  [source.title, source.affiliation].filter((s): s is string => !!s).map((s) => each(s)).join(separator);

/** "3 claims · Foreign Minister, South Korea": the count first, so a narrow view still shows it. */
export const describeSourceGroup = (group: SourceGroup): string => {
  const who = titleAndAffiliation(group.source);
  const claims = countLabel(group.claims.length, 'claim');
  return who ? `${claims} · ${who}` : claims;
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'paraphrase',
  'according-to': 'according to',
  'no-source': 'no named source',
  unattributed: 'unattributed claim',
};

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  person: 'person',
  organization: 'organization',
  anonymous: 'anonymous source',
  document: 'document',
};

/** Codicon ids, shared by the tree view and hover cards. */
export const SOURCE_TYPE_ICONS: Record<SourceType, string> = {
  person: 'person',
  organization: 'organization',
  anonymous: 'eye-closed',
  document: 'file-text',
};

export const CLAIM_KIND_ICONS: Record<ClaimKind, string> = {
  direct: 'quote',
  partial: 'quote',
  indirect: 'comment',
  'according-to': 'references',
  'no-source': 'question',
  unattributed: 'circle-large-outline',
};

export const claimLabel = (claim: Claim): string => shortLabel(claim.span.text) || CLAIM_KIND_LABELS[claim.kind];

/** The claim whose span holds `offset` (the smallest when claims nest). */
export const claimAt = (analysis: Analysis, offset: number): Claim | undefined => {
  let best: Claim | undefined;
  for (const claim of analysis.claims) {
    if (offset < claim.span.start || offset > claim.span.end) continue;
    if (!best || claim.span.end - claim.span.start < best.span.end - best.span.start) best = claim;
  }
  return best;
};
