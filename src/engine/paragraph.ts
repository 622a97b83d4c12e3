// Paragraph-local analysis and the assembly of a whole-document Analysis from it.
// `analyzeParagraph` depends only on (paragraph text, quote carry-in, options), so the
// incremental analyzer can cache it by paragraph content; `assembleAnalysis` costs time in
// proportion to the number of items found, never to the length of the text.
import { sortInOrder } from './order';
import { findAttributions, cueLexiconFor, type LocalAttribution, type LocalSpan } from './attributions';
import { checkableReasons, type LocalClaim } from './claims';
import { findCredits, type LocalCredit } from './credits';
import { scanQuotes, type LocalQuoteProblem } from './quotes';
import { splitSentences } from './sentences';
import { findEntityMentions, resolveSources, shiftMention, type EntityMention } from './sources/index';
import { isSpaceCode, scratch, tokenize } from './text';
import type {
  Analysis,
  AnalyzeOptions,
  Attribution,
  Claim,
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

export interface LocalQuote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  kind: QuoteKind;
  /** Still open at the paragraph end (no closing mark in this paragraph). */
  unclosed: boolean;
  /** Opens the paragraph while a quotation was carried in: a multi-paragraph continuation. */
  continued: boolean;
  /** Local index of the attribution covering this quote, or -1. */
  attribution: number;
}

/** Everything found in one paragraph; offsets are relative to the paragraph start. */
export interface ParagraphResult {
  sentences: LocalSpan[];
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

/** Analyse one paragraph on its own. Never throws. */
export function analyzeParagraph(paragraphText: string, carryIn: QuoteCarry, options: AnalyzeOptions = {}): ParagraphResult {
  try {
    return analyzeParagraphUnsafe(paragraphText, carryIn, options);
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

function analyzeParagraphUnsafe(text: string, carryIn: QuoteCarry, options: AnalyzeOptions): ParagraphResult {
  const tokens = tokenize(text, true);
  const scan = scanQuotes(text, tokens, carryIn.open);
  const closing = scratch(0, tokens.length, 0);
  for (const q of scan.quotes) if (q.closeToken >= 0) closing[q.closeToken] = 1;
  const tokenSentences = splitSentences(text, tokens, closing);
  const credits = findCredits(text, tokens);
  // a dateline ("SEOUL, May 20 (Yonhap) --") is not part of the first sentence
  let dateline: LocalCredit | undefined;
  for (const c of credits) {
    if (c.kind === 'dateline') {
      dateline = c;
      break;
    }
  }
  const firstSentence = tokenSentences[0];
  let datelineSplit = false;
  if (dateline && firstSentence) {
    let d = firstSentence.first;
    while (d < firstSentence.last && tokens[d]!.start < dateline.end) d++;
    if (d > firstSentence.first && d < firstSentence.last) {
      tokenSentences.splice(
        0,
        1,
        { first: firstSentence.first, last: d, start: firstSentence.start, end: tokens[d - 1]!.end },
        { first: d, last: firstSentence.last, start: tokens[d]!.start, end: firstSentence.end },
      );
      datelineSplit = true;
    }
  }
  const sentences: LocalSpan[] = [];
  for (const s of tokenSentences) sentences.push({ start: s.start, end: s.end });
  const lexicon = cueLexiconFor(options.cueVerbs);
  const attributions = findAttributions(text, tokens, datelineSplit ? tokenSentences.slice(1) : tokenSentences, scan.quotes, lexicon);

  // quotes: kind and covering attribution (innermost content piece containing the quote)
  const quotes: LocalQuote[] = [];
  const pieceCount = collectPieces(attributions);
  let pi = 0;
  let activeCount = 0;
  for (const q of scan.quotes) {
    while (pi < pieceCount && pieceSpans[pieceOrder[pi]!]!.start <= q.start) activePieces[activeCount++] = pieceOrder[pi++]!;
    let best = -1;
    let bestSize = Infinity;
    let w = 0;
    for (let k = 0; k < activeCount; k++) {
      const piece = activePieces[k]!;
      const p = pieceSpans[piece]!;
      if (p.end < q.start) continue; // finished: drop
      activePieces[w++] = piece;
      if (p.end >= q.end && p.end - p.start < bestSize) {
        bestSize = p.end - p.start;
        best = pieceOwners[piece]!;
      }
    }
    activeCount = w;
    const words = countWords(text, q.innerStart, q.innerEnd);
    let kind: QuoteKind;
    if (best >= 0) {
      const att = attributions[best]!;
      let whole = false;
      for (const p of att.content) {
        if (p.start === q.start && p.end === q.end) {
          whole = true;
          break;
        }
      }
      kind = whole || att.kind === 'direct' || looksLikeFullQuote(text, q.start, q.innerStart, q.innerEnd, words) ? 'full' : 'partial';
    } else {
      kind = looksLikeFullQuote(text, q.start, q.innerStart, q.innerEnd, words) ? 'full' : words <= 4 ? 'scare' : 'partial';
    }
    quotes.push({
      start: q.start,
      end: q.end,
      innerStart: q.innerStart,
      innerEnd: q.innerEnd,
      kind,
      unclosed: q.closeToken < 0,
      continued: q.continued,
      attribution: best,
    });
  }
  pieceSpans.length = 0;
  // partial attributions: the innermost attribution holding a partial quote; an attribution
  // marked partial that holds no quote at all is indirect
  if (attributions.length > 0) {
    if (quotedMarks.length < attributions.length) quotedMarks = new Uint8Array(attributions.length * 2);
    const quoted = quotedMarks;
    quoted.fill(0, 0, attributions.length);
    for (const q of quotes) {
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

  // unattributed checkable sentences
  const claims: LocalClaim[] = [];
  const covered: LocalSpan[] = [];
  for (const att of attributions) {
    for (const p of att.content) covered.push(p);
    covered.push(att.cue);
  }
  sortInOrder(covered, byStart);
  let ci = 0;
  for (const s of tokenSentences) {
    while (ci < covered.length && covered[ci]!.end <= s.start) ci++;
    let overlapped = false;
    for (let k = ci; k < covered.length && covered[k]!.start < s.end; k++) {
      if (covered[k]!.end > s.start) {
        overlapped = true;
        break;
      }
    }
    if (overlapped) continue;
    if (credits.length > 0 && insideCredit(credits, s.start, s.end)) continue;
    const reasons = checkableReasons(tokens, s.first, s.last);
    if (reasons.length > 0) claims.push({ start: s.start, end: trimSentenceEnd(text, s.start, s.end), reasons });
  }

  let mentions: EntityMention[] = [];
  try {
    mentions = findEntityMentions(text, sentences, tokens);
  } catch {
    mentions = [];
  }
  return {
    sentences,
    quotes,
    attributions,
    credits,
    problems: scan.problems,
    mentions,
    claims,
    opensWithQuote: scan.opensWithQuote,
    carryOut: { open: scan.openAtEnd },
  };
}

// Scratch lists for the content pieces of one paragraph's attributions (reused paragraph to paragraph).
const pieceSpans: LocalSpan[] = [];
const pieceOwners: number[] = [];
const pieceOrder: number[] = [];
const activePieces: number[] = [];
/** Per attribution of one paragraph: 1 when a quote is attributed to it. */
let quotedMarks = new Uint8Array(64);

function byPieceStartLongestFirst(x: number, y: number): number {
  const a = pieceSpans[x]!;
  const b = pieceSpans[y]!;
  return a.start - b.start || b.end - a.end;
}

/** Lists the attributions' content pieces in order of start, longest first; returns how many. */
function collectPieces(attributions: readonly LocalAttribution[]): number {
  pieceSpans.length = 0;
  pieceOwners.length = 0;
  pieceOrder.length = 0;
  for (let a = 0; a < attributions.length; a++) {
    for (const p of attributions[a]!.content) {
      pieceOrder.push(pieceSpans.length);
      pieceSpans.push(p);
      pieceOwners.push(a);
    }
  }
  sortInOrder(pieceOrder, byPieceStartLongestFirst);
  return pieceOrder.length;
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

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  const limit = Math.min(end, start + 400);
  for (let i = start; i < limit; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return end > limit ? words + 100 : words;
}

/** A full quotation reads as a sentence: enough words and an uppercase start or final punctuation. */
function looksLikeFullQuote(text: string, quoteStart: number, innerStart: number, innerEnd: number, words: number): boolean {
  if (words >= 8) return true;
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

/** Scratch list of one paragraph's local → global attribution indices. */
const localToGlobal: number[] = [];

/**
 * The items of a run of paragraphs, shifted to document offsets and numbered from the given
 * global indices. Span texts are sliced from `text`, which holds the document from `textBase`
 * on (the whole document, or a copy of just the stretch being assembled).
 */
export class Assembly {
  readonly sentences: Sentence[] = [];
  readonly quotes: Quote[] = [];
  readonly attributions: Attribution[] = [];
  /** Each attribution's source span, in order (what resolveSources reads). */
  readonly attributionSources: (Span | null)[] = [];
  readonly credits: Credit[] = [];
  readonly problems: Problem[] = [];
  /** Entity mentions in document offsets, in text order. */
  readonly mentions: EntityMention[] = [];
  /** Unattributed checkable sentences, in document offsets. */
  readonly unattributed: LocalClaim[] = [];
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

  constructor(
    text: string,
    textBase: number,
    paragraphs: readonly Paragraph[],
    results: readonly ParagraphResult[],
    count: number,
    attributionBase: number,
    quoteBase: number,
    marks: AssemblyMarks | null,
  ) {
    this.#text = text;
    this.#textBase = textBase;
    this.#paragraphs = paragraphs;
    this.#results = results;
    this.#count = count;
    this.#attributionBase = attributionBase;
    this.#quoteBase = quoteBase;
    this.#marks = marks;
  }

  #span(start: number, end: number): Span {
    return { start, end, text: this.#text.slice(start - this.#textBase, end - this.#textBase) };
  }

  #problem(start: number, end: number, code: Problem['code']): Problem {
    return { start, end, text: this.#text.slice(start - this.#textBase, end - this.#textBase), code, message: PROBLEM_MESSAGES[code] };
  }

  /**
   * Assembles paragraphs [from, to). Nothing may flow into paragraph `from` from the one before
   * it (an open quotation or a speaker whose content is the next paragraph): the assembly starts
   * with no speaker carried in.
   */
  run(from: number, to: number): void {
    const paragraphs = this.#paragraphs, results = this.#results, count = this.#count, marks = this.#marks;
    const { attributions, quotes } = this;
    const A = this.#attributionBase;
    const Q = this.#quoteBase;
    let colonSpeaker = -1; // an attribution whose content is the paragraph being assembled
    let lastQuoted = -1; // the previous paragraph's last direct/partial attribution
    let lastContinuation = -1; // the speaker of the latest continuation, or -1
    const continuations: number[] = []; // (quote, attribution, add content 0/1), global indices
    for (let p = from; p < to; p++) {
      if (marks) this.#mark(marks);
      const base = paragraphs[p]!.start;
      const r = results[p]!;
      for (const s of r.sentences) this.sentences.push({ start: base + s.start, end: base + s.end, paragraph: p });
      // local index → global index (an attribution whose content never comes is dropped)
      const las = r.attributions;
      localToGlobal.length = 0;
      for (let a = 0; a < las.length; a++) {
        const la = las[a]!;
        let content: Span[];
        let kind = la.kind;
        if (la.contentInNextParagraph) {
          if (p + 1 >= count) {
            localToGlobal.push(-1);
            continue;
          }
          const nextParagraph = paragraphs[p + 1]!;
          content = [this.#span(nextParagraph.start, nextParagraph.end)];
          const whole = results[p + 1]!.quotes[0];
          if (whole && whole.start === 0 && whole.end === nextParagraph.end - nextParagraph.start) kind = 'direct';
        } else {
          content = [];
          for (const c of la.content) content.push(this.#span(base + c.start, base + c.end));
        }
        const g = A + attributions.length;
        localToGlobal.push(g);
        if (la.contentInNextParagraph) colonSpeaker = g;
        const source = la.source ? this.#span(base + la.source.start, base + la.source.end) : null;
        attributions.push({ id: attributionIdAt(g), kind, source, cue: this.#span(base + la.cue.start, base + la.cue.end), content, sourceId: null, parentId: null });
        this.attributionSources.push(source);
      }
      for (let a = 0; a < las.length; a++) {
        const g = localToGlobal[a]!;
        const parent = las[a]!.parent;
        if (g >= 0 && parent >= 0 && localToGlobal[parent]! >= 0) attributions[g - A]!.parentId = attributionIdAt(localToGlobal[parent]!);
      }
      const next = p + 1 < count ? results[p + 1]! : undefined;
      const firstQuote = r.quotes[0];
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
      for (const q of r.quotes) {
        const continuesNext = q.unclosed && next !== undefined && next.opensWithQuote;
        if (q.unclosed && !continuesNext) this.problems.push(this.#problem(base + q.start, base + q.innerStart, 'unbalanced-quote-open'));
        const g = q.attribution >= 0 ? (localToGlobal[q.attribution] ?? -1) : -1;
        const start = base + q.start;
        const end = base + q.end;
        quotes.push({
          start,
          end,
          text: this.#text.slice(start - this.#textBase, end - this.#textBase),
          inner: this.#span(base + q.innerStart, base + q.innerEnd),
          kind: q.kind,
          multiParagraph: continuesNext || q.continued,
          attributionId: g >= 0 ? attributionIdAt(g) : null,
        });
      }
      for (const pr of r.problems) this.problems.push(this.#problem(base + pr.start, base + pr.end, pr.code));
      lastQuoted = -1;
      let far = 0;
      if (r.carryOut.open) {
        for (let a = las.length - 1; a >= 0; a--) {
          const k = las[a]!.kind;
          if ((k === 'direct' || k === 'partial') && localToGlobal[a]! >= 0) {
            lastQuoted = localToGlobal[a]!;
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
      for (const c of r.credits) {
        const start = base + c.start;
        const end = base + c.end;
        this.credits.push({ start, end, text: this.#text.slice(start - this.#textBase, end - this.#textBase), kind: c.kind, name: c.name });
      }
      for (const m of r.mentions) this.mentions.push(shiftMention(m, base));
      for (const c of r.claims) this.unattributed.push({ start: base + c.start, end: base + c.end, reasons: c.reasons });
    }
    if (marks) this.#mark(marks);
    // the news convention: a quote continued in the next paragraph is the same speaker's
    for (let k = 0; k < continuations.length; k += 3) {
      const quote = quotes[continuations[k]! - Q]!;
      if (quote.attributionId !== null) continue;
      const att = attributions[continuations[k + 1]! - A]!;
      if (continuations[k + 2] === 1) att.content.push(this.#span(quote.start, quote.end));
      quote.attributionId = att.id;
    }
    sortInOrder(this.problems, byStart);
    sortInOrder(this.mentions, byStart);
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
   * as a stable sort of the attribution claims followed by the unattributed ones.
   */
  claims(claimBase: number): Claim[] {
    const attributed: Claim[] = [];
    for (const a of this.attributions) {
      const content = a.content;
      if (content.length === 0) continue;
      attributed.push({ id: '', kind: a.kind, span: this.#span(content[0]!.start, content[content.length - 1]!.end), attributionId: a.id, sourceId: a.sourceId });
    }
    const standalone: Claim[] = [];
    for (const u of this.unattributed) {
      standalone.push({ id: '', kind: 'unattributed', span: this.#span(u.start, u.end), attributionId: null, sourceId: null, reasons: u.reasons });
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
 */
export function assembleOwned(
  text: string,
  paragraphs: Paragraph[],
  results: readonly ParagraphResult[],
  options: AnalyzeOptions,
  marks: AssemblyMarks | null,
): { analysis: Analysis; assembly: Assembly } {
  const count = Math.min(paragraphs.length, results.length);
  if (paragraphs.length > count) paragraphs.length = count;
  const assembly = new Assembly(text, 0, paragraphs, results, count, 0, 0, marks);
  assembly.run(0, count);
  const attributions = assembly.attributions;
  let sources: Analysis['sources'] = [];
  try {
    const resolved = resolveSources(text, assembly.mentions, assembly.attributionSources, options);
    sources = resolved.sources;
    const ids = resolved.attributionSourceIds;
    for (let a = 0; a < attributions.length; a++) attributions[a]!.sourceId = ids[a] ?? null;
  } catch {
    sources = [];
  }
  const analysis: Analysis = {
    length: text.length,
    paragraphs,
    sentences: assembly.sentences,
    quotes: assembly.quotes,
    attributions,
    sources,
    claims: assembly.claims(0),
    credits: assembly.credits,
    problems: assembly.problems,
  };
  return { analysis, assembly };
}
