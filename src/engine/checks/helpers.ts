// Small lookups the rules share. All linear in the size of the analysis.
import type { Analysis, Attribution, Claim, Source } from '../types';

export function claimsByAttribution(analysis: Analysis): Map<string, Claim> {
  const map = new Map<string, Claim>();
  for (const claim of analysis.claims) if (claim.attributionId !== null && !map.has(claim.attributionId)) map.set(claim.attributionId, claim);
  return map;
}

export function sourcesById(analysis: Analysis): Map<string, Source> {
  return new Map(analysis.sources.map((s) => [s.id, s]));
}

export function attributionsById(analysis: Analysis): Map<string, Attribution> {
  return new Map(analysis.attributions.map((a) => [a.id, a]));
}

/** The innermost claim whose span contains [start, end), or undefined. Claims are in text order. */
export function claimContaining(analysis: Analysis, start: number, end: number): Claim | undefined {
  let best: Claim | undefined;
  for (const claim of analysis.claims) {
    if (claim.span.start > start) break;
    if (claim.span.end >= end && (!best || claim.span.end - claim.span.start <= best.span.end - best.span.start)) best = claim;
  }
  return best;
}

/** Index of the paragraph containing an offset (binary search), or -1. */
export function paragraphIndexAt(analysis: Analysis, offset: number): number {
  const ps = analysis.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end < offset) lo = mid + 1;
    else if (ps[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A short excerpt for messages: at most `max` characters, whitespace collapsed. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Matches the letter case of `model` ("Claimed" → "Said", "CLAIMED" → "SAID"). */
export function matchCase(model: string, replacement: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return replacement.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner apostrophes and hyphens) of `text.slice(start, end)` with absolute offsets. */
export function wordsIn(text: string, start: number, end: number): WordToken[] {
  const out: WordToken[] = [];
  let i = start;
  while (i < end) {
    while (i < end && !isWordChar(text, i)) i++;
    const s = i;
    while (i < end && (isWordChar(text, i) || (isJoiner(text[i]) && i + 1 < end && isWordChar(text, i + 1) && i > s))) i++;
    if (i > s) out.push({ text: text.slice(s, i), start: s, end: i });
  }
  return out;
}

function isJoiner(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '-';
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}]/u.test(text[i]);
}
