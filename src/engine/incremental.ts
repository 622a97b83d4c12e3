// Incremental analysis: after an edit, only the paragraphs the edit can affect are analysed
// again; every other paragraph keeps its cached ParagraphResult, and the whole-document
// Analysis is re-assembled from the results (cost in proportion to the items found).
//
// The result of `update(text)` is always equal to `analyze(text, options)`: a paragraph's
// result depends only on (paragraph text, quote carry-in, options), which is what is reused.
//
//   1. Find the changed stretch: the common prefix and suffix of the previous and the new text
//      (from the editor's change list when given, else by comparing the strings in chunks).
//   2. Re-split paragraphs only in a window around it. The window starts at the last paragraph
//      that starts inside the unchanged prefix, and ends where the old paragraphs resynchronise:
//      at an old paragraph whose predecessor also starts inside the unchanged suffix (paragraph
//      breaks depend only on the line before, so from there on the split is the old one, shifted).
//   3. Paragraphs before the window keep their results; window paragraphs come from a cache keyed
//      by (carry-in, text) or are analysed; paragraphs after the window keep their results as
//      long as the quote carry flowing into them is unchanged.
import { analyze } from './analyze';
import { analyzeParagraph, assembleAnalysis, NO_CARRY, splitParagraphs, type ParagraphResult, type QuoteCarry } from './paragraph';
import type { Analysis, AnalyzeOptions, Paragraph } from './types';

/** One edit, as VS Code reports it: `rangeLength` characters at `rangeOffset` replaced by `text`. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export interface IncrementalStats {
  /** Paragraphs analysed by the last update. */
  analyzed: number;
  /** Paragraphs whose result was reused by the last update (by position or from the cache). */
  reused: number;
  /** Paragraphs in the document after the last update. */
  paragraphs: number;
}

export interface IncrementalAnalyzer {
  /**
   * The analysis of `text`, equal to `analyze(text, options)`. `changes` (optional) are the
   * edits that turned the previously given text into this one, applied in order, each in the
   * coordinates of the text as left by the changes before it (VS Code's contentChanges).
   * Without them the change is found by comparing the texts. Never throws.
   */
  update(text: string, changes?: readonly TextChange[]): Analysis;
  /** Forgets everything cached. */
  reset(): void;
  /** What the last update did (for tests and the benchmark). */
  readonly stats: IncrementalStats;
}

export interface IncrementalOptions extends AnalyzeOptions {
  /** Paragraph results kept by text beyond the current document's (default 4096). */
  cacheSize?: number;
}

interface State {
  text: string;
  paragraphs: Paragraph[];
  results: ParagraphResult[];
  /** carryIns[i] is the quote carry flowing into paragraph i. */
  carryIns: QuoteCarry[];
}

const CHUNK = 2048;

/** Length of the common prefix of a and b, comparing natively chunk by chunk. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b that does not reach into the first `limit` characters. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  const n = Math.min(a.length, b.length) - limit;
  let k = 0;
  while (k + CHUNK <= n && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) k += CHUNK;
  while (k < n && a.charCodeAt(a.length - k - 1) === b.charCodeAt(b.length - k - 1)) k++;
  return k;
}

/** Unchanged prefix and suffix lengths implied by a change list, or null when it does not fit. */
export function unchangedEnds(oldLength: number, newLength: number, changes: readonly TextChange[]): { prefix: number; suffix: number } | null {
  let prefix = oldLength;
  let suffix = oldLength;
  let length = oldLength;
  for (const c of changes) {
    if (!c || !Number.isInteger(c.rangeOffset) || !Number.isInteger(c.rangeLength) || typeof c.text !== 'string') return null;
    if (c.rangeOffset < 0 || c.rangeLength < 0 || c.rangeOffset + c.rangeLength > length) return null;
    prefix = Math.min(prefix, c.rangeOffset);
    suffix = Math.min(suffix, length - c.rangeOffset - c.rangeLength);
    length += c.text.length - c.rangeLength;
  }
  if (length !== newLength) return null;
  const limit = Math.min(oldLength, newLength);
  prefix = Math.min(prefix, limit);
  suffix = Math.min(suffix, limit - prefix);
  return { prefix, suffix };
}

const carryKey = (carry: QuoteCarry): string => (carry.open ? '1' : '0') + (Object.keys(carry).length > 1 ? JSON.stringify(carry) : '');

/**
 * A copy of `s` that does not keep its parent string alive: slices of a large document are
 * views into it, and a cache key that is a view would pin every old version of the document.
 */
const detached = (s: string): string => (' ' + s).slice(1);

export function createIncrementalAnalyzer(options: IncrementalOptions = {}): IncrementalAnalyzer {
  const { cacheSize = 4096, ...analyzeOptions } = options ?? {};
  const cache = new Map<string, ParagraphResult>();
  let state: State | null = null;
  /** The analysis of state.text, handed out again when the same text comes back unchanged. */
  let last: Analysis | null = null;
  const stats: IncrementalStats = { analyzed: 0, reused: 0, paragraphs: 0 };

  const resultFor = (paragraphText: string, carryIn: QuoteCarry): ParagraphResult => {
    const key = carryKey(carryIn) + paragraphText;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      stats.reused++;
      return hit;
    }
    const result = analyzeParagraph(paragraphText, carryIn, analyzeOptions);
    stats.analyzed++;
    cache.set(paragraphText.length > 12 ? carryKey(carryIn) + detached(paragraphText) : key, result);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return result;
  };

  const update = (text: string, changes?: readonly TextChange[]): Analysis => {
    stats.analyzed = 0;
    stats.reused = 0;
    if (typeof text !== 'string') return analyze(text, analyzeOptions);
    try {
      const previous = state;
      if (previous && last && text === previous.text && !(changes && changes.length > 0)) {
        stats.reused = previous.paragraphs.length;
        return last;
      }
      let prefix = 0;
      let suffix = 0;
      if (previous) {
        const fromChanges = changes ? unchangedEnds(previous.text.length, text.length, changes) : null;
        if (fromChanges) ({ prefix, suffix } = fromChanges);
        else {
          prefix = commonPrefixLength(previous.text, text);
          suffix = commonSuffixLength(previous.text, text, prefix);
        }
      }
      const next = previous ? reanalyse(previous, text, prefix, suffix) : analyseAll(text);
      state = next;
      stats.paragraphs = next.paragraphs.length;
      last = assembleAnalysis(text, next.paragraphs, next.results, analyzeOptions);
      return last;
    } catch {
      state = null;
      last = null;
      return analyze(text, analyzeOptions);
    }
  };

  const analyseAll = (text: string): State => {
    const paragraphs = splitParagraphs(text);
    const results: ParagraphResult[] = [];
    const carryIns: QuoteCarry[] = [];
    let carry = NO_CARRY;
    for (const p of paragraphs) {
      carryIns.push(carry);
      const r = resultFor(text.slice(p.start, p.end), carry);
      results.push(r);
      carry = r.carryOut;
    }
    return { text, paragraphs, results, carryIns };
  };

  const reanalyse = (previous: State, text: string, prefix: number, suffix: number): State => {
    const old = previous.paragraphs;
    const delta = text.length - previous.text.length;
    const suffixStart = previous.text.length - suffix; // in old coordinates

    // Paragraphs [0, keep) lie wholly before the window; the window starts at old[keep].
    const keep = Math.max(0, firstStartingAtOrAfter(old, prefix) - 1);
    const windowStart = keep < old.length && old[keep]!.start < prefix ? old[keep]!.start : 0;
    // Paragraphs [resume, old.length) follow the window, shifted by delta.
    const resume = Math.min(old.length, Math.max(firstStartingAtOrAfter(old, suffixStart) + 1, keep + 1));
    const windowEnd = resume < old.length ? old[resume]!.start + delta : text.length;

    const paragraphs: Paragraph[] = old.slice(0, keep);
    const results: ParagraphResult[] = previous.results.slice(0, keep);
    const carryIns: QuoteCarry[] = previous.carryIns.slice(0, keep);
    stats.reused += keep;
    let carry = keep > 0 ? results[keep - 1]!.carryOut : NO_CARRY;

    for (const local of splitParagraphs(text.slice(windowStart, windowEnd))) {
      const paragraph = { start: local.start + windowStart, end: local.end + windowStart };
      paragraphs.push(paragraph);
      carryIns.push(carry);
      const r = resultFor(text.slice(paragraph.start, paragraph.end), carry);
      results.push(r);
      carry = r.carryOut;
    }

    for (let i = resume; i < old.length; i++) {
      const p = old[i]!;
      const paragraph = delta === 0 ? p : { start: p.start + delta, end: p.end + delta };
      paragraphs.push(paragraph);
      carryIns.push(carry);
      let r: ParagraphResult;
      if (carryKey(carry) === carryKey(previous.carryIns[i]!)) {
        r = previous.results[i]!;
        stats.reused++;
      } else {
        r = resultFor(text.slice(paragraph.start, paragraph.end), carry);
      }
      results.push(r);
      carry = r.carryOut;
    }
    return { text, paragraphs, results, carryIns };
  };

  return {
    update,
    reset: () => {
      cache.clear();
      state = null;
      last = null;
    },
    stats,
  };
}

/** Index of the first paragraph whose start is >= offset (binary search). */
function firstStartingAtOrAfter(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
