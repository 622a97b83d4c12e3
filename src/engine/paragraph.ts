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
  const dateline = credits.find((c) => c.kind === 'dateline');
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
  const pieces: { start: number; end: number; a: number }[] = [];
  for (let a = 0; a < attributions.length; a++) {
    for (const p of attributions[a]!.content) pieces.push({ start: p.start, end: p.end, a });
  }
  sortInOrder(pieces, byStartLongestFirst);
  const active: { start: number; end: number; a: number }[] = [];
  let pi = 0;
  for (const q of scan.quotes) {
    while (pi < pieces.length && pieces[pi]!.start <= q.start) active.push(pieces[pi++]!);
    let best = -1;
    let bestSize = Infinity;
    let w = 0;
    for (let k = 0; k < active.length; k++) {
      const p = active[k]!;
      if (p.end < q.start) continue; // finished: drop
      active[w++] = p;
      if (p.end >= q.end && p.end - p.start < bestSize) {
        bestSize = p.end - p.start;
        best = p.a;
      }
    }
    active.length = w;
    const words = countWords(text, q.innerStart, q.innerEnd);
    let kind: QuoteKind;
    if (best >= 0) {
      const att = attributions[best]!;
      const whole = att.content.some((p) => p.start === q.start && (p.end === q.end || p.end === q.end - 0));
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
  // partial attributions: the innermost attribution holding a partial quote
  for (const q of quotes) {
    if (q.attribution >= 0 && q.kind === 'partial') {
      const att = attributions[q.attribution]!;
      if (att.kind === 'indirect') att.kind = 'partial';
    }
  }
  for (const att of attributions) {
    if (att.kind === 'partial' && !quotes.some((q) => q.attribution >= 0 && attributions[q.attribution] === att)) att.kind = 'indirect';
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
    if (credits.length > 0 && credits.some((c) => c.start <= s.start && c.end >= s.end)) continue;
    const reasons = checkableReasons(tokens, s.first, s.last);
    if (reasons.length > 0) claims.push({ start: s.start, end: trimSentenceEnd(text, s.start, s.end), reasons });
  }

  let mentions: EntityMention[] = [];
  try {
    mentions = findEntityMentions(text, sentences);
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

function byStart(x: { start: number }, y: { start: number }): number {
  return x.start - y.start;
}

function byStartLongestFirst(x: { start: number; end: number }, y: { start: number; end: number }): number {
  return x.start - y.start || y.end - x.end;
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

function problem(text: string, start: number, end: number, code: Problem['code']): Problem {
  return { start, end, text: text.slice(start, end), code, message: PROBLEM_MESSAGES[code] };
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shift, number and link the paragraph results into one Analysis. */
export function assembleAnalysis(text: string, paragraphs: Paragraph[], results: ParagraphResult[], options: AnalyzeOptions = {}): Analysis {
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];
  const credits: Credit[] = [];
  const problems: Problem[] = [];
  const mentions: EntityMention[] = [];
  const unattributed: { start: number; end: number; reasons: LocalClaim['reasons'] }[] = [];
  const quoteAttribution: number[] = [];
  const continuations: { quote: number; attribution: number; addContent: boolean }[] = [];
  let colonSpeaker = -1; // an attribution whose content is the paragraph being assembled
  const localToGlobal: number[] = [];
  let lastQuotedAttribution = -1; // the previous paragraph's last direct/partial attribution
  const count = Math.min(paragraphs.length, results.length);
  for (let p = 0; p < count; p++) {
    const base = paragraphs[p]!.start;
    const r = results[p]!;
    for (const s of r.sentences) sentences.push({ start: base + s.start, end: base + s.end, paragraph: p });
    // local index → global index (an attribution whose content never comes is dropped)
    localToGlobal.length = 0;
    for (let a = 0; a < r.attributions.length; a++) {
      const la = r.attributions[a]!;
      let content: Span[];
      let kind = la.kind;
      if (la.contentInNextParagraph) {
        const nextParagraph = p + 1 < count ? paragraphs[p + 1]! : undefined;
        if (!nextParagraph) {
          localToGlobal.push(-1);
          continue;
        }
        content = [span(text, nextParagraph.start, nextParagraph.end)];
        const nextResult = results[p + 1]!;
        const whole = nextResult.quotes[0];
        if (whole && whole.start === 0 && whole.end === nextParagraph.end - nextParagraph.start) kind = 'direct';
      } else {
        content = [];
        for (const c of la.content) content.push(span(text, base + c.start, base + c.end));
      }
      localToGlobal.push(attributions.length);
      if (la.contentInNextParagraph) colonSpeaker = attributions.length;
      attributions.push({
        id: `a${attributions.length + 1}`,
        kind,
        source: la.source ? span(text, base + la.source.start, base + la.source.end) : null,
        cue: span(text, base + la.cue.start, base + la.cue.end),
        content,
        sourceId: null,
        parentId: null,
      });
    }
    for (let a = 0; a < r.attributions.length; a++) {
      const g = localToGlobal[a]!;
      const parent = r.attributions[a]!.parent;
      if (g >= 0 && parent >= 0 && localToGlobal[parent]! >= 0) attributions[g]!.parentId = attributions[localToGlobal[parent]!]!.id;
    }
    const next = p + 1 < count ? results[p + 1]! : undefined;
    const firstQuote = r.quotes[0];
    if (firstQuote && firstQuote.attribution < 0 && colonSpeaker >= 0 && p > 0 && attributions[colonSpeaker]!.content[0]!.start === base) {
      continuations.push({ quote: quotes.length, attribution: colonSpeaker, addContent: false });
    } else if (firstQuote && firstQuote.continued && firstQuote.attribution < 0 && lastQuotedAttribution >= 0) {
      continuations.push({ quote: quotes.length, attribution: lastQuotedAttribution, addContent: true });
    }
    for (const q of r.quotes) {
      const continuesNext = q.unclosed && next !== undefined && next.opensWithQuote;
      if (q.unclosed && !continuesNext) {
        problems.push(problem(text, base + q.start, base + q.innerStart, 'unbalanced-quote-open'));
      }
      quotes.push({
        start: base + q.start,
        end: base + q.end,
        text: text.slice(base + q.start, base + q.end),
        inner: span(text, base + q.innerStart, base + q.innerEnd),
        kind: q.kind,
        multiParagraph: continuesNext || q.continued,
        attributionId: null,
      });
      quoteAttribution.push(q.attribution >= 0 ? localToGlobal[q.attribution] ?? -1 : -1);
    }
    for (const pr of r.problems) {
      problems.push(problem(text, base + pr.start, base + pr.end, pr.code));
    }
    lastQuotedAttribution = -1;
    if (r.carryOut.open) {
      for (let a = r.attributions.length - 1; a >= 0; a--) {
        const k = r.attributions[a]!.kind;
        if ((k === 'direct' || k === 'partial') && localToGlobal[a]! >= 0) {
          lastQuotedAttribution = localToGlobal[a]!;
          break;
        }
      }
      // a continued quote with no speaker of its own keeps the speaker it continues
      if (lastQuotedAttribution < 0 && continuations.length > 0 && firstQuote && firstQuote.continued) {
        lastQuotedAttribution = continuations[continuations.length - 1]!.attribution;
      }
    }
    for (const c of r.credits) credits.push({ start: base + c.start, end: base + c.end, text: text.slice(base + c.start, base + c.end), kind: c.kind, name: c.name });
    for (const m of r.mentions) mentions.push(shiftMention(m, base));
    for (const c of r.claims) unattributed.push({ start: base + c.start, end: base + c.end, reasons: c.reasons });
  }
  for (let q = 0; q < quotes.length; q++) {
    const a = quoteAttribution[q]!;
    if (a >= 0) quotes[q]!.attributionId = attributions[a]!.id;
  }
  // the news convention: a quote continued in the next paragraph is the same speaker's
  for (const c of continuations) {
    const quote = quotes[c.quote]!;
    const att = attributions[c.attribution]!;
    if (quote.attributionId !== null) continue;
    if (c.addContent) att.content.push(span(text, quote.start, quote.end));
    quote.attributionId = att.id;
  }
  sortInOrder(problems, byStart);

  // sources
  let sources: Analysis['sources'] = [];
  try {
    sortInOrder(mentions, byStart);
    const resolved = resolveSources(text, mentions, attributions.map((a) => a.source), options);
    sources = resolved.sources;
    for (let a = 0; a < attributions.length; a++) attributions[a]!.sourceId = resolved.attributionSourceIds[a] ?? null;
  } catch {
    sources = [];
  }

  // claims: attribution contents and unattributed sentences, in text order
  // (each list is put in order on its own, then the two are merged: the same order as a stable
  // sort of the attribution claims followed by the unattributed ones, without sorting them all)
  const attributed: Claim[] = [];
  for (const a of attributions) {
    const first = a.content[0];
    const last = a.content[a.content.length - 1];
    if (!first || !last) continue;
    attributed.push({ id: '', kind: a.kind, span: span(text, first.start, last.end), attributionId: a.id, sourceId: a.sourceId });
  }
  const standalone: Claim[] = [];
  for (const u of unattributed) {
    standalone.push({ id: '', kind: 'unattributed', span: span(text, u.start, u.end), attributionId: null, sourceId: null, reasons: u.reasons });
  }
  sortInOrder(attributed, bySpan);
  sortInOrder(standalone, bySpan);
  const claims: Claim[] = new Array<Claim>(attributed.length + standalone.length);
  for (let i = 0, x = 0, y = 0; i < claims.length; i++) {
    const c = y >= standalone.length || (x < attributed.length && bySpan(attributed[x]!, standalone[y]!) <= 0) ? attributed[x++]! : standalone[y++]!;
    c.id = `c${i + 1}`;
    claims[i] = c;
  }

  return {
    length: text.length,
    paragraphs: paragraphs.slice(0, count).map((p) => ({ start: p.start, end: p.end })),
    sentences,
    quotes,
    attributions,
    sources,
    claims,
    credits,
    problems,
  };
}
