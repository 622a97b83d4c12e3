// Incremental analysis: after an edit, only the paragraphs the edit can affect are analysed
// again, and only the items of the paragraphs around them are assembled again; the rest of the
// previous Analysis is kept, its items after the edit shifted (and renumbered) in place.
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
//   4. Assemble again the run of paragraphs that changed, widened until nothing flows across its
//      ends (a quotation left open, a speaker whose content is the next paragraph). Its items
//      replace the old ones; the items after it move by the change in length, and their ids by
//      the change in the number of attributions and claims.
//   5. Coreference runs again only when its input changed: the run's mentions and attribution
//      sources differ from the old ones (moved), or the edit moves a distance it measures past
//      one of its limits (see sameCoreferenceInput). Otherwise the sources are kept and moved.
//   When a continued quotation with no speaker of its own falls back on a speaker far before
//   it, across the run, the document is assembled whole (rare: an unattributed quotation left
//   open over several paragraphs).
import { analyze } from './analyze';
import { withoutFrontMatter } from './frontMatter';
import {
  analyzeParagraph,
  assembleOwned,
  Assembly,
  attributionIdAt,
  claimIdAt,
  emptyMarks,
  idIndex,
  NO_CARRY,
  splitParagraphs,
  type AssemblyMarks,
  type ParagraphResult,
  type QuoteCarry,
} from './paragraph';
import { countBefore, replaceRange } from './order';
import type { EntityMention } from './sources/index';
import { PRONOUN_REACH, RELATIVE_GAP, ResumableCoreference, SPAN_MENTION_WINDOW, groupSpan, possessivePhrase, pronounReach, syntheticMention, type TextLike } from './sources/resolve';
import type { Analysis, AnalyzeOptions, Attribution, Claim, Credit, Paragraph, Problem, Quote, Sentence, Span } from './types';

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
  /** Paragraphs whose items the last update assembled again (all of them on a first update). */
  assembled: number;
  /** Whether the last update resolved the document's sources again (coreference). */
  resolved: boolean;
  /** How many mentions the last update resolved again (from a checkpoint before the edit to where resolution went as before). */
  resolvedMentions: number;
  /**
   * How many claims outside the paragraphs it assembled again the last update gave their source
   * id again, after resolution (all of them when it resolved the whole document).
   */
  claimsRelinked: number;
}

/**
 * Analyses successive versions of one document.
 *
 * An Analysis from `update` is valid until the next call to `update`: the next version's
 * Analysis reuses its items, and moves (offsets) and renumbers (ids) in place those after the
 * edit. Its lists keep their length and order (every update makes new lists), but the items in
 * them then describe the new text. Keep only the latest Analysis of a document, or copy what
 * must outlive it (a JSON round trip).
 */
export interface IncrementalAnalyzer {
  /**
   * The analysis of `text`, equal to `analyze(text, options)`. `changes` (optional) are the
   * edits that turned the previously given text into this one, applied in order, each in the
   * coordinates of the text as left by the changes before it (VS Code's contentChanges).
   * Without them the change is found by comparing the texts. Never throws. The previously
   * returned Analysis is stale afterwards (see above), unless the text is unchanged: then the
   * same Analysis is returned.
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
  /** Mentions between coreference checkpoints, from which resolution resumes after an edit (default 128). */
  coreferenceCheckpoint?: number;
}

interface State {
  text: string;
  /** The same text, to slice: the string, or the previous text with the edits applied (see PieceText). */
  view: TextLike;
  /** The analysis's own paragraph list. */
  paragraphs: Paragraph[];
  results: ParagraphResult[];
  /** carryIns[i] is the quote carry flowing into paragraph i. */
  carryIns: QuoteCarry[];
  /** The analysis of `text` (handed out; its lists are updated in place by the next edit). */
  analysis: Analysis;
  /** Where each paragraph's items begin in the analysis's lists. */
  marks: AssemblyMarks;
  /** The document's entity mentions in text order, as coreference read them. */
  mentions: EntityMention[];
  /** Coreference, kept to be resumed after an edit. */
  coreference: ResumableCoreference;
}

/** What an edit changed: old paragraphs [keep, oldEnd) are replaced by these. */
interface Plan {
  keep: number;
  oldEnd: number;
  paragraphs: Paragraph[];
  results: ParagraphResult[];
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
 * A text made of pieces of earlier versions and inserted strings (at most this many before it is
 * made whole). Making it whole copies the whole document, about a megabyte in a 1 MB text and
 * milliseconds of one edit; a typed character adds up to two pieces, so this is one copy per
 * some five hundred keystrokes. Keeping the pieces costs a walk over them per edit.
 */
const MAX_PIECES = 1024;

/**
 * The new version of a text as the old one with edits applied, sliced without making the whole
 * new string: a string built by concatenation (as an editor or a benchmark builds it) is copied
 * whole the first time it is sliced, and a one-character edit in a 1 MB document then costs a
 * megabyte copy. Slices of the pieces are cheap (they share the old, already whole, string).
 */
class PieceText implements TextLike {
  readonly length: number;
  readonly #pieces: string[];
  /** Where each piece starts. */
  readonly #starts: number[];

  constructor(pieces: string[]) {
    this.#pieces = pieces;
    this.#starts = new Array<number>(pieces.length);
    let at = 0;
    for (let k = 0; k < pieces.length; k++) {
      this.#starts[k] = at;
      at += pieces[k]!.length;
    }
    this.length = at;
  }

  /** `text` with the changes applied (as unchangedEnds checked them), or null when it would have too many pieces. */
  static edited(text: TextLike, changes: readonly TextChange[]): PieceText | null {
    let pieces = text instanceof PieceText ? text.#pieces : typeof text === 'string' ? [text] : null;
    if (!pieces) return null;
    for (const c of changes) {
      pieces = replacePieces(pieces, c.rangeOffset, c.rangeOffset + c.rangeLength, c.text);
      if (pieces.length > MAX_PIECES) return null;
    }
    return new PieceText(pieces);
  }

  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    const starts = this.#starts;
    let k = countBefore(starts.length, (i) => starts[i]! <= start) - 1;
    let out = '';
    while (start < end && k < starts.length) {
      const piece = this.#pieces[k]!;
      const from = start - starts[k]!;
      const to = Math.min(piece.length, end - starts[k]!);
      out += from === 0 && to === piece.length ? piece : piece.slice(from, to);
      start = starts[k]! + to;
      k++;
    }
    return out;
  }
}

/** Pieces with [start, end) replaced by `insert` (empty pieces dropped). */
function replacePieces(pieces: readonly string[], start: number, end: number, insert: string): string[] {
  const out: string[] = [];
  let at = 0;
  let inserted = false;
  for (const piece of pieces) {
    const next = at + piece.length;
    if (next <= start || at >= end) {
      if (at >= end && !inserted) {
        if (insert) out.push(insert);
        inserted = true;
      }
      if (piece) out.push(piece);
    } else {
      if (at < start) out.push(piece.slice(0, start - at));
      if (!inserted) {
        if (insert) out.push(insert);
        inserted = true;
      }
      if (next > end) out.push(piece.slice(end - at));
    }
    at = next;
  }
  if (!inserted && insert) out.push(insert);
  return out;
}

/**
 * A copy of `s` that does not keep its parent string alive: slices of a large document are
 * views into it, and a cache key that is a view would pin every old version of the document.
 */
const detached = (s: string): string => (' ' + s).slice(1);

export function createIncrementalAnalyzer(options: IncrementalOptions = {}): IncrementalAnalyzer {
  const { cacheSize = 4096, coreferenceCheckpoint, ...analyzeOptions } = options ?? {};
  const cache = new Map<string, ParagraphResult>();
  let state: State | null = null;
  const stats: IncrementalStats = { analyzed: 0, reused: 0, paragraphs: 0, assembled: 0, resolved: false, resolvedMentions: 0, claimsRelinked: 0 };

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

  /** Whether the text of the last update had front matter. */
  let fronted = false;

  const update = (text: string, changes?: readonly TextChange[]): Analysis => {
    stats.analyzed = 0;
    stats.reused = 0;
    stats.assembled = 0;
    stats.resolved = false;
    stats.resolvedMentions = 0;
    stats.claimsRelinked = 0;
    if (typeof text !== 'string') return analyze(text, analyzeOptions);
    try {
      const previous = state;
      let fromChanges = previous && changes ? unchangedEnds(previous.text.length, text.length, changes) : null;
      let edited = fromChanges ? PieceText.edited(previous!.view, changes!) : null;
      // Front matter is read as spaces (see frontMatter.ts): where a text has any, its edits are
      // found by comparing the texts read, not from the changes, which carry the characters typed.
      // Whether it may have any is read off the edited view: reading the string itself would
      // flatten an edited megabyte (a concatenation) on every keystroke.
      const opening = (edited ?? text).slice(0, 3);
      if (fronted || opening === '---' || opening === '+++') {
        const read = withoutFrontMatter(text);
        if (read !== text || fronted) {
          changes = undefined;
          fromChanges = null;
          edited = null;
        }
        fronted = read !== text;
        text = read;
      }
      if (previous && !(changes && changes.length > 0) && text === previous.text) {
        stats.reused = previous.paragraphs.length;
        return previous.analysis;
      }
      let next: State;
      if (!previous) next = analyseAll(text);
      else {
        let prefix: number;
        let suffix: number;
        let view: TextLike = text;
        if (fromChanges) {
          ({ prefix, suffix } = fromChanges);
          view = edited ?? text;
        } else {
          prefix = commonPrefixLength(previous.text, text);
          suffix = commonSuffixLength(previous.text, text, prefix);
        }
        // from here on the previous state is being turned into the next one
        state = null;
        next = applyEdit(previous, text, view, prefix, suffix, reanalyse(previous, view, prefix, suffix));
      }
      state = next;
      stats.paragraphs = next.paragraphs.length;
      return next.analysis;
    } catch {
      state = null;
      return analyze(text, analyzeOptions);
    }
  };

  /** A state assembled from scratch for paragraphs and results that are the new text's. */
  const assembleAll = (text: string, paragraphs: Paragraph[], results: ParagraphResult[], carryIns: QuoteCarry[]): State => {
    const marks = emptyMarks();
    const { analysis, assembly } = assembleOwned(text, paragraphs, results, analyzeOptions, marks, false);
    stats.assembled = analysis.paragraphs.length;
    const coreference = resolveAll(text, analysis, marks, assembly.mentions);
    return { text, view: text, paragraphs: analysis.paragraphs, results, carryIns, analysis, marks, mentions: assembly.mentions, coreference };
  };

  /** Resolves the document's sources from scratch (writing the attributions' and claims' source ids). */
  const resolveAll = (text: string, analysis: Analysis, marks: AssemblyMarks, mentions: EntityMention[]): ResumableCoreference => {
    stats.resolved = true;
    const { coreference, sources } = ResumableCoreference.resolve(text, analysis.paragraphs, mentions, marks.mentions, analysis.attributions, marks.attributions, analyzeOptions, coreferenceCheckpoint);
    stats.resolvedMentions = coreference.stats.steps;
    analysis.sources = sources;
    const attributions = analysis.attributions;
    relinkClaimSources(analysis.claims, attributions);
    stats.claimsRelinked = analysis.claims.length;
    return coreference;
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
    return assembleAll(text, paragraphs, results, carryIns);
  };

  /** The paragraphs an edit changed, split and analysed again (see the steps at the top). */
  const reanalyse = (previous: State, text: TextLike, prefix: number, suffix: number): Plan => {
    const old = previous.paragraphs;
    const delta = text.length - previous.text.length;
    const suffixStart = previous.text.length - suffix; // in old coordinates

    // Paragraphs [0, keep) lie wholly before the window; the window starts at old[keep].
    const keep = Math.max(0, lowerBoundStart(old, prefix) - 1);
    const windowStart = keep < old.length && old[keep]!.start < prefix ? old[keep]!.start : 0;
    // Paragraphs [resume, old.length) follow the window, shifted by delta.
    const resume = Math.min(old.length, Math.max(lowerBoundStart(old, suffixStart) + 1, keep + 1));
    const windowEnd = resume < old.length ? old[resume]!.start + delta : text.length;

    const paragraphs: Paragraph[] = [];
    const results: ParagraphResult[] = [];
    const carryIns: QuoteCarry[] = [];
    stats.reused += keep;
    let carry = keep > 0 ? previous.results[keep - 1]!.carryOut : NO_CARRY;

    for (const local of splitParagraphs(text.slice(windowStart, windowEnd))) {
      const paragraph = { start: local.start + windowStart, end: local.end + windowStart };
      paragraphs.push(paragraph);
      carryIns.push(carry);
      const r = resultFor(text.slice(paragraph.start, paragraph.end), carry);
      results.push(r);
      carry = r.carryOut;
    }

    // Paragraphs after the window keep their results once the quote carry flowing in is the old one.
    let i = resume;
    for (; i < old.length && carryKey(carry) !== carryKey(previous.carryIns[i]!); i++) {
      const p = old[i]!;
      const paragraph = { start: p.start + delta, end: p.end + delta };
      paragraphs.push(paragraph);
      carryIns.push(carry);
      const r = resultFor(text.slice(paragraph.start, paragraph.end), carry);
      results.push(r);
      carry = r.carryOut;
    }
    stats.reused += old.length - i;
    return { keep, oldEnd: i, paragraphs, results, carryIns };
  };

  /**
   * The next state: the previous one with old paragraphs [plan.keep, plan.oldEnd) replaced by
   * the plan's. Only the run of paragraphs around them is assembled again; the items before it
   * are kept as they are and the items after it are shifted (and renumbered) in place.
   */
  const applyEdit = (previous: State, text: string, view: TextLike, prefix: number, suffix: number, plan: Plan): State => {
    const delta = text.length - previous.text.length;
    const oldCount = previous.paragraphs.length;
    const { keep, oldEnd } = plan;
    const mid = plan.paragraphs.length;
    const paragraphDelta = mid - (oldEnd - keep);
    const newCount = oldCount + paragraphDelta;
    const oldResults = previous.results;
    const newResultAt = (j: number): ParagraphResult => (j < keep ? oldResults[j]! : j < keep + mid ? plan.results[j - keep]! : oldResults[j - paragraphDelta]!);

    // The run to assemble again: old paragraphs [from, oldTo) become new ones [from, oldTo + paragraphDelta).
    // Nothing may flow across its ends: no quotation left open, no speaker whose content is the next paragraph.
    let from = keep;
    while (from > 0 && linksToNext(oldResults[from - 1]!)) from--;
    let oldTo = oldEnd;
    while (oldTo < oldCount && ((oldTo + paragraphDelta > 0 && linksToNext(newResultAt(oldTo + paragraphDelta - 1))) || (oldTo > 0 && linksToNext(oldResults[oldTo - 1]!)))) oldTo++;
    const newTo = oldTo + paragraphDelta;

    // Paragraphs, results and carries of the new text. The Analysis's lists are new ones each
    // time (a caller comparing two analyses sees two lists); the items in them are reused.
    const oldParagraphs = previous.paragraphs;
    const oldAnalysis = previous.analysis;
    const oldParagraphStart = (i: number): number => (i < oldCount ? oldParagraphs[i]!.start : Infinity);
    const claimsFrom = lowerBoundClaims(oldAnalysis.claims, oldParagraphStart(from));
    const claimsTo = lowerBoundClaims(oldAnalysis.claims, oldParagraphStart(oldTo));
    const oldRunEnd = oldTo < oldCount ? oldParagraphs[oldTo]!.start : previous.text.length;
    // the paragraphs a pronoun's reach over the edit can touch (for sameCoreferenceInput)
    const reachOver = PRONOUN_REACH + Math.abs(delta) + 8;
    // (from the first paragraph ending at or after prefix - reachOver)
    const near = { from: countBefore(oldCount, (i) => oldParagraphs[i]!.end < prefix - reachOver), to: lowerBoundStart(oldParagraphs, prefix + reachOver) };
    shiftParagraphs(oldParagraphs, oldEnd, delta);
    const paragraphs = spliced(oldParagraphs, keep, oldEnd, plan.paragraphs);
    replaceRange(previous.results, keep, oldEnd, plan.results);
    replaceRange(previous.carryIns, keep, oldEnd, plan.carryIns);
    const results = previous.results;
    const carryIns = previous.carryIns;

    const marks = previous.marks;
    if (!continuationsStayInside(marks, from, oldTo, oldCount)) return assembleAll(text, paragraphs, results, carryIns);
    const runStart = from < newCount ? paragraphs[from]!.start : text.length;
    const runEnd = newTo > from ? paragraphs[newTo - 1]!.end : runStart;
    const runMarks = emptyMarks();
    const run = new Assembly(detached(view.slice(runStart, runEnd)), runStart, paragraphs, results, newCount, marks.attributions[from]!, marks.quotes[from]!, runMarks);
    run.run(from, newTo);
    stats.assembled = newTo - from;
    if (run.farContinuations > 0) return assembleAll(text, paragraphs, results, carryIns);

    const oldAttributions = oldAnalysis.attributions;
    const mentions = previous.mentions;
    const attributionsFrom = marks.attributions[from]!;
    const attributionsTo = marks.attributions[oldTo]!;
    const attributionDelta = run.attributions.length - (attributionsTo - attributionsFrom);
    const sameSources = sameCoreferenceInput(
      previous,
      mentions.slice(marks.mentions[from]!, marks.mentions[oldTo]!),
      run.mentions,
      attributionsFrom,
      attributionsTo,
      run.attributionSources,
      near,
      prefix,
      previous.text.length - suffix,
      delta,
    );

    // The items after the run: shifted, renumbered when the number of attributions changed. Each
    // kind of span is moved by a function of its own: a helper for every kind sees spans of every
    // shape, and its property accesses go megamorphic; loops written out here, in a function
    // that runs once per edit, lose their optimised code whenever a rarely taken branch of it
    // deoptimises, and then run tens of thousands of iterations unoptimised.
    const { sentences: oldSentences, quotes: oldQuotes, credits: oldCredits, problems: oldProblems } = oldAnalysis;
    shiftSentences(oldSentences, marks.sentences[oldTo]!, delta, paragraphDelta);
    shiftQuotes(oldQuotes, marks.quotes[oldTo]!, delta);
    shiftAttributions(oldAttributions, attributionsTo, delta);
    shiftCredits(oldCredits, marks.credits[oldTo]!, delta);
    shiftProblems(oldProblems, marks.problems[oldTo]!, delta);
    shiftMentions(mentions, marks.mentions[oldTo]!, delta);
    const oldClaims = oldAnalysis.claims;
    shiftClaims(oldClaims, claimsTo, delta);
    if (attributionDelta !== 0) renumberAttributionIds(oldQuotes, marks.quotes[oldTo]!, oldAttributions, attributionsTo, oldClaims, claimsTo, attributionDelta);

    const sentences = spliced(oldSentences, marks.sentences[from]!, marks.sentences[oldTo]!, run.sentences);
    const quotes = spliced(oldQuotes, marks.quotes[from]!, marks.quotes[oldTo]!, run.quotes);
    const attributions = spliced(oldAttributions, attributionsFrom, attributionsTo, run.attributions);
    const credits = spliced(oldCredits, marks.credits[from]!, marks.credits[oldTo]!, run.credits);
    const problems = spliced(oldProblems, marks.problems[from]!, marks.problems[oldTo]!, run.problems);
    replaceRange(mentions, marks.mentions[from]!, marks.mentions[oldTo]!, run.mentions);

    for (const key of MARK_LISTS) spliceMarks(marks[key], from, oldTo, runMarks[key], marks[key][from]!);
    replaceRange(marks.farContinuation, from, oldTo, runMarks.farContinuation);
    replaceRange(marks.continued, from, oldTo, runMarks.continued);

    // Coreference: resumed from a checkpoint before the run (or kept as it was, moved).
    let coreference = previous.coreference;
    let sources = coreference.update({
      text: view,
      paragraphs,
      mentions,
      mentionMarks: marks.mentions,
      attributions,
      attributionMarks: marks.attributions,
      from,
      oldTo,
      newTo,
      oldRunEnd,
      prefix,
      oldSuffixStart: previous.text.length - suffix,
      delta,
      same: sameSources,
    });
    if (!sources) {
      // it could not resume: resolve the whole document
      const resolved = ResumableCoreference.resolve(view, paragraphs, mentions, marks.mentions, attributions, marks.attributions, analyzeOptions, coreferenceCheckpoint);
      coreference = resolved.coreference;
      sources = resolved.sources;
    }
    if (!coreference.stats.kept) {
      stats.resolved = true;
      stats.resolvedMentions = coreference.stats.steps;
      const changed = coreference.stats.changedAttributions;
      // Each changed attribution's claim is found by a binary search (about 14 claims read in a
      // 1 MB text); past a sixteenth of the claims, reading them all is cheaper.
      if (changed === null || changed.length * 16 > oldClaims.length) {
        relinkClaimSources(oldClaims, attributions);
        stats.claimsRelinked = oldClaims.length - (claimsTo - claimsFrom);
      } else {
        // the claims of the attributions whose source changed (a claim starts where its attribution's content does)
        for (const index of changed) {
          const a = attributions[index]!;
          if (a.content.length === 0) continue;
          const at = a.content[0]!.start;
          // the run's old claims (still in the list, not moved) are left out of the search
          const [lo, hi] = index < attributionsFrom ? [0, claimsFrom] : [claimsTo, oldClaims.length];
          for (let i = lo + countBefore(hi - lo, (k) => oldClaims[lo + k]!.span.start < at); i < hi && oldClaims[i]!.span.start === at; i++) {
            if (oldClaims[i]!.attributionId === a.id) {
              oldClaims[i]!.sourceId = a.sourceId;
              stats.claimsRelinked++;
            }
          }
        }
      }
    }

    const runClaims = run.claims(claimsFrom);
    const claims = spliced(oldClaims, claimsFrom, claimsTo, runClaims);
    if (runClaims.length !== claimsTo - claimsFrom) renumberClaimIds(claims, claimsFrom + runClaims.length);

    const analysis: Analysis = { length: text.length, paragraphs, sentences, quotes, attributions, sources, claims, credits, problems };
    return { text, view, paragraphs, results, carryIns, analysis, marks, mentions, coreference };
  };

  return {
    update,
    reset: () => {
      cache.clear();
      state = null;
    },
    stats,
  };
}

// The items after an edit, moved by `delta` from index `from` on (see applyEdit).

function shiftParagraphs(list: readonly Paragraph[], from: number, delta: number): void {
  if (delta === 0) return;
  for (let i = from; i < list.length; i++) {
    const p = list[i]!;
    p.start += delta;
    p.end += delta;
  }
}

function shiftSentences(list: readonly Sentence[], from: number, delta: number, paragraphDelta: number): void {
  if (delta === 0 && paragraphDelta === 0) return;
  for (let i = from; i < list.length; i++) {
    const s = list[i]!;
    s.start += delta;
    s.end += delta;
    s.paragraph += paragraphDelta;
  }
}

function shiftQuotes(list: readonly Quote[], from: number, delta: number): void {
  for (let i = from; i < list.length; i++) {
    const q = list[i]!;
    q.start += delta;
    q.end += delta;
    q.inner.start += delta;
    q.inner.end += delta;
  }
}

function shiftAttributions(list: readonly Attribution[], from: number, delta: number): void {
  for (let i = from; i < list.length; i++) {
    const a = list[i]!;
    const source = a.source;
    if (source) {
      source.start += delta;
      source.end += delta;
    }
    const cue = a.cue;
    cue.start += delta;
    cue.end += delta;
    const content = a.content;
    for (let k = 0; k < content.length; k++) {
      const c = content[k]!;
      c.start += delta;
      c.end += delta;
    }
  }
}

/**
 * The attribution ids after an edit that added or removed attributions, renumbered by
 * `attributionDelta` from the given indices on: the attributions' own (and their parents'), and
 * the quotes' and claims' references to them. Rarer than moving, and apart from it: called from a
 * moving loop's function, its first call would throw that function's optimised code away; and
 * one function for the three lists is compiled once (the first renumbering in a session runs
 * unoptimised until it is).
 */
function renumberAttributionIds(quotes: readonly Quote[], quotesFrom: number, attributions: readonly Attribution[], attributionsFrom: number, claims: readonly Claim[], claimsFrom: number, attributionDelta: number): void {
  for (let i = attributionsFrom; i < attributions.length; i++) {
    const a = attributions[i]!;
    a.id = attributionIdAt(i + attributionDelta);
    if (a.parentId !== null) a.parentId = attributionIdAt(idIndex(a.parentId) + attributionDelta);
  }
  for (let i = quotesFrom; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.attributionId !== null) q.attributionId = attributionIdAt(idIndex(q.attributionId) + attributionDelta);
  }
  for (let i = claimsFrom; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.attributionId !== null) c.attributionId = attributionIdAt(idIndex(c.attributionId) + attributionDelta);
  }
}

function shiftCredits(list: readonly Credit[], from: number, delta: number): void {
  for (let i = from; i < list.length; i++) {
    const c = list[i]!;
    c.start += delta;
    c.end += delta;
  }
}

function shiftProblems(list: readonly Problem[], from: number, delta: number): void {
  for (let i = from; i < list.length; i++) {
    const p = list[i]!;
    p.start += delta;
    p.end += delta;
  }
}

function shiftMentions(list: readonly EntityMention[], from: number, delta: number): void {
  for (let i = from; i < list.length; i++) {
    const m = list[i]!;
    m.start += delta;
    m.end += delta;
  }
}

function shiftClaims(list: readonly Claim[], from: number, delta: number): void {
  for (let i = from; i < list.length; i++) {
    const span = list[i]!.span;
    span.start += delta;
    span.end += delta;
  }
}

/** Each claim's source is its attribution's. */
function relinkClaimSources(claims: readonly Claim[], attributions: readonly Attribution[]): void {
  for (const c of claims) c.sourceId = c.attributionId === null ? null : (attributions[idIndex(c.attributionId)]?.sourceId ?? null);
}

function renumberClaimIds(claims: readonly Claim[], from: number): void {
  for (let i = from; i < claims.length; i++) claims[i]!.id = claimIdAt(i);
}

const MARK_LISTS = ['sentences', 'quotes', 'attributions', 'credits', 'problems', 'mentions'] as const;

/**
 * Whether the old paragraphs [from, to) can be assembled again on their own as far as quote
 * continuations go. A paragraph whose continued quotation has no speaker of its own falls back
 * on the latest continuation before it, however far (farContinuation): none may be in the run,
 * and none after it may fall back over it (before a continuation of its own comes after the run).
 */
function continuationsStayInside(marks: AssemblyMarks, from: number, to: number, count: number): boolean {
  for (let i = from; i < to; i++) if (marks.farContinuation[i] === 1) return false;
  for (let i = to; i < count; i++) {
    if (marks.continued[i] === 1) return true;
    if (marks.farContinuation[i] === 1) return false;
  }
  return true;
}

/** Old paragraphs [from, to) became a run whose marks (from its start, with an end entry) are `run`. */
function spliceMarks(marks: number[], from: number, to: number, run: readonly number[], base: number): void {
  const shift = base + run[run.length - 1]! - marks[to]!;
  const rest = marks.length - (to + 1);
  const out = new Array<number>(run.length);
  for (let k = 0; k < run.length; k++) out[k] = base + run[k]!;
  replaceRange(marks, from, to + 1, out);
  if (shift !== 0) for (let k = marks.length - rest; k < marks.length; k++) marks[k]! += shift;
}

/**
 * A paragraph from which something flows into the next: an open quotation, a speaker whose
 * content is the next paragraph, or a last speaker quoted (or a paragraph that may be nothing but
 * a quotation) whose words a quotation paragraph after it may go on.
 */
function linksToNext(r: ParagraphResult): boolean {
  if (r.carryOut.open) return true;
  const atts = r.attributions;
  for (const a of atts) if (a.contentInNextParagraph) return true;
  if (atts.length === 0) return r.opensWithQuote;
  for (const a of atts) if (a.kind === 'direct' || a.kind === 'partial') return true;
  return false;
}

/** A copy of list with list[start, end) replaced by items (copied natively: the lists are long, the runs short). */
function spliced<T>(list: readonly T[], start: number, end: number, items: readonly T[]): T[] {
  if (items.length <= 4096) {
    const out = list.slice();
    out.splice(start, end - start, ...items);
    return out;
  }
  const out = list.slice(0, start);
  for (const item of items) out.push(item);
  for (let i = end; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** Index of the first claim whose span starts at or after offset (claims are in text order). */
function lowerBoundClaims(claims: readonly Claim[], offset: number): number {
  return countBefore(claims.length, (i) => claims[i]!.span.start < offset);
}

// Coreference (resolveSources) reads the mentions and the attributions' source spans, the text
// inside those spans, the text between a relative pronoun and the mention just before it (at
// most RELATIVE_GAP characters apart), and compares how far a pronoun is from the ends of
// earlier mentions with its pronounReach. A source span with no mention among the (at most
// SPAN_MENTION_WINDOW) it reads gets its syntheticMention. Everything else it does depends only
// on the order of the spans.
/** Mentions that start together may be read in another order: a margin for them in that window. */
const SPAN_MENTION_MARGIN = 8;

/**
 * Whether coreference would resolve the edited text exactly as it resolved the previous one:
 * the assembled run's mentions and attribution source spans are the old ones, each on one side
 * of the changed stretch [prefix, oldSuffixStart) (so its text is unchanged) and moved with it,
 * and no distance coreference measures across the edit moves past one of its limits.
 */
function sameCoreferenceInput(
  previous: State,
  oldMentions: readonly EntityMention[],
  newMentions: readonly EntityMention[],
  attributionsFrom: number,
  attributionsTo: number,
  newSources: readonly (Span | null)[],
  near: { from: number; to: number },
  prefix: number,
  oldSuffixStart: number,
  delta: number,
): boolean {
  if (oldMentions.length !== newMentions.length || attributionsTo - attributionsFrom !== newSources.length) return false;
  for (let i = 0; i < oldMentions.length; i++) {
    const o = oldMentions[i]!;
    const n = newMentions[i]!;
    if (!movesTo(o, n, prefix, oldSuffixStart, delta) || !sameMentionFields(o, n)) return false;
  }
  const oldAttributions = previous.analysis.attributions;
  for (let a = 0; a < newSources.length; a++) {
    const o = oldAttributions[attributionsFrom + a]!.source;
    const n = newSources[a]!;
    if (o === null || n === null) {
      if (o !== n) return false;
    } else if (!movesTo(o, n, prefix, oldSuffixStart, delta)) return false;
  }
  return keepTheirSide(previous, near, prefix, oldSuffixStart, delta);
}

/** The old span `o` lies on one side of the changed stretch and `n` is where the edit moved it. */
function movesTo(o: { start: number; end: number }, n: { start: number; end: number }, prefix: number, oldSuffixStart: number, delta: number): boolean {
  if (o.end <= prefix) return n.start === o.start && n.end === o.end;
  if (o.start >= oldSuffixStart) return n.start === o.start + delta && n.end === o.end + delta;
  return false;
}

function sameMentionFields(o: EntityMention, n: EntityMention): boolean {
  const a = o as unknown as Record<string, unknown>;
  const b = n as unknown as Record<string, unknown>;
  let count = 0;
  for (const key in a) {
    count++;
    if (key !== 'start' && key !== 'end' && a[key] !== b[key]) return false;
  }
  for (const key in b) if (key) count--;
  return count === 0;
}

/**
 * Distances from pronouns after an edit back to mention ends before it, in the previous text
 * (whose mentions sameCoreferenceInput found equal to the new ones, moved). Only paragraphs
 * [near.from, near.to) can hold either: a pronoun reaches back at most PRONOUN_REACH.
 *
 * No pronoun after the edit is within a relative pronoun's gap of the changed stretch, and no
 * distance from a pronoun after the edit back to a mention end before it crosses the pronoun's
 * reach because of the edit (unless coreference found the pronoun's source before reading
 * that far back).
 */
function keepTheirSide(previous: State, near: { from: number; to: number }, prefix: number, oldSuffixStart: number, delta: number): boolean {
  const { mentions, marks } = previous;
  const attributions = previous.analysis.attributions;
  const spread = delta < 0 ? -delta : delta;
  const farthest = prefix + PRONOUN_REACH + spread + 2;
  // pronouns after the edit that can reach back over it: offset, reach
  const after: number[] = [];
  for (let i = lowerBoundStart(mentions, oldSuffixStart); i < mentions.length && mentions[i]!.start <= farthest; i++) {
    const m = mentions[i]!;
    if (m.kind === 'pronoun') after.push(m.start, pronounReach(m));
  }
  // mention ends before the edit that a pronoun after it may measure from
  const lowest = oldSuffixStart - spread - PRONOUN_REACH - 4;
  const before: number[] = [];
  for (let i = lowerBoundStart(mentions, prefix) - 1; i >= marks.mentions[near.from]!; i--) {
    const m = mentions[i]!;
    if (m.end <= prefix && m.end >= lowest) before.push(m.end);
  }
  // Whether coreference finds a mention for a source span (in paragraph k) among those it reads:
  // from the first mention ending after the span starts, SPAN_MENTION_WINDOW of them.
  const hasMention = (span: Span, k: number): boolean => {
    let p = marks.mentions[k]!; // mentions of earlier paragraphs end before this one starts
    while (p < mentions.length && mentions[p]!.end <= span.start) p++;
    for (let q = p; q < mentions.length && q < p + SPAN_MENTION_WINDOW - SPAN_MENTION_MARGIN && mentions[q]!.start < span.end; q++) {
      if (mentions[q]!.end > span.start) return true;
    }
    return false;
  };
  // source spans given a mention of their own, their syntheticMention (so is a group span, see
  // groupSpan, or one opening with a possessive, with a mention in it); where coreference makes
  // none, the span itself (counted like any mention end, which can only ask for more resolving)
  for (let k = near.from; k < near.to; k++) {
    for (let a = marks.attributions[k]!; a < marks.attributions[k + 1]!; a++) {
      const s = attributions[a]!.source;
      if (!s || (s.start < oldSuffixStart && s.end > prefix) || s.start > farthest || s.end < lowest || (hasMention(s, k) && !groupSpan(previous.view, s.start, s.end) && !possessivePhrase(previous.view, s.start, s.end))) continue;
      const own: { start: number; end: number; kind: string; relative?: boolean; gender?: string } = syntheticMention(previous.view, s.start, s.end) ?? { start: s.start, end: s.end, kind: 'other' };
      if (s.start >= oldSuffixStart) {
        if (own.kind === 'pronoun') after.push(own.start, pronounReach(own));
      } else if (own.end >= lowest) before.push(own.end);
    }
  }
  if (after.length === 0) return true;
  for (let k = 0; k < after.length; k += 2) if (after[k]! - oldSuffixStart <= RELATIVE_GAP + 1) return false;
  if (delta === 0) return true;
  const shrink = delta < 0 ? delta : 0;
  const grow = delta > 0 ? delta : 0;
  // Start of each pronoun (after the edit) → start of the mention of the same source just before
  // it (the pronoun's scan stopped there: nothing older was read), or -Infinity when the pronoun
  // found no source.
  let antecedents: Map<number, number> | null = null;
  const antecedentOf = (start: number): number => {
    if (!antecedents) {
      antecedents = new Map<number, number>();
      for (const source of previous.analysis.sources) {
        const ms = source.mentions;
        for (let k = 1; k < ms.length; k++) {
          const m = ms[k]!;
          if (m.kind !== 'pronoun' || m.start < oldSuffixStart || m.start > farthest) continue;
          antecedents.set(m.start, antecedents.has(m.start) ? -Infinity : ms[k - 1]!.start);
        }
      }
    }
    return antecedents.get(start) ?? -Infinity;
  };
  for (let k = 0; k < after.length; k += 2) {
    const start = after[k]!;
    const reach = after[k + 1]!;
    // the old distance is d, the new one d + delta: a mention end e changes sides of the
    // reach when e is in [start + shrink - reach, start + grow - reach)
    const low = start + shrink - reach;
    const high = start + grow - reach;
    for (const e of before) {
      if (e < low || e >= high) continue;
      if (e < antecedentOf(start)) continue;
      return false;
    }
  }
  return true;
}

/** Index of the first mention or paragraph starting at or after offset (they are in text order). */
function lowerBoundStart(items: readonly { start: number }[], offset: number): number {
  return countBefore(items.length, (i) => items[i]!.start < offset);
}
