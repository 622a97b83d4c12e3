// Sentence boundaries over the tokens of one paragraph. News abbreviations ("Feb.", "U.S.",
// "Mr.", initials, decimals) do not end a sentence; a closing quotation mark after terminal
// punctuation belongs to the sentence it closes.
import { SENTENCE_OPENERS } from './lexicon/abbreviations';
import { WordFlag } from './lexicon/flags';
import { QuoteShape, TokenKind, type Token } from './text';

/** A sentence as a token range [first, last) plus its character extent. */
export interface TokenSentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

// Marks are told apart by their character codes: a token's text is compared only when it is longer
// than one character.

/** . ! ? … ... ?! !? */
function isTerminal(t: Token): boolean {
  if (t.kind !== TokenKind.Punct) return false;
  const s = t.lower;
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    return c === 46 || c === 33 || c === 63 || c === 0x2026;
  }
  return s === '...' || s === '?!' || s === '!?';
}

function isClosingAfterTerminal(t: Token, k: number, closing: Int32Array | undefined): boolean {
  if (t.kind === TokenKind.Quote) return closing ? closing[k] === 1 : t.quote !== QuoteShape.Open;
  if (t.kind !== TokenKind.Punct || t.lower.length !== 1) return false;
  const c = t.lower.charCodeAt(0);
  return c === 41 || c === 93 || c === 0x2019 || c === 39; // ) ] ’ '
}

/**
 * Does the period after token `prev` belong to an abbreviation rather than end the sentence?
 * The abbreviation lists are read from the word's flags (a number's are 0, and no abbreviation is one).
 */
function periodIsAbbreviation(prev: Token | undefined, next: Token | undefined): boolean {
  if (!prev || prev.kind === TokenKind.Punct || prev.kind === TokenKind.Quote) return false;
  const w = prev.lower;
  const flags = prev.flags;
  if ((flags & WordFlag.NeverFinalAbbreviation) !== 0) {
    // "No." is a sentence-final "no" unless a number follows
    if (w === 'no' || w === 'p' || w === 'art' || w === 'v') return next !== undefined && next.kind === TokenKind.Number;
    return true;
  }
  const single = prev.end - prev.start === 1 && prev.upper; // initials: "John F. Kennedy"
  if (single || (flags & WordFlag.MaybeFinalAbbreviation) !== 0 || (w.length > 2 && w.indexOf('.') > 0 && w.length <= 9)) {
    if (!next) return false;
    if (next.kind === TokenKind.Word && next.upper && SENTENCE_OPENERS.has(next.lower)) return false;
    if (next.kind === TokenKind.Quote) return false;
    return true;
  }
  return false;
}

/**
 * Split a paragraph's tokens into sentences. Linear. `reuse`, when given, is a list of sentences
 * nobody reads any more (an earlier paragraph's): it is filled in, its objects too, and returned.
 */
export function splitSentences(text: string, tokens: Token[], closing?: Int32Array, reuse?: TokenSentence[]): TokenSentence[] {
  // where each sentence ends is noted as a number first, then the sentences are made into a list of
  // exactly their number (objects kept in a scratch list would each cost a write barrier, a copy
  // and a reset)
  if (sentenceEnds.length <= tokens.length) sentenceEnds = new Int32Array(tokens.length * 2 + 2);
  const ends = sentenceEnds;
  let count = 0;
  const n = tokens.length;
  let first = 0;
  let i = 0;
  while (i < n) {
    // words and numbers end no sentence: passed over in a loop of their own (most tokens are words)
    while (i < n && tokens[i]!.kind !== TokenKind.Punct) i++;
    if (i >= n) break;
    const t = tokens[i]!;
    if (isTerminal(t)) {
      if (t.lower === '.' && periodIsAbbreviation(tokens[i - 1], tokens[i + 1])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && (isTerminal(tokens[j]!) || isClosingAfterTerminal(tokens[j]!, j, closing))) j++;
      const next = tokens[j];
      // "?" he asked — a lowercase word right after the quote continues the sentence
      if (next && next.kind === TokenKind.Word && !next.upper && next.lower !== 'i') {
        const c = text.charCodeAt(next.start);
        if (c >= 97 && c <= 122) {
          i = j;
          continue;
        }
      }
      if (next && next.kind === TokenKind.Punct && (next.lower === ',' || next.lower === ';')) {
        i = j;
        continue;
      }
      ends[count++] = j;
      first = j;
      i = j;
      continue;
    }
    i++;
  }
  if (first < n) ends[count++] = n;
  return sentencesEndingAt(tokens, ends, count, reuse ?? new Array<TokenSentence>(count));
}

/**
 * The `count` sentences that end before the tokens `ends` lists, in `out` (objects already in it
 * are filled in). A function of its own: in splitSentences it kept the engine from compiling the
 * abbreviation test into the scan, which then ran uncompiled.
 */
function sentencesEndingAt(tokens: Token[], ends: Int32Array, count: number, out: TokenSentence[]): TokenSentence[] {
  let from = 0;
  for (let s = 0; s < count; s++) {
    const last = ends[s]!;
    const o = s < out.length ? out[s] : undefined;
    if (o === undefined) out[s] = { first: from, last, start: tokens[from]!.start, end: tokens[last - 1]!.end };
    else {
      o.first = from;
      o.last = last;
      o.start = tokens[from]!.start;
      o.end = tokens[last - 1]!.end;
    }
    from = last;
  }
  while (out.length > count) out.pop();
  return out;
}

/** Scratch list of splitSentences: the token after each sentence (one entry per token at most). */
let sentenceEnds = new Int32Array(256);
