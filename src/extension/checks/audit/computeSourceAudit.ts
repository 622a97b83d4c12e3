// The numbers behind the Source Audit view: how an article is sourced. Pure (no vscode),
// so it is unit-tested and could be reused by the command line.
import type { Analysis, AttributionKind, Source, SourceType } from '../../../engine/types';
import { SOURCE_TYPES } from '../../../engine/config/index';
import { OFFICIAL_WORDS } from './officialWords';

export interface SourceAuditRow {
  id: string;
  name: string;
  type: SourceType;
  official: boolean;
  /** Attributions that name this source. */
  attributions: number;
  direct: number;
  paraphrase: number;
  /** Offset of the first mention, to reveal it. */
  firstMention: number;
}

export interface SourceAudit {
  sourceCount: number;
  sourcesByType: Record<SourceType, number>;
  attributionCount: number;
  /** Attributions by how content is reported: direct (full quotes), partial, paraphrase
   *  (indirect and according-to), no-source ("reportedly"). */
  byKind: { direct: number; partial: number; paraphrase: number; noSource: number };
  /** Share (0..1) of the attributions with a source whose source is anonymous. */
  anonymousShare: number;
  /** Sources that speak for an institution vs everyone else (anonymous sources count as
   *  officials when described as such: "officials", "a ministry official"). */
  officials: number;
  others: number;
  /** Sources ordered by how many attributions they carry (most first). */
  rows: SourceAuditRow[];
  unattributedClaims: number;
}

/** Whether a source speaks for a government or institution, from its name, title and affiliation. */
export const isOfficialSource = (source: Pick<Source, 'name' | 'type' | 'title' | 'affiliation'>): boolean => {
  if (source.type === 'document') return false;
  const words = `${source.name} ${source.title ?? ''} ${source.affiliation ?? ''}`.toLowerCase().split(/[^a-z]+/);
  return words.some((word) => OFFICIAL_WORDS.has(word));
};

const paraphraseLike = (kind: AttributionKind): boolean => kind === 'indirect' || kind === 'according-to';

export const computeSourceAudit = (analysis: Analysis): SourceAudit => {
  const sourcesByType = Object.fromEntries(SOURCE_TYPES.map((t) => [t, 0])) as Record<SourceType, number>;
  const rows = new Map<string, SourceAuditRow>();
  let officials = 0;
  for (const source of analysis.sources) {
    sourcesByType[source.type] = (sourcesByType[source.type] ?? 0) + 1;
    const official = isOfficialSource(source);
    if (official) officials++;
    rows.set(source.id, {
      id: source.id,
      name: source.name,
      type: source.type,
      official,
      attributions: 0,
      direct: 0,
      paraphrase: 0,
      firstMention: source.mentions[0]?.start ?? 0,
    });
  }

  const byKind = { direct: 0, partial: 0, paraphrase: 0, noSource: 0 };
  let sourced = 0;
  let anonymous = 0;
  for (const attribution of analysis.attributions) {
    if (attribution.kind === 'direct') byKind.direct++;
    else if (attribution.kind === 'partial') byKind.partial++;
    else if (paraphraseLike(attribution.kind)) byKind.paraphrase++;
    else byKind.noSource++;
    const row = attribution.sourceId ? rows.get(attribution.sourceId) : undefined;
    if (!row) continue;
    sourced++;
    if (row.type === 'anonymous') anonymous++;
    row.attributions++;
    if (attribution.kind === 'direct' || attribution.kind === 'partial') row.direct++;
    else row.paraphrase++;
  }

  return {
    sourceCount: analysis.sources.length,
    sourcesByType,
    attributionCount: analysis.attributions.length,
    byKind,
    anonymousShare: sourced === 0 ? 0 : anonymous / sourced,
    officials,
    others: analysis.sources.length - officials,
    rows: [...rows.values()].sort((a, b) => b.attributions - a.attributions || a.firstMention - b.firstMention),
    unattributedClaims: analysis.claims.filter((c) => c.kind === 'unattributed').length,
  };
};
