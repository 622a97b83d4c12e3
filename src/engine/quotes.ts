// Quotation marks: pair opening and closing marks within one paragraph. Straight marks are
// decided by their neighbours; a quote still open at the paragraph's end is reported to the
// assembler, which applies the news convention (it continues if the next paragraph opens
// with a quotation mark, otherwise it is unbalanced).
import { isLetterCode, isSpaceCode, QuoteShape, TokenKind, type Token } from './text';
import type { QuoteKind } from './types';

/**
 * A quote of one paragraph. The scan finds its marks; the paragraph analysis then settles its kind
 * and attribution on the same object (a paragraph's quotes are made once, not copied into another list).
 */
export interface QuoteRange {
  /** Token index of the opening mark. */
  openToken: number;
  /** Token index of the closing mark, or -1 when the quote is still open at paragraph end. */
  closeToken: number;
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** Opened at the paragraph start while a quote was carried in from the previous paragraph. */
  continued: boolean;
  /** Still open at the paragraph end (no closing mark in this paragraph). */
  unclosed: boolean;
  /** Set by the paragraph analysis ('full' until then). */
  kind: QuoteKind;
  /** Local index of the attribution covering this quote, or -1 (set by the paragraph analysis). */
  attribution: number;
}

export interface LocalQuoteProblem {
  start: number;
  end: number;
  code: 'unbalanced-quote-open' | 'unbalanced-quote-close';
}

export interface QuoteScan {
  quotes: QuoteRange[];
  problems: LocalQuoteProblem[];
  /** True when the paragraph ends inside a quotation. */
  openAtEnd: boolean;
  /** True when the first token of the paragraph is an opening quotation mark. */
  opensWithQuote: boolean;
}

function isWordChar(c: number): boolean {
  return c >= 0 && !isSpaceCode(c) && !isPunctLike(c);
}

function isPunctLike(c: number): boolean {
  return (
    c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 ||
    c === 0x2014 || c === 0x2013 || c === 45 || c === 34 || c === 0x201d || c === 0x201c || c === 39 ||
    c === 0x2019
  );
}

/** The quote opened by its opening token and closed by its closing token (-1: open at paragraph end). */
function quoteRange(tokens: Token[], openToken: number, closeToken: number, carriedIn: boolean): QuoteRange {
  const o = tokens[openToken]!;
  const c = closeToken >= 0 ? tokens[closeToken]! : undefined;
  const lastEnd = tokens.length > 0 ? tokens[tokens.length - 1]!.end : o.end;
  return {
    openToken,
    closeToken,
    start: o.start,
    end: c ? c.end : lastEnd,
    innerStart: o.end,
    innerEnd: c ? c.start : lastEnd,
    continued: carriedIn && openToken === 0,
    unclosed: closeToken < 0,
    kind: 'full',
    attribution: -1,
  };
}

/** What singleQuote returns when the mark closed the single quote opened at `pairedOpen`. */
const PAIRED = -2;
let pairedOpen = -1;

/**
 * Single quotation marks outside double quotes: headlines and some newsrooms quote with them
 * ("Mayor sees ‘hope’ for the plant", "Union chief: 'We will not back down.'"). An opening mark
 * follows a space, the start or a bracket or dash and comes before a letter; a closing mark comes
 * after something and before no letter or digit, so apostrophes in and before words ("the '90s",
 * "rock 'n' roll", "the voters’ choice" with no quote open) stay what they are. A pair must hold a
 * word of two letters or more; its marks become quotation-mark tokens. Returns the token of the
 * open mark waiting for its close (-1: none), or PAIRED (with `pairedOpen` set) when mark `k` closed one.
 */
function singleQuote(text: string, tokens: Token[], k: number, c: number, open: number): number {
  const t = tokens[k]!;
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : -1;
  const after = t.end < text.length ? text.charCodeAt(t.end) : -1;
  if (open >= 0 && c !== 0x2018 && before >= 0 && !isSpaceCode(before) && (after < 0 || !(isLetterCode(after) || (after >= 48 && after <= 57)))) {
    let word = false;
    for (let m = open + 1; m < k && !word; m++) word = tokens[m]!.kind === TokenKind.Word && tokens[m]!.end - tokens[m]!.start >= 2;
    if (!word) return -1;
    const o = tokens[open]!;
    o.kind = TokenKind.Quote;
    o.quote = QuoteShape.Open;
    t.kind = TokenKind.Quote;
    t.quote = QuoteShape.Close;
    pairedOpen = open;
    return PAIRED;
  }
  if (c !== 0x2019 && (before < 0 || isSpaceCode(before) || before === 40 || before === 0x2014 || before === 91) && after >= 0 && isLetterCode(after)) return k;
  return open;
}

/**
 * Pairs the quotation marks of one paragraph. The record returned is the same one each call,
 * overwritten by the next: read it before scanning another paragraph (its lists are the caller's
 * to keep). Most paragraphs have no quotes or problems: their lists are shared empty ones.
 */
export function scanQuotes(text: string, tokens: Token[], carriedIn: boolean): QuoteScan {
  // each quote's marks are noted as two numbers first, then the quotes are made into a list of
  // exactly their number (at most one quote per token)
  if (foundMarks.length < tokens.length * 2 + 2) foundMarks = new Int32Array(tokens.length * 4 + 4);
  const found = foundMarks;
  let count = 0;
  let problems: LocalQuoteProblem[] | null = null;
  let openIndex = -1;
  // A second opening mark while a quote is open, and the mark that closed it: the outer quote may
  // still close after them ("“He called it “a mess” and left,” she said"), see below.
  let innerOpen = -1;
  let innerClose = -1;
  const opensWithQuote = tokens.length > 0 && tokens[0]!.kind === TokenKind.Quote && tokens[0]!.quote !== QuoteShape.Close;
  // a single opening mark outside double quotes, waiting for its closing mark
  let singleOpen = -1;
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    // words and numbers are no quotation marks: passed over in a loop of their own (most tokens are words)
    while (k < n && (tokens[k]!.kind === TokenKind.Word || tokens[k]!.kind === TokenKind.Number)) k++;
    if (k >= n) break;
    const t = tokens[k]!;
    if (t.kind !== TokenKind.Quote) {
      if (t.kind === TokenKind.Punct && openIndex < 0 && t.end - t.start === 1) {
        const c = text.charCodeAt(t.start);
        if (c === 0x2018 || c === 0x2019 || c === 39) {
          singleOpen = singleQuote(text, tokens, k, c, singleOpen);
          if (singleOpen === PAIRED) {
            found[2 * count] = pairedOpen;
            found[2 * count + 1] = k;
            count++;
            singleOpen = -1;
          }
        }
      }
      continue;
    }
    singleOpen = -1;
    const before = t.start > 0 ? text.charCodeAt(t.start - 1) : -1;
    const after = t.end < text.length ? text.charCodeAt(t.end) : -1;
    const looksOpening = (before < 0 || isSpaceCode(before) || before === 40 || before === 0x2014 || before === 91) && after >= 0 && !isSpaceCode(after);
    const looksClosing = before >= 0 && !isSpaceCode(before) && (after < 0 || !isWordChar(after));
    // is a quote open, as read without nesting (after an inner close, the outer one waits)
    const isOpen = openIndex >= 0 && innerClose < 0;
    let shape = t.quote;
    if (shape === QuoteShape.Straight) shape = isOpen ? (looksOpening && !looksClosing ? QuoteShape.Open : QuoteShape.Close) : looksClosing && !looksOpening ? QuoteShape.Close : QuoteShape.Open;
    else if (shape === QuoteShape.Close && !isOpen && looksOpening && !looksClosing) shape = QuoteShape.Open;
    else if (shape === QuoteShape.Open && isOpen && looksClosing && !looksOpening) shape = QuoteShape.Close;
    if (innerClose >= 0) {
      // the writer nested a quote in a quote with the same marks: a closing mark with nothing
      // open closes the outer quote, which holds the inner one (an opening mark instead: the
      // outer quote never closed, and the inner one stands alone)
      if (shape !== QuoteShape.Open) {
        found[2 * count] = openIndex;
        found[2 * count + 1] = k;
        count++;
        openIndex = innerOpen = innerClose = -1;
        continue;
      }
      const o = tokens[openIndex]!;
      (problems ??= []).push({ start: o.start, end: o.end, code: 'unbalanced-quote-open' });
      found[2 * count] = innerOpen;
      found[2 * count + 1] = innerClose;
      count++;
      openIndex = innerOpen = innerClose = -1;
    }
    if (shape === QuoteShape.Open) {
      if (openIndex >= 0) {
        if (innerOpen < 0) {
          innerOpen = k;
          continue;
        }
        // a third opening mark: the first one never closed, and the second may hold this one
        const o = tokens[openIndex]!;
        (problems ??= []).push({ start: o.start, end: o.end, code: 'unbalanced-quote-open' });
        openIndex = innerOpen;
        innerOpen = k;
        continue;
      }
      openIndex = k;
    } else if (innerOpen >= 0) {
      innerClose = k;
    } else if (openIndex >= 0) {
      found[2 * count] = openIndex;
      found[2 * count + 1] = k;
      count++;
      openIndex = -1;
    } else {
      (problems ??= []).push({ start: t.start, end: t.end, code: 'unbalanced-quote-close' });
    }
  }
  if (innerOpen >= 0) {
    // the paragraph ended before the outer quote closed: read without nesting
    const o = tokens[openIndex]!;
    (problems ??= []).push({ start: o.start, end: o.end, code: 'unbalanced-quote-open' });
    if (innerClose >= 0) {
      found[2 * count] = innerOpen;
      found[2 * count + 1] = innerClose;
      count++;
      openIndex = -1;
    } else {
      openIndex = innerOpen;
    }
  }
  const openAtEnd = openIndex >= 0;
  if (openAtEnd) {
    found[2 * count] = openIndex;
    found[2 * count + 1] = -1;
    count++;
  }
  let quotes = NO_QUOTES;
  if (count > 0) {
    quotes = new Array<QuoteRange>(count);
    for (let q = 0; q < count; q++) quotes[q] = quoteRange(tokens, found[2 * q]!, found[2 * q + 1]!, carriedIn);
  }
  const scan = lastScan;
  scan.quotes = quotes;
  scan.problems = problems ?? NO_PROBLEMS;
  scan.openAtEnd = openAtEnd;
  scan.opensWithQuote = opensWithQuote;
  return scan;
}

/** The lists of a paragraph without quotes or problems: shared, never changed. */
const NO_QUOTES: QuoteRange[] = [];
const NO_PROBLEMS: LocalQuoteProblem[] = [];
/** The record scanQuotes fills (see there). */
const lastScan: QuoteScan = { quotes: NO_QUOTES, problems: NO_PROBLEMS, openAtEnd: false, opensWithQuote: false };

/** Scratch list of scanQuotes: the opening and closing token of each quote found, in the order found. */
let foundMarks = new Int32Array(64);
