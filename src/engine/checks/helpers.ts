// Small lookups the rules share. All linear in the size of the analysis.
import type { Analysis, Attribution, Claim, Source } from '../types';
import { countBefore } from '../order';
import type { FindingFix } from './types';

export const claimsByAttribution = (analysis: Analysis): Map<string, Claim> => {
  const map = new Map<string, Claim>();
  for (const claim of analysis.claims) if (claim.attributionId !== null && !map.has(claim.attributionId)) map.set(claim.attributionId, claim);
  return map;
};

export const sourcesById = (analysis: Analysis): Map<string, Source> => new Map(analysis.sources.map((s) => [s.id, s]));

export const attributionsById = (analysis: Analysis): Map<string, Attribution> => new Map(analysis.attributions.map((a) => [a.id, a]));

/** How far back `claimContaining` looks for an enclosing claim (claims nest only a few deep). */
const MAX_ENCLOSING_LOOKBACK = 64;

/**
 * The innermost claim whose span contains [start, end), or undefined. Claims are in text
 * order; a binary search finds the last one starting at or before `start`, and only a few
 * claims before it are looked at.
 */
export const claimContaining = (analysis: Analysis, start: number, end: number): Claim | undefined => {
  const claims = analysis.claims;
  const last = countBefore(claims.length, (i) => claims[i].span.start <= start) - 1;
  let best: Claim | undefined;
  for (let i = last; i >= 0 && last - i < MAX_ENCLOSING_LOOKBACK; i--) {
    const claim = claims[i];
    if (claim.span.end >= end && (!best || claim.span.end - claim.span.start < best.span.end - best.span.start)) best = claim;
  }
  return best;
};

/** Answers "does any of these spans contain [start, end)?" in O(log n) after an O(n log n) build. */
export const spanCover = (spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean => {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnds: number[] = [];
  let max = -1;
  for (const s of sorted) {
    max = Math.max(max, s.end);
    maxEnds.push(max);
  }
  return (start, end) => {
    const last = countBefore(starts.length, (i) => starts[i] <= start) - 1;
    return last >= 0 && maxEnds[last] >= end;
  };
};

/** The items (sorted by start) that lie within [start, end), by binary search. */
export const itemsWithin = <T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] => {
  const lo = countBefore(sorted.length, (i) => sorted[i].start < start);
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
};

/** A short excerpt for messages: at most `max` characters, whitespace collapsed. */
/** The obvious fix that puts `newText` in place of `[start, end)`. */
export const replaceWith = (title: string, start: number, end: number, newText: string): FindingFix => ({ title, edits: [{ start, end, newText }], isPreferred: true });

export const excerpt = (text: string, max = 60): string => {
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Matches the letter case of `model` ("Claimed" → "Said", "CLAIMED" → "SAID"). */
export const matchCase = (model: string, replacement: string): string => {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return replacement.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
};

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner apostrophes and hyphens) of `text.slice(start, end)` with absolute offsets. */
export const wordsIn = (text: string, start: number, end: number): WordToken[] => {
  const out: WordToken[] = [];
  let i = start;
  while (i < end) {
    while (i < end && !isWordChar(text, i)) i++;
    const s = i;
    while (i < end && (isWordChar(text, i) || (isJoiner(text[i]) && i + 1 < end && isWordChar(text, i + 1) && i > s))) i++;
    if (i > s) out.push({ text: text.slice(s, i), start: s, end: i });
  }
  return out;
};

const isJoiner = (ch: string): boolean => ch === "'" || ch === '\u2019' || ch === '-';

const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}]/u.test(text[i]);
};
