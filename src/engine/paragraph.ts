// Paragraph-local analysis and the assembly of a whole-document Analysis from it.
// `analyzeParagraph` depends only on (paragraph text, quote carry-in, options), so the
// incremental analyzer can cache it by paragraph content; `assembleAnalysis` costs time in
// proportion to the number of items found, never to the length of the text.
import { sortIndicesInOrder, sortInOrder } from './order';
import { findAttributions, cueLexiconFor, NO_ATTRIBUTIONS, type LocalAttribution, type LocalSpan } from './attributions';
import { checkableReasonList, type LocalClaim } from './claims';
import { findCredits, type LocalCredit } from './credits';
import { scanQuotes, type LocalQuoteProblem, type QuoteRange } from './quotes';
import { splitSentences, type TokenSentence } from './sentences';
import { findEntityMentions, lendMentions, resolveSources, returnMentions, shiftMention, type EntityMention } from './sources/index';
import { isSpaceCode, scratch, tokenize } from './text';
import type {
  Analysis,
  AnalyzeOptions,
  Attribution,
  Claim,
  ClaimReason,
  Credit,
  Paragraph,
  Problem,
  Quote,
  QuoteKind,
  Sentence,
  Span,
} from './types';

/** Whether a quotation is still open where the previous paragraph ended. */
export interface QuoteCarry {
  open: boolean;
}

export const NO_CARRY: QuoteCarry = { open: false };

/** A quote of one paragraph, its kind and covering attribution (a local index, or -1) settled. */
export type LocalQuote = QuoteRange;

/** Everything found in one paragraph; offsets are relative to the paragraph start. */
export interface ParagraphResult {
  sentences: TokenSentence[];
  quotes: LocalQuote[];
  attributions: LocalAttribution[];
  credits: LocalCredit[];
  problems: LocalQuoteProblem[];
  mentions: EntityMention[];
  /** Unattributed checkable sentences. */
  claims: LocalClaim[];
  /** The paragraph's first token is an opening quotation mark. */
  opensWithQuote: boolean;
  carryOut: QuoteCarry;
}

/**
 * Paragraphs are separated by line breaks: each non-blank line starts a paragraph (news copy
 * puts one paragraph per line, or separates them with blank lines), except a line that
 * continues a hard-wrapped sentence — the previous line ends mid-sentence (a letter, digit,
 * comma, semicolon or hyphen) and this one starts with a lowercase letter or digit.
 * Paragraph extents exclude surrounding whitespace.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  let i = 0;
  let cur: Paragraph | null = null;
  // plain "\n" line ends can be found natively; other separators need the character loop
  const simpleLines = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  while (i < n) {
    // one line: [i, lineEnd)
    let lineEnd = i;
    if (simpleLines) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
    } else {
      while (lineEnd < n) {
        const c = text.charCodeAt(lineEnd);
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
        lineEnd++;
      }
    }
    let s = i;
    while (s < lineEnd && isSpaceCode(text.charCodeAt(s))) s++;
    let e = lineEnd;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s >= e) {
      cur = null; // blank line
    } else if (cur && continuesLine(text, cur.end, s)) {
      cur.end = e;
    } else {
      cur = { start: s, end: e };
      out.push(cur);
    }
    // skip the line break (\r\n counts as one)
    i = lineEnd;
    if (i < n && text.charCodeAt(i) === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i += 2;
    else if (i < n) i++;
  }
  return out;
}

function continuesLine(text: string, prevEnd: number, nextStart: number): boolean {
  const p = text.charCodeAt(prevEnd - 1);
  const q = text.charCodeAt(nextStart);
  const prevMid = (p >= 97 && p <= 122) || (p >= 65 && p <= 90) || (p >= 48 && p <= 57) || p === 44 || p === 59 || p === 45;
  const nextLower = (q >= 97 && q <= 122) || (q >= 48 && q <= 57);
  return prevMid && nextLower;
}

/** Index of the paragraph of `analysis` containing an offset (binary search), or -1. */
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

/**
 * Analyse one paragraph on its own. Never throws. `document` and `start`, when given, are the
 * text the paragraph was sliced from and where in it: the tokenizer then reads the paragraph's
 * characters there (a slice costs more per character read than the string it was cut from).
 * The result is the same either way. `into`, when given, is a record to fill in and return
 * instead of a new one (a caller done with an earlier result lends it back).
 */
export function analyzeParagraph(paragraphText: string, carryIn: QuoteCarry, options: AnalyzeOptions = {}, document = paragraphText, start = 0, into: ParagraphResult | null = null): ParagraphResult {
  try {
    return analyzeParagraphUnsafe(paragraphText, document, start, carryIn, options, into);
  } catch {
    return emptyResult(false);
  }
}

function emptyResult(openAtEnd: boolean): ParagraphResult {
  return {
    sentences: [],
    quotes: [],
    attributions: [],
    credits: [],
    problems: [],
    mentions: [],
    claims: [],
    opensWithQuote: false,
    carryOut: { open: openAtEnd },
  };
}

function analyzeParagraphUnsafe(text: string, document: string, start: number, carryIn: QuoteCarry, options: AnalyzeOptions, into: ParagraphResult | null): ParagraphResult {
  const tokens = tokenize(document, true, start, start + text.length);
  // the scan record is overwritten by the next paragraph's: take its parts now
  const scan = scanQuotes(text, tokens, carryIn.open);
  const scanned = scan.quotes;
  const quoteProblems = scan.problems;
  const opensWithQuote = scan.opensWithQuote;
  const openAtEnd = scan.openAtEnd;
  // per token, 1 for a quotation's closing mark (most paragraphs quote nobody: all zero, never written)
  let closing: Int32Array;
  if (scanned.length > 0) {
    closing = scratch(0, tokens.length, 0);
    for (let k = 0; k < scanned.length; k++) {
      const close = scanned[k]!.closeToken;
      if (close >= 0) closing[close] = 1;
    }
  } else {
    if (noClosing.length < tokens.length) noClosing = new Int32Array(tokens.length * 2);
    closing = noClosing;
  }
  // the token sentences are the paragraph's sentences too (a TokenSentence is a LocalSpan); a
  // record lent back holds sentences nobody reads any more, whose objects are filled in again
  const sentences = splitSentences(text, tokens, closing, into?.sentences);
  const credits = findCredits(text, tokens);
  // a dateline ("SEOUL, May 20 (Yonhap) --") is not part of the first sentence
  let dateline: LocalCredit | undefined;
  for (let k = 0; k < credits.length; k++) {
    if (credits[k]!.kind === 'dateline') {
      dateline = credits[k];
      break;
    }
  }
  const firstSentence = sentences[0];
  let datelineSplit = false;
  if (dateline && firstSentence) {
    let d = firstSentence.first;
    while (d < firstSentence.last && tokens[d]!.start < dateline.end) d++;
    if (d > firstSentence.first && d < firstSentence.last) {
      // the first sentence becomes two: move the others up one
      sentences.push(firstSentence);
      for (let k = sentences.length - 1; k > 1; k--) sentences[k] = sentences[k - 1]!;
      sentences[0] = { first: firstSentence.first, last: d, start: firstSentence.start, end: tokens[d - 1]!.end };
      sentences[1] = { first: d, last: firstSentence.last, start: tokens[d]!.start, end: firstSentence.end };
      datelineSplit = true;
    }
  }
  const lexicon = cueLexiconFor(options.cueVerbs);
  // a byline ("By Ana Ruiz", "Contributing: Ana Ruiz.") is the whole paragraph: it names the
  // reporters, and no one is quoted or is a source there
  const byline = credits[0]?.kind === 'byline';
  const attributions = byline ? NO_ATTRIBUTIONS : findAttributions(text, tokens, datelineSplit ? sentences.slice(1) : sentences, scanned, lexicon);

  // quotes: kind and covering attribution (innermost content piece containing the quote), settled
  // on the scan's own objects
  const quotes: LocalQuote[] = scanned;
  const pieceCount = collectPieces(attributions);
  let pi = 0;
  let activeCount = 0;
  for (let k = 0; k < scanned.length; k++) {
    const q = scanned[k]!;
    while (pi < pieceCount && pieceStart[pieceOrder[pi]!]! <= q.start) activePieces[activeCount++] = pieceOrder[pi++]!;
    let best = -1;
    let bestSize = Infinity;
    let w = 0;
    for (let a = 0; a < activeCount; a++) {
      const piece = activePieces[a]!;
      const pStart = pieceStart[piece]!;
      const pEnd = pieceEnd[piece]!;
      if (pEnd < q.start) continue; // finished: drop
      activePieces[w++] = piece;
      if (pEnd >= q.end && pEnd - pStart < bestSize) {
        bestSize = pEnd - pStart;
        best = pieceOwner[piece]!;
      }
    }
    activeCount = w;
    let kind: QuoteKind;
    if (best >= 0) {
      const att = attributions[best]!;
      let whole = false;
      const content = att.content;
      for (let c = 0; c < content.length; c++) {
        if (content[c]!.start === q.start && content[c]!.end === q.end) {
          whole = true;
          break;
        }
      }
      // the words are counted only when the attribution does not settle it
      kind = whole || att.kind === 'direct' || looksLikeFullQuote(text, q.start, q.innerStart, q.innerEnd, countWords(document, start + q.innerStart, start + q.innerEnd)) ? 'full' : 'partial';
    } else {
      const words = countWords(document, start + q.innerStart, start + q.innerEnd);
      kind = looksLikeFullQuote(text, q.start, q.innerStart, q.innerEnd, words) ? 'full' : words <= 4 ? 'scare' : 'partial';
    }
    q.kind = kind;
    q.attribution = best;
  }
  // partial attributions: the innermost attribution holding a partial quote; an attribution
  // marked partial that holds no quote at all is indirect
  if (attributions.length > 0) {
    if (quotedMarks.length < attributions.length) quotedMarks = new Uint8Array(attributions.length * 2);
    const quoted = quotedMarks;
    for (let a = 0; a < attributions.length; a++) quoted[a] = 0;
    for (let k = 0; k < quotes.length; k++) {
      const q = quotes[k]!;
      if (q.attribution < 0) continue;
      quoted[q.attribution] = 1;
      if (q.kind === 'partial') {
        const att = attributions[q.attribution]!;
        if (att.kind === 'indirect') att.kind = 'partial';
      }
    }
    for (let a = 0; a < attributions.length; a++) {
      const att = attributions[a]!;
      if (att.kind === 'partial' && quoted[a] === 0) att.kind = 'indirect';
    }
  }

  // unattributed checkable sentences: those no attribution's content or cue overlaps
  const overlapped = markOverlappedSentences(sentences, attributions);
  // most paragraphs have none and most others one: a list of one is made for the first
  let claims = NO_CLAIMS;
  for (let k = 0; k < sentences.length; k++) {
    if (overlapped !== null && overlapped[k] !== 0) continue;
    const s = sentences[k]!;
    if (credits.length > 0 && insideCredit(credits, s.start, s.end)) continue;
    const reasons = checkableReasonList(tokens, s.first, s.last);
    if (reasons === null) continue;
    const claim: LocalClaim = { start: s.start, end: trimSentenceEnd(text, s.start, s.end), reasons };
    if (claims === NO_CLAIMS) claims = [claim];
    else claims.push(claim);
  }

  let mentions: EntityMention[];
  try {
    mentions = byline ? [] : findEntityMentions(text, sentences, tokens);
  } catch {
    mentions = [];
  }
  const carryOut = openAtEnd ? OPEN_CARRY : CLOSED_CARRY;
  if (into === null) return { sentences, quotes, attributions, credits, problems: quoteProblems, mentions, claims, opensWithQuote, carryOut };
  into.sentences = sentences;
  into.quotes = quotes;
  into.attributions = attributions;
  into.credits = credits;
  into.problems = quoteProblems;
  into.mentions = mentions;
  into.claims = claims;
  into.opensWithQuote = opensWithQuote;
  into.carryOut = carryOut;
  return into;
}

/** Closing marks of a paragraph without quotations: zeros only. */
let noClosing = new Int32Array(256);

/** The claims of a paragraph without any (most of them): a shared list, never changed. */
const NO_CLAIMS: LocalClaim[] = [];

/** The carries paragraphs hand on (shared: a carry is never changed once made). */
const OPEN_CARRY: QuoteCarry = { open: true };
const CLOSED_CARRY: QuoteCarry = { open: false };

// Scratch lists for the content pieces of one paragraph's attributions (reused paragraph to
// paragraph; they only grow).
let pieceStart = new Int32Array(64);
let pieceEnd = new Int32Array(64);
let pieceOwner = new Int32Array(64);
let pieceOrder = new Int32Array(64);
let activePieces = new Int32Array(64);
/** Per attribution of one paragraph: 1 when a quote is attributed to it. */
let quotedMarks = new Uint8Array(64);
/** Per sentence of one paragraph (and one more): the running count of spans overlapping it. */
let sentenceCover = new Int32Array(64);

/** Two attributions of one speaker mention (a participle clause takes the source of the clause it follows). */
function sameSource(a: LocalAttribution, b: LocalAttribution): boolean {
  return a.source !== null && b.source !== null && a.source.start === b.source.start && a.source.end === b.source.end;
}

function byPieceStartLongestFirst(x: number, y: number): number {
  return pieceStart[x]! - pieceStart[y]! || pieceEnd[y]! - pieceEnd[x]!;
}

/** Lists the attributions' content pieces in order of start, longest first; returns how many. */
function collectPieces(attributions: readonly LocalAttribution[]): number {
  let n = 0;
  for (let a = 0; a < attributions.length; a++) n += attributions[a]!.content.length;
  if (n > pieceStart.length) {
    const size = n * 2;
    pieceStart = new Int32Array(size);
    pieceEnd = new Int32Array(size);
    pieceOwner = new Int32Array(size);
    pieceOrder = new Int32Array(size);
    activePieces = new Int32Array(size);
  }
  let k = 0;
  for (let a = 0; a < attributions.length; a++) {
    const content = attributions[a]!.content;
    for (let c = 0; c < content.length; c++) {
      pieceStart[k] = content[c]!.start;
      pieceEnd[k] = content[c]!.end;
      pieceOwner[k] = a;
      pieceOrder[k] = k;
      k++;
    }
  }
  if (n > 1) sortIndicesInOrder(pieceOrder, n, byPieceStartLongestFirst);
  return n;
}

/**
 * Marks the sentences (in text order, disjoint) that an attribution's content piece or cue
 * overlaps: per sentence, non-zero when one does. Null when there are no attributions.
 * Each span covers a run of sentences found by binary search; the runs are added up in one pass.
 */
function markOverlappedSentences(sentences: readonly LocalSpan[], attributions: readonly LocalAttribution[]): Int32Array | null {
  if (attributions.length === 0) return null;
  const n = sentences.length;
  if (sentenceCover.length < n + 1) sentenceCover = new Int32Array((n + 1) * 2);
  const cover = sentenceCover;
  for (let k = 0; k <= n; k++) cover[k] = 0;
  for (let a = 0; a < attributions.length; a++) {
    const att = attributions[a]!;
    const content = att.content;
    for (let c = 0; c < content.length; c++) coverSentences(sentences, cover, content[c]!.start, content[c]!.end);
    coverSentences(sentences, cover, att.cue.start, att.cue.end);
  }
  let running = 0;
  for (let k = 0; k < n; k++) {
    running += cover[k]!;
    cover[k] = running;
  }
  return cover;
}

/** Adds the sentences that [start, end) overlaps (start < sentence end, end > sentence start) to `cover`. */
function coverSentences(sentences: readonly LocalSpan[], cover: Int32Array, start: number, end: number): void {
  // first sentence ending after start
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  // first sentence starting at or after end
  hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  if (lo > first) {
    cover[first]!++;
    cover[lo]!--;
  }
}

function insideCredit(credits: readonly LocalCredit[], start: number, end: number): boolean {
  for (const c of credits) if (c.start <= start && c.end >= end) return true;
  return false;
}

function byStart(x: { start: number }, y: { start: number }): number {
  return x.start - y.start;
}

function bySpan(x: { span: Span }, y: { span: Span }): number {
  return x.span.start - y.span.start || x.span.end - y.span.end;
}

function trimSentenceEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1) {
    const c = text.charCodeAt(e - 1);
    if (c === 46 || c === 33 || c === 63 || c === 44 || c === 59) e--;
    else break;
  }
  return e;
}

/**
 * The words of text[start, end), counted up to FULL_QUOTE_WORDS: a quote's kind asks only whether
 * it has fewer than 3, 5 or 8, so a long quote is read no further than its eighth word (a quote
 * running past 400 characters counts as long whatever its words).
 */
function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  const limit = Math.min(end, start + 400);
  for (let i = start; i < limit; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words === FULL_QUOTE_WORDS) return words;
    inWord = !space;
  }
  return end > limit ? words + 100 : words;
}

/** A quote of this many words or more reads as a full quotation. */
const FULL_QUOTE_WORDS = 8;

/** A full quotation reads as a sentence: enough words and an uppercase start or final punctuation. */
function looksLikeFullQuote(text: string, quoteStart: number, innerStart: number, innerEnd: number, words: number): boolean {
  if (words >= FULL_QUOTE_WORDS) return true;
  if (words < 3) return false;
  const first = text.charCodeAt(innerStart);
  const lastC = text.charCodeAt(innerEnd - 1);
  const upper = first >= 65 && first <= 90;
  const punct = lastC === 46 || lastC === 44 || lastC === 33 || lastC === 63;
  let before = quoteStart - 1;
  while (before >= 0 && isSpaceCode(text.charCodeAt(before))) before--;
  const b = before >= 0 ? text.charCodeAt(before) : -1;
  const opensClause = b < 0 || b === 58 || b === 44 || b === 46 || b === 0x2014;
  return upper && (punct || opensClause);
}

const PROBLEM_MESSAGES: Record<Problem['code'], string> = {
  'unbalanced-quote-open': 'This quotation mark opens a quote that is never closed.',
  'unbalanced-quote-close': 'This quotation mark closes a quote that was never opened.',
};

// Ids are numbered by position; each id string is made once and handed out again, so numbering
// (and renumbering after an edit) allocates nothing.
const ATTRIBUTION_IDS: string[] = [];
const CLAIM_IDS: string[] = [];

function growIds(ids: string[], prefix: string, index: number): string {
  for (let k = ids.length; k <= index; k++) ids.push(prefix + (k + 1));
  return ids[index]!;
}

/** "a1", "a2", …: the id of the attribution at `index` of an Analysis. */
export function attributionIdAt(index: number): string {
  return ATTRIBUTION_IDS[index] ?? growIds(ATTRIBUTION_IDS, 'a', index);
}

/** "c1", "c2", …: the id of the claim at `index` of an Analysis. */
export function claimIdAt(index: number): string {
  return CLAIM_IDS[index] ?? growIds(CLAIM_IDS, 'c', index);
}

/** The index an id made by attributionIdAt or claimIdAt stands for ("a12" → 11). */
export function idIndex(id: string): number {
  let n = 0;
  for (let k = 1; k < id.length; k++) n = n * 10 + (id.charCodeAt(k) - 48);
  return n - 1;
}

/**
 * Where each paragraph's items begin in the lists of an assembled Analysis: entry p for
 * paragraph p, and one more entry for the end of the list. Kept by the incremental analyzer.
 */
export interface AssemblyMarks {
  sentences: number[];
  quotes: number[];
  attributions: number[];
  credits: number[];
  problems: number[];
  mentions: number[];
  /**
   * 1 for a paragraph whose open quotation, continued without a speaker of its own, falls back
   * on the speaker of the latest continuation anywhere before it (see Assembly.run).
   */
  farContinuation: number[];
  /** 1 for a paragraph whose first quote continues a speaker of the paragraph before. */
  continued: number[];
}

export function emptyMarks(): AssemblyMarks {
  return { sentences: [], quotes: [], attributions: [], credits: [], problems: [], mentions: [], farContinuation: [], continued: [] };
}

/**
 * Span texts shorter than this are copies when sliced (longer ones are views of the text); the
 * copies are mostly the same few words ("said", "told", "officials"), so each is made once.
 */
const SHORT_TEXT = 13;
const SHORT_SLOTS = 4096;
/** Open addressing by a hash of the characters; emptied when half full, so it stays small. */
const shortTexts: (string | undefined)[] = new Array<string | undefined>(SHORT_SLOTS).fill(undefined);
let shortTextCount = 0;

/** text.slice(from, to), the same string each time for a short one. */
function textOf(text: string, from: number, to: number): string {
  const n = to - from;
  if (n >= SHORT_TEXT || n <= 0) return text.slice(from, to);
  let h = n;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  let slot = (h ^ (h >>> 15)) & (SHORT_SLOTS - 1);
  for (;;) {
    const known = shortTexts[slot];
    if (known === undefined) break;
    if (known.length === n) {
      let k = 0;
      while (k < n && known.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === n) return known;
    }
    slot = (slot + 1) & (SHORT_SLOTS - 1);
  }
  const made = text.slice(from, to);
  if (shortTextCount >= SHORT_SLOTS / 2) {
    shortTexts.fill(undefined);
    shortTextCount = 0;
    return made;
  }
  shortTexts[slot] = made;
  shortTextCount++;
  return made;
}

/** The text of the content piece of `att` (made from `local`) at [start, end) in paragraph offsets, if it has one. */
function pieceText(local: LocalAttribution, att: Attribution, start: number, end: number): string | undefined {
  if (local.contentInNextParagraph) return undefined;
  const pieces = local.content;
  for (let c = 0; c < pieces.length; c++) if (pieces[c]!.start === start && pieces[c]!.end === end) return att.content[c]!.text;
  return undefined;
}

/**
 * An empty list to push objects on. A `[]` starts as a list of small integers and changes kind at
 * its first push: every assembly's lists did, and the compiled `add` gave up on each push once, one
 * analysis after another, before it settled. A list made with an object in it and then emptied is
 * a list of objects from the start.
 */
function objectList<T>(): T[] {
  const list = [OBJECT_KIND] as unknown as T[];
  list.length = 0;
  return list;
}
const OBJECT_KIND = {};

/** Scratch list of one paragraph's local → global attribution indices (it only grows). */
let localToGlobal = new Int32Array(64);

/**
 * The items of a run of paragraphs, shifted to document offsets and numbered from the given
 * global indices. Span texts are sliced from `text`, which holds the document from `textBase`
 * on (the whole document, or a copy of just the stretch being assembled).
 */
export class Assembly {
  readonly sentences: Sentence[] = objectList();
  readonly quotes: Quote[] = objectList();
  readonly attributions: Attribution[] = objectList();
  readonly credits: Credit[] = objectList();
  readonly problems: Problem[] = objectList();
  /** Entity mentions in document offsets, in text order. */
  readonly mentions: EntityMention[] = objectList();
  /** Paragraphs that fell back on an earlier paragraph's continuation (see farContinuation). */
  farContinuations = 0;

  readonly #text: string;
  readonly #textBase: number;
  readonly #paragraphs: readonly Paragraph[];
  readonly #results: readonly ParagraphResult[];
  readonly #count: number;
  readonly #attributionBase: number;
  readonly #quoteBase: number;
  readonly #marks: AssemblyMarks | null;
  readonly #ownsResults: boolean;
  /** Unattributed checkable sentences in document offsets: start, end pairs … */
  readonly #unattributedBounds: number[] = [];
  /** … and their reasons. */
  readonly #unattributedReasons: ClaimReason[][] = objectList();

  /**
   * `ownsResults`: the results are the assembly's to take apart (nobody reads them after it),
   * so their mentions are moved to document offsets in place instead of copied.
   */
  constructor(
    text: string,
    textBase: number,
    paragraphs: readonly Paragraph[],
    results: readonly ParagraphResult[],
    count: number,
    attributionBase: number,
    quoteBase: number,
    marks: AssemblyMarks | null,
    ownsResults = false,
  ) {
    this.#text = text;
    this.#textBase = textBase;
    this.#paragraphs = paragraphs;
    this.#results = results;
    this.#count = count;
    this.#attributionBase = attributionBase;
    this.#quoteBase = quoteBase;
    this.#marks = marks;
    this.#ownsResults = ownsResults;
  }

  /** Each attribution's source span, in order (what resolveSources reads): made when asked for, in one list of its exact size. */
  get attributionSources(): (Span | null)[] {
    const atts = this.attributions;
    const out = new Array<Span | null>(atts.length);
    for (let a = 0; a < atts.length; a++) out[a] = atts[a]!.source;
    return out;
  }

  #span(start: number, end: number): Span {
    return { start, end, text: textOf(this.#text, start - this.#textBase, end - this.#textBase) };
  }

  #problem(start: number, end: number, code: Problem['code']): Problem {
    return { start, end, text: textOf(this.#text, start - this.#textBase, end - this.#textBase), code, message: PROBLEM_MESSAGES[code] };
  }

  /**
   * Assembles paragraphs [from, to). Nothing may flow into paragraph `from` from the one before
   * it (an open quotation or a speaker whose content is the next paragraph): the assembly starts
   * with no speaker carried in.
   */
  run(from: number, to: number): void {
    this.#colonSpeaker = -1;
    this.#lastQuoted = -1;
    this.#lastContinuation = -1;
    this.#quotedAtEnd = -1;
    this.#continuations = [];
    this.#mentionsInOrder = true;
    this.#lastMentionStart = this.mentions.length > 0 ? this.mentions[this.mentions.length - 1]!.start : -Infinity;
    for (let p = from; p < to; p++) this.add(p);
    this.end();
  }

  // What flows from one paragraph to the next while assembling (see run):
  /** An attribution whose content is the paragraph being assembled, or -1. */
  #colonSpeaker = -1;
  /** The previous paragraph's last direct/partial attribution, or -1. */
  #lastQuoted = -1;
  /** The speaker of the latest continuation, or -1. */
  #lastContinuation = -1;
  /** The previous paragraph's last attribution when it quotes (or the one a quotation paragraph went on), or -1. */
  #quotedAtEnd = -1;
  /** (quote, attribution, add content 0/1), global indices. */
  #continuations: number[] = [];
  /** Mentions come in text order paragraph by paragraph; they are sorted only if one is not. */
  #mentionsInOrder = true;
  #lastMentionStart = -Infinity;

  /**
   * Assembles paragraph p, the one after the last assembled (the first of a new assembly, or
   * paragraph `from` of run). Reads the results of p and p + 1 only: a caller streaming
   * paragraphs through the assembly may hand p + 1 in just before and drop p just after.
   * `end` finishes the assembly.
   */
  add(p: number): void {
    const paragraphs = this.#paragraphs, results = this.#results, count = this.#count, marks = this.#marks;
    const { attributions, quotes, sentences, credits, mentions, problems } = this;
    const text = this.#text;
    const textBase = this.#textBase;
    const A = this.#attributionBase;
    const Q = this.#quoteBase;
    const continuations = this.#continuations;
    let colonSpeaker = this.#colonSpeaker;
    let lastQuoted = this.#lastQuoted;
    let lastContinuation = this.#lastContinuation;
    const quotedAtEnd = this.#quotedAtEnd;
    if (marks) this.#mark(marks);
    const base = paragraphs[p]!.start;
    const r = results[p]!;
    const ls = r.sentences;
    for (let k = 0; k < ls.length; k++) sentences.push({ start: base + ls[k]!.start, end: base + ls[k]!.end, paragraph: p });
    // local index → global index (an attribution whose content never comes is dropped)
    const las = r.attributions;
    if (localToGlobal.length < las.length) localToGlobal = new Int32Array(las.length * 2);
    const toGlobal = localToGlobal;
    for (let a = 0; a < las.length; a++) {
      const la = las[a]!;
      let content: Span[];
      let kind = la.kind;
      if (la.contentInNextParagraph) {
        if (p + 1 >= count) {
          toGlobal[a] = -1;
          continue;
        }
        const nextParagraph = paragraphs[p + 1]!;
        content = [this.#span(nextParagraph.start, nextParagraph.end)];
        const whole = results[p + 1]!.quotes[0];
        if (whole && whole.start === 0 && whole.end === nextParagraph.end - nextParagraph.start) kind = 'direct';
      } else {
        const lc = la.content;
        if (lc.length === 1) content = [this.#span(base + lc[0]!.start, base + lc[0]!.end)];
        else {
          content = new Array<Span>(lc.length);
          for (let c = 0; c < lc.length; c++) content[c] = this.#span(base + lc[c]!.start, base + lc[c]!.end);
        }
      }
      const g = A + attributions.length;
      toGlobal[a] = g;
      if (la.contentInNextParagraph) colonSpeaker = g;
      const source = la.source ? this.#span(base + la.source.start, base + la.source.end) : null;
      attributions.push({ id: attributionIdAt(g), kind, source, cue: this.#span(base + la.cue.start, base + la.cue.end), content, sourceId: null, parentId: null });
    }
    for (let a = 0; a < las.length; a++) {
      const g = toGlobal[a]!;
      const parent = las[a]!.parent;
      if (g >= 0 && parent >= 0 && parent < las.length && toGlobal[parent]! >= 0) attributions[g - A]!.parentId = attributionIdAt(toGlobal[parent]!);
    }
    const next = p + 1 < count ? results[p + 1]! : undefined;
    const lqs = r.quotes;
    const firstQuote = lqs[0];
    let continuedHere = false;
    if (firstQuote && firstQuote.attribution < 0 && colonSpeaker >= 0 && p > 0 && attributions[colonSpeaker - A]!.content[0]!.start === base) {
      continuations.push(Q + quotes.length, colonSpeaker, 0);
      lastContinuation = colonSpeaker;
      continuedHere = true;
    } else if (firstQuote && firstQuote.continued && firstQuote.attribution < 0 && lastQuoted >= 0) {
      continuations.push(Q + quotes.length, lastQuoted, 1);
      lastContinuation = lastQuoted;
      continuedHere = true;
    }
    // "“A,” she said." then a paragraph that is one closed quotation and nothing else: her words go on
    let quotedHere = -1;
    if (quotedAtEnd >= 0 && !continuedHere && las.length === 0 && firstQuote && firstQuote.attribution < 0 && firstQuote.start === 0 && !firstQuote.unclosed && !firstQuote.continued && firstQuote.end === paragraphs[p]!.end - base) {
      continuations.push(Q + quotes.length, quotedAtEnd, 1);
      quotedHere = quotedAtEnd;
    }
    for (let k = 0; k < lqs.length; k++) {
      const q = lqs[k]!;
      const continuesNext = q.unclosed && next !== undefined && next.opensWithQuote;
      if (q.unclosed && !continuesNext) problems.push(this.#problem(base + q.start, base + q.innerStart, 'unbalanced-quote-open'));
      const g = q.attribution >= 0 && q.attribution < las.length ? toGlobal[q.attribution]! : -1;
      const start = base + q.start;
      const end = base + q.end;
      // a quote that is a whole content piece of its attribution has the piece's text
      const shared = g >= 0 ? pieceText(las[q.attribution]!, attributions[g - A]!, q.start, q.end) : undefined;
      quotes.push({
        start,
        end,
        text: shared ?? textOf(text, start - textBase, end - textBase),
        inner: this.#span(base + q.innerStart, base + q.innerEnd),
        kind: q.kind,
        multiParagraph: continuesNext || q.continued,
        attributionId: g >= 0 ? attributionIdAt(g) : null,
      });
    }
    const lps = r.problems;
    for (let k = 0; k < lps.length; k++) problems.push(this.#problem(base + lps[k]!.start, base + lps[k]!.end, lps[k]!.code));
    lastQuoted = -1;
    let far = 0;
    if (r.carryOut.open) {
      for (let a = las.length - 1; a >= 0; a--) {
        const k = las[a]!.kind;
        if ((k === 'direct' || k === 'partial') && toGlobal[a]! >= 0) {
          lastQuoted = toGlobal[a]!;
          break;
        }
      }
      // a continued quote with no speaker of its own keeps the speaker it continues
      if (lastQuoted < 0 && firstQuote && firstQuote.continued) {
        if (!continuedHere) far = 1;
        if (lastContinuation >= 0) lastQuoted = lastContinuation;
      }
    }
    this.farContinuations += far;
    if (marks) {
      marks.farContinuation.push(far);
      marks.continued.push(continuedHere ? 1 : 0);
    }
    const lcs = r.credits;
    for (let k = 0; k < lcs.length; k++) {
      const c = lcs[k]!;
      const start = base + c.start;
      const end = base + c.end;
      credits.push({ start, end, text: textOf(text, start - textBase, end - textBase), kind: c.kind, name: c.name });
    }
    const lms = r.mentions;
    for (let k = 0; k < lms.length; k++) {
      let m = lms[k]!;
      if (this.#ownsResults) {
        m.start += base;
        m.end += base;
      } else m = shiftMention(m, base);
      if (m.start < this.#lastMentionStart) this.#mentionsInOrder = false;
      this.#lastMentionStart = m.start;
      mentions.push(m);
    }
    // A paragraph that is the content of the speaker before it ("She said:") has no unattributed
    // sentence, nor has the quotation that opens a paragraph and goes on a speaker's words (end
    // ties it to them): those sentences are the speaker's claim.
    const lus = p > 0 && this.#colonSpeaker >= 0 && attributions[this.#colonSpeaker - A]!.content[0]!.start === base ? NO_CLAIMS : r.claims;
    const spokenEnd = continuedHere || quotedHere >= 0 ? firstQuote!.end : -1;
    for (let k = 0; k < lus.length; k++) {
      const c = lus[k]!;
      if (c.start < spokenEnd && c.end > firstQuote!.start) continue;
      this.#unattributedBounds.push(base + c.start);
      this.#unattributedBounds.push(base + c.end);
      this.#unattributedReasons.push(c.reasons);
    }
    this.#colonSpeaker = colonSpeaker;
    this.#lastQuoted = lastQuoted;
    this.#lastContinuation = lastContinuation;
    // (a participle clause with the same speaker may come after the quote: "“A,” she said, pointing to B.")
    let lastLocal = las.length - 1;
    while (lastLocal > 0 && las[lastLocal]!.kind !== 'direct' && las[lastLocal]!.kind !== 'partial' && sameSource(las[lastLocal]!, las[lastLocal - 1]!)) lastLocal--;
    const lastKind = lastLocal >= 0 ? las[lastLocal]!.kind : 'indirect';
    this.#quotedAtEnd = lastLocal < 0 ? quotedHere : (lastKind === 'direct' || lastKind === 'partial') && !las[lastLocal]!.contentInNextParagraph ? toGlobal[lastLocal]! : -1;
  }

  /** Finishes an assembly made paragraph by paragraph with `add`. */
  end(): void {
    const { attributions, quotes } = this;
    const A = this.#attributionBase;
    const Q = this.#quoteBase;
    const continuations = this.#continuations;
    if (this.#marks) this.#mark(this.#marks);
    // the news convention: a quote continued in the next paragraph is the same speaker's
    for (let k = 0; k < continuations.length; k += 3) {
      const quote = quotes[continuations[k]! - Q]!;
      if (quote.attributionId !== null) continue;
      const att = attributions[continuations[k + 1]! - A]!;
      if (continuations[k + 2] === 1) att.content.push(this.#span(quote.start, quote.end));
      quote.attributionId = att.id;
    }
    sortInOrder(this.problems, byStart);
    if (!this.#mentionsInOrder) sortInOrder(this.mentions, byStart);
  }

  #mark(marks: AssemblyMarks): void {
    marks.sentences.push(this.sentences.length);
    marks.quotes.push(this.quotes.length);
    marks.attributions.push(this.attributions.length);
    marks.credits.push(this.credits.length);
    marks.problems.push(this.problems.length);
    marks.mentions.push(this.mentions.length);
  }

  /**
   * The claims of the assembled paragraphs, in text order, numbered from `claimBase`:
   * attribution contents (with the attributions' sourceIds as they are now) and unattributed
   * sentences. Each list is put in order on its own, then the two are merged: the same order
   * as a stable sort of the attribution claims followed by the unattributed ones. `sourceIds`,
   * when given, are the attributions' resolved sources: set in the same pass, which saves a pass
   * over thousands of attributions that are no longer in the processor's caches.
   */
  claims(claimBase: number, sourceIds: readonly (string | null)[] | null = null): Claim[] {
    const atts = this.attributions;
    // one claim per attribution with content (every one but one whose content never came): the
    // list is made for all of them and cut to size, rather than counted in a pass of its own
    const attributed: Claim[] = new Array<Claim>(atts.length);
    let made = 0;
    for (let a = 0; a < atts.length; a++) {
      const att = atts[a]!;
      if (sourceIds !== null) att.sourceId = sourceIds[a] ?? null;
      const content = att.content;
      if (content.length === 0) continue;
      // one piece: the claim's text is the piece's
      const span = content.length === 1 ? { start: content[0]!.start, end: content[0]!.end, text: content[0]!.text } : this.#span(content[0]!.start, content[content.length - 1]!.end);
      attributed[made++] = { id: '', kind: att.kind, span, attributionId: att.id, sourceId: att.sourceId };
    }
    if (made < attributed.length) attributed.length = made;
    const bounds = this.#unattributedBounds;
    const reasons = this.#unattributedReasons;
    const standalone: Claim[] = new Array<Claim>(reasons.length);
    for (let k = 0; k < reasons.length; k++) {
      standalone[k] = { id: '', kind: 'unattributed', span: this.#span(bounds[2 * k]!, bounds[2 * k + 1]!), attributionId: null, sourceId: null, reasons: reasons[k]! };
    }
    sortInOrder(attributed, bySpan);
    sortInOrder(standalone, bySpan);
    const claims: Claim[] = new Array<Claim>(attributed.length + standalone.length);
    for (let i = 0, x = 0, y = 0; i < claims.length; i++) {
      const c = y >= standalone.length || (x < attributed.length && bySpan(attributed[x]!, standalone[y]!) <= 0) ? attributed[x++]! : standalone[y++]!;
      c.id = claimIdAt(claimBase + i);
      claims[i] = c;
    }
    return claims;
  }
}

/** Shift, number and link the paragraph results into one Analysis. */
export function assembleAnalysis(text: string, paragraphs: Paragraph[], results: ParagraphResult[], options: AnalyzeOptions = {}): Analysis {
  const count = Math.min(paragraphs.length, results.length);
  const own: Paragraph[] = new Array<Paragraph>(count);
  for (let p = 0; p < count; p++) own[p] = { start: paragraphs[p]!.start, end: paragraphs[p]!.end };
  return assembleOwned(text, own, results, options, null).analysis;
}

/**
 * assembleAnalysis for a caller that hands over its paragraph list: the Analysis keeps it
 * (and its objects) as its `paragraphs`. `marks`, when given, receives where each paragraph's
 * items begin. Also returns the document's mentions in text order, for the incremental analyzer.
 * With `resolve` false the sources are left empty and the attributions' source ids unset, for a
 * caller that resolves coreference itself.
 */
export function assembleOwned(
  text: string,
  paragraphs: Paragraph[],
  results: readonly ParagraphResult[],
  options: AnalyzeOptions,
  marks: AssemblyMarks | null,
  resolve = true,
): { analysis: Analysis; assembly: Assembly } {
  const count = Math.min(paragraphs.length, results.length);
  if (paragraphs.length > count) paragraphs.length = count;
  const assembly = new Assembly(text, 0, paragraphs, results, count, 0, 0, marks);
  assembly.run(0, count);
  return { analysis: finishAnalysis(text, paragraphs, assembly, options, resolve), assembly };
}

/**
 * The Analysis of a whole text, each paragraph analysed and then assembled in turn. A
 * paragraph's result is let go as soon as it is assembled (its successor's is all the assembly
 * reads ahead), so the objects a paragraph's analysis makes and the Analysis does not keep die
 * young instead of being kept (and copied by the collector) until the whole text is analysed.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions): Analysis {
  const paragraphs = splitParagraphs(text);
  const count = paragraphs.length;
  const results: ParagraphResult[] = new Array<ParagraphResult>(count);
  const assembly = new Assembly(text, 0, paragraphs, results, count, 0, 0, null, true);
  // The paragraphs' mentions are lent (see lendMentions): the Analysis keeps none of them, and
  // they are given back once coreference has read them. Coreference's own mentions are not lent.
  try {
    lendMentions(true);
    streamParagraphs(text, paragraphs, results, assembly, options);
    lendMentions(false);
    assembly.end();
    return finishAnalysis(text, paragraphs, assembly, options);
  } finally {
    returnMentions();
  }
}

/**
 * Analyses the paragraphs in turn, assembling each once its successor's result is in. The loop
 * is the whole function and ends by returning: the engine compiles the loop while it runs, and
 * code after it would have been run too rarely to compile well (it left the compiled loop on
 * every analysis).
 */
function streamParagraphs(text: string, paragraphs: readonly Paragraph[], results: ParagraphResult[], assembly: Assembly, options: AnalyzeOptions): void {
  const count = paragraphs.length;
  let carry = NO_CARRY;
  // the assembly reads two results at a time (see Assembly.add): two records, taking turns
  const even = emptyResult(false);
  const odd = emptyResult(false);
  for (let p = 0; p <= count; p++) {
    if (p < count) {
      const paragraph = paragraphs[p]!;
      const r = analyzeParagraph(text.slice(paragraph.start, paragraph.end), carry, options, text, paragraph.start, (p & 1) === 0 ? even : odd);
      results[p] = r;
      carry = r.carryOut;
    }
    if (p > 0) {
      assembly.add(p - 1);
      results[p - 1] = ASSEMBLED;
    }
  }
}

/** Stands in for a paragraph result that has been assembled and let go. */
const ASSEMBLED: ParagraphResult = emptyResult(false);

/** The Analysis of an assembled document: its sources resolved and its claims listed. */
function finishAnalysis(text: string, paragraphs: Paragraph[], assembly: Assembly, options: AnalyzeOptions, resolve = true): Analysis {
  let sources: Analysis['sources'] = [];
  // the attributions' source ids, set while the claims are listed
  let ids: (string | null)[] | null = null;
  if (resolve) {
    try {
      const resolved = resolveSources(text, assembly.mentions, assembly.attributionSources, options);
      sources = resolved.sources;
      ids = resolved.attributionSourceIds;
    } catch {
      sources = [];
    }
  }
  const claims = assembly.claims(0, ids);
  return {
    length: text.length,
    paragraphs,
    sentences: assembly.sentences,
    quotes: assembly.quotes,
    attributions: assembly.attributions,
    sources,
    claims,
    credits: assembly.credits,
    problems: assembly.problems,
  };
}
