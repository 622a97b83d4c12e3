// What to draw: the engine's analysis turned into ranges per highlight style. Pure (no vscode).
import type { Analysis, AttributionKind } from '../../engine/types';

export type HighlightKind = 'source' | 'anonymousSource' | 'cue' | 'quote' | 'paraphrase';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['source', 'anonymousSource', 'cue', 'quote', 'paraphrase'];

export interface OffsetRange {
  start: number;
  end: number;
}

export type HighlightRanges = Record<HighlightKind, OffsetRange[]>;

const QUOTED_KINDS: ReadonlySet<AttributionKind> = new Set(['direct', 'partial']);

export const emptyHighlightRanges = (): HighlightRanges => ({ source: [], anonymousSource: [], cue: [], quote: [], paraphrase: [] });

/**
 * Source mentions (anonymous ones apart), cues, quoted content (direct and partial) and
 * paraphrased content (indirect, according-to, no-source). Ranges are clipped to the text,
 * empty ones dropped, duplicates removed and each list sorted.
 */
export const computeHighlightRanges = (analysis: Analysis): HighlightRanges => {
  const ranges = emptyHighlightRanges();
  const limit = analysis.length;
  const seen = new Set<string>();
  const add = (kind: HighlightKind, start: number, end: number) => {
    const from = Math.max(0, start);
    const to = Math.min(limit, end);
    if (to <= from) return;
    const key = `${kind}:${from}:${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    ranges[kind].push({ start: from, end: to });
  };

  const anonymousSourceIds = new Set<string>();
  for (const source of analysis.sources) {
    const kind: HighlightKind = source.type === 'anonymous' ? 'anonymousSource' : 'source';
    if (kind === 'anonymousSource') anonymousSourceIds.add(source.id);
    for (const mention of source.mentions) add(kind, mention.start, mention.end);
  }
  const mentionRanges = [...ranges.source, ...ranges.anonymousSource].sort((a, b) => a.start - b.start);
  for (const attribution of analysis.attributions) {
    // The source as written in the attribution is usually a mention already; draw it only
    // when no mention overlaps it, so tints never stack.
    if (attribution.source && !overlapsAny(mentionRanges, attribution.source)) {
      const anonymous = attribution.sourceId !== null && anonymousSourceIds.has(attribution.sourceId);
      add(anonymous ? 'anonymousSource' : 'source', attribution.source.start, attribution.source.end);
    }
    add('cue', attribution.cue.start, attribution.cue.end);
    const contentKind: HighlightKind = QUOTED_KINDS.has(attribution.kind) ? 'quote' : 'paraphrase';
    for (const piece of attribution.content) add(contentKind, piece.start, piece.end);
  }
  for (const kind of HIGHLIGHT_KINDS) ranges[kind].sort((a, b) => a.start - b.start || a.end - b.end);
  return ranges;
};

export const countHighlights = (ranges: HighlightRanges): Record<HighlightKind, number> => Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, ranges[kind].length])) as Record<HighlightKind, number>;

/** Whether `range` overlaps any of `sorted` (sorted by start, non-nested): binary search. */
const overlapsAny = (sorted: OffsetRange[], range: OffsetRange): boolean => {
  let low = 0;
  let high = sorted.length - 1;
  // Find the last range starting before range.end.
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < range.end) {
      candidate = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  // Mentions rarely nest, but look back a few in case they do.
  for (let i = candidate; i >= 0 && i > candidate - 4; i--) {
    if (sorted[i].end > range.start) return true;
  }
  return false;
};
