// Scores predicted attribution roles against gold, three ways (see DEFINITIONS).
import type { Piece, Role } from './brat';

export const DEFINITIONS = [
  'A role span (source, cue or content) is a SET OF PIECES: each piece is trimmed of surrounding',
  'whitespace, and pieces that touch, overlap or are separated only by whitespace are merged.',
  'Within one article each role is scored as a set of distinct spans (a span shared by two',
  'attributions counts once). Scores are micro-averaged over all articles.',
  '  exact     a predicted span is correct when it has exactly the same pieces as a gold span.',
  '  partial   a predicted span is correct when it shares at least one non-space character with',
  '            some gold span of the same role; recall counts gold spans that share one with a prediction.',
  '  chars     character overlap: P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|, over the',
  '            non-whitespace characters covered by the union of predicted / gold spans of the role.',
];

export interface Counts {
  gold: number;
  predicted: number;
  exactHits: number;
  partialPredHits: number;
  partialGoldHits: number;
  goldChars: number;
  predChars: number;
  overlapChars: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, exactHits: 0, partialPredHits: 0, partialGoldHits: 0, goldChars: 0, predChars: 0, overlapChars: 0 };
}

export function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(hitsPred: number, predicted: number, hitsGold: number, gold: number): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : hitsPred / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : hitsGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface RoleScores {
  exact: PRF;
  partial: PRF;
  chars: PRF;
  counts: Counts;
}

export function scoresOf(counts: Counts): RoleScores {
  return {
    exact: prf(counts.exactHits, counts.predicted, counts.exactHits, counts.gold),
    partial: prf(counts.partialPredHits, counts.predicted, counts.partialGoldHits, counts.gold),
    chars: prf(counts.overlapChars, counts.predChars, counts.overlapChars, counts.gold === 0 ? 0 : counts.goldChars),
    counts,
  };
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);

/** Trims, sorts and merges pieces so that equal spans compare equal. */
export function normalizePieces(text: string, pieces: readonly Piece[]): Piece[] {
  const trimmed: Piece[] = [];
  for (const piece of pieces) {
    let start = Math.max(0, Math.min(piece.start, text.length));
    let end = Math.max(start, Math.min(piece.end, text.length));
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) trimmed.push({ start, end });
  }
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Piece[] = [];
  for (const piece of trimmed) {
    const last = merged[merged.length - 1];
    if (last && onlySpaceBetween(text, last.end, piece.start)) {
      last.end = Math.max(last.end, piece.end);
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

export const keyOf = (pieces: readonly Piece[]): string => pieces.map((p) => `${p.start}-${p.end}`).join(',');

export interface RoleComparison {
  counts: Counts;
  /** Gold spans with no exact match; `partial` when some prediction overlaps them. */
  missed: { pieces: Piece[]; partial: boolean }[];
  /** Predicted spans with no exact match; `partial` when they overlap some gold span. */
  spurious: { pieces: Piece[]; partial: boolean }[];
}

/** Compares the gold and predicted spans of one role in one article. */
export function compareRole(text: string, goldSpans: readonly Piece[][], predictedSpans: readonly Piece[][]): RoleComparison {
  const distinct = (spans: readonly Piece[][]): Map<string, Piece[]> => {
    const byKey = new Map<string, Piece[]>();
    for (const span of spans) {
      const pieces = normalizePieces(text, span);
      if (pieces.length > 0 && !byKey.has(keyOf(pieces))) byKey.set(keyOf(pieces), pieces);
    }
    return byKey;
  };
  const gold = distinct(goldSpans);
  const predicted = distinct(predictedSpans);

  const mask = (spans: Map<string, Piece[]>): Uint8Array => {
    const covered = new Uint8Array(text.length);
    for (const pieces of spans.values()) for (const p of pieces) covered.fill(1, p.start, p.end);
    for (let i = 0; i < text.length; i++) if (covered[i] && isSpace(text.charCodeAt(i))) covered[i] = 0;
    return covered;
  };
  const goldMask = mask(gold);
  const predMask = mask(predicted);
  const touches = (pieces: Piece[], other: Uint8Array): boolean => pieces.some((p) => other.subarray(p.start, p.end).includes(1));

  const counts = emptyCounts();
  counts.gold = gold.size;
  counts.predicted = predicted.size;
  const missed: RoleComparison['missed'] = [];
  const spurious: RoleComparison['spurious'] = [];
  for (const [key, pieces] of gold) {
    const partial = touches(pieces, predMask);
    if (partial) counts.partialGoldHits++;
    if (predicted.has(key)) counts.exactHits++;
    else missed.push({ pieces, partial });
  }
  for (const [key, pieces] of predicted) {
    const partial = touches(pieces, goldMask);
    if (partial) counts.partialPredHits++;
    if (!gold.has(key)) spurious.push({ pieces, partial });
  }
  for (let i = 0; i < text.length; i++) {
    counts.goldChars += goldMask[i];
    counts.predChars += predMask[i];
    counts.overlapChars += goldMask[i] & predMask[i];
  }
  return { counts, missed, spurious };
}

export type RoleSpans = Record<Role, Piece[][]>;
