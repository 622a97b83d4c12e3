import { WORD_FLAGS } from './lexicon/flags';

// Characters and tokens: the lowest layer of the engine. One linear pass over a paragraph
// turns it into word, number, punctuation and quotation-mark tokens with exact UTF-16 offsets.

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
  Quote = 4,
}

/** Which way a quotation mark points, as written (straight marks are decided later). */
export const enum QuoteShape {
  None = 0,
  Open = 1,
  Close = 2,
  Straight = 3,
}

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Lowercased text for words and numbers; the mark itself for punctuation. */
  lower: string;
  /** Word starts with an uppercase letter. */
  upper: boolean;
  quote: QuoteShape;
  /** Lexicon classes of a word (see WordFlag); 0 for other tokens. */
  flags: number;
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters of any script (a pragmatic test: ASCII letters plus non-punctuation above Latin-1). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c === 0xfeff || c === 0xfffd) return false;
  return true;
}

export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

const MAX_LOWERED_WORD = 40;

const CONTRACTION_TAILS: ReadonlySet<string> = new Set(['s', 're', 've', 'll', 'd']);

const PRONOUNS_WITH_CONTRACTIONS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'that', 'there']);

// Token objects are recycled between paragraphs: analysis of one paragraph never keeps them.
const pooledStore: Token[] = [];
const pooledList: Token[] = [];
const PUNCT_STRINGS: (string | undefined)[] = [];
for (let c = 0; c < 128; c++) PUNCT_STRINGS.push(String.fromCharCode(c));

function pushFresh(tokens: Token[], start: number, end: number, kind: TokenKind, lower: string, upper: boolean, quote: QuoteShape): void {
  const flags = kind === TokenKind.Word ? WORD_FLAGS.get(lower) ?? 0 : 0;
  tokens.push({ start, end, kind, lower, upper, quote, flags });
}

function pushPooled(tokens: Token[], start: number, end: number, kind: TokenKind, lower: string, upper: boolean, quote: QuoteShape): void {
  const flags = kind === TokenKind.Word ? WORD_FLAGS.get(lower) ?? 0 : 0;
  const t = pooledStore[tokens.length];
  if (t === undefined) {
    const fresh = { start, end, kind, lower, upper, quote, flags };
    pooledStore.push(fresh);
    tokens.push(fresh);
    return;
  }
  t.start = start;
  t.end = end;
  t.kind = kind;
  t.lower = lower;
  t.upper = upper;
  t.quote = quote;
  t.flags = flags;
  tokens.push(t);
}

/**
 * Tokenise `text` (one paragraph). Linear. With `reuse`, the returned array and its tokens are
 * recycled by the next call (use only while analysing this paragraph).
 */
export function tokenize(text: string, reuse = false): Token[] {
  const tokens = reuse ? pooledList : [];
  tokens.length = 0;
  const push = reuse ? pushPooled : pushFresh;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetterCode(c) || isDigitCode(c)) {
      let allDigits = isDigitCode(c);
      let hasUpper = !(c >= 97 && c <= 122) && !allDigits;
      let apostrophe = -1;
      let segment = 1; // letters since the last internal period (initialisms: U.S, a.m)
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          allDigits = false;
          segment++;
          i++;
          continue;
        }
        if (isLetterCode(d) || isDigitCode(d)) {
          if (!isDigitCode(d)) {
            allDigits = false;
            hasUpper = true; // uppercase or non-ASCII: lowercase it properly
          }
          segment++;
          i++;
          continue;
        }
        if (i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          const prev = text.charCodeAt(i - 1);
          if (isApostrophe(d) && isLetterCode(next) && isLetterCode(prev)) {
            apostrophe = i;
            if (d !== 39) hasUpper = true;
            i += 2;
            segment += 1;
            continue;
          }
          if (isHyphen(d) && (isLetterCode(next) || isDigitCode(next)) && !isHyphen(prev)) {
            allDigits = allDigits && isDigitCode(next);
            i += 2;
            segment = 1;
            continue;
          }
          if (d === 46 && segment <= 2 && isLetterCode(next) && isLetterCode(prev) && !allDigits) {
            // initialisms: U.S, D.C, a.m (the final period stays a separate token)
            i += 2;
            segment = 1;
            continue;
          }
          if ((d === 46 || d === 44 || d === 58) && isDigitCode(next) && isDigitCode(prev)) {
            i += 2;
            continue;
          }
        }
        break;
      }
      const len = i - start;
      const raw = len <= MAX_LOWERED_WORD ? text.slice(start, i) : '';
      const lower = hasUpper ? raw.toLowerCase() : raw;
      // "He’s claiming", "they’re saying": the pronoun and the auxiliary are two tokens
      const apo = apostrophe > start && i - apostrophe <= 3 && len <= MAX_LOWERED_WORD ? apostrophe - start : -1;
      if (apo > 0 && PRONOUNS_WITH_CONTRACTIONS.has(lower.slice(0, apo)) && CONTRACTION_TAILS.has(lower.slice(apo + 1))) {
        push(tokens, start, start + apo, TokenKind.Word, lower.slice(0, apo), isUpperCode(c), QuoteShape.None);
        push(tokens, start + apo, i, TokenKind.Word, lower.slice(apo), false, QuoteShape.None);
        continue;
      }
      push(tokens, start, i, allDigits ? TokenKind.Number : TokenKind.Word, lower, isUpperCode(c), QuoteShape.None);
      continue;
    }
    // punctuation and quotation marks
    let end = i + 1;
    let kind = TokenKind.Punct;
    let shape = QuoteShape.None;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === 34) {
      kind = TokenKind.Quote;
      shape = QuoteShape.Straight;
    } else if (c === 0x201c || c === 0x201e || c === 0xab) {
      kind = TokenKind.Quote;
      shape = QuoteShape.Open;
    } else if (c === 0x201d || c === 0xbb) {
      kind = TokenKind.Quote;
      shape = QuoteShape.Close;
    } else if (c === 96 && next === 96) {
      kind = TokenKind.Quote;
      shape = QuoteShape.Open;
      end = i + 2;
    } else if (c === 39 && next === 39) {
      // two apostrophes: some newsrooms write both opening and closing quotes this way
      kind = TokenKind.Quote;
      shape = QuoteShape.Straight;
      end = i + 2;
    } else if (c === 45 && next === 45) {
      end = i + 2;
      while (end < n && text.charCodeAt(end) === 45) end++;
    } else if (c === 46 && next === 46) {
      end = i + 2;
      while (end < n && text.charCodeAt(end) === 46) end++;
    } else if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      end = i + 2; // keep a surrogate pair whole
    }
    push(tokens, start, end, kind, end - start === 1 ? PUNCT_STRINGS[c] ?? text.slice(start, end) : text.slice(start, end), false, shape);
    i = end;
  }
  return tokens;
}

// Scratch integer buffers, grown on demand and reused between paragraphs (typed arrays are
// costly to create one per paragraph). Each slot serves one purpose at a time.
const scratchBuffers: Int32Array[] = [new Int32Array(256), new Int32Array(256), new Int32Array(256)];

/** A scratch buffer of at least `size` entries, filled with `value` over [0, size). */
export function scratch(slot: 0 | 1 | 2, size: number, value: number): Int32Array {
  let buf = scratchBuffers[slot]!;
  if (buf.length < size) {
    let len = buf.length;
    while (len < size) len *= 2;
    buf = new Int32Array(len);
    scratchBuffers[slot] = buf;
  }
  buf.fill(value, 0, size);
  return buf;
}
