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
  /**
   * The word's number in the table of words tokenisation has seen: the same for every occurrence
   * of the same characters as written (both tokens of a split contraction carry the whole word's),
   * never reused for other characters (see firstWordNumber); -1 for marks and over-long words.
   */
  word: number;
}

// Character classes of ASCII, looked up instead of compared: the tokenizer asks them of every character.
const SPACE = 1;
const LETTER = 2;
const DIGIT = 4;
/** May join the characters around it into one word ("don't", "well-known", "U.S", "3.5"). */
const JOINER = 8;
const ASCII_CLASS = new Uint8Array(128);
for (const c of [32, 9, 10, 13, 11, 12]) ASCII_CLASS[c] = SPACE;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = LETTER;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LETTER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (const c of [39, 44, 45, 46, 58]) ASCII_CLASS[c] = JOINER;

export function isSpaceCode(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === SPACE;
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters of any script (a pragmatic test: ASCII letters plus non-punctuation above Latin-1). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === LETTER;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c === 0xfeff || c === 0xfffd) return false;
  return true;
}

/** Letter or digit, any script (the characters a word is made of). */
function isWordCode(c: number): boolean {
  if (c < 128) return (ASCII_CLASS[c]! & (LETTER | DIGIT)) !== 0;
  return isLetterCode(c);
}

export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

const MAX_LOWERED_WORD = 40;

const CONTRACTION_TAILS: ReadonlySet<string> = new Set(['s', 're', 've', 'll', 'd']);

const PRONOUNS_WITH_CONTRACTIONS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'that', 'there']);

// While a word is scanned its last eight characters are packed seven bits each into two numbers
// (`high`, `low`): for an ASCII word of up to eight characters the pair and the length are the word
// itself, so a hit needs no comparison of characters.
const SEVEN_CHARS = 0xfffffff;
const PACKED_MAX = 8;

/** Flags of a word too long to be lowered (its lower case is empty). */
const LONG_WORD_FLAGS = WORD_FLAGS.get('') ?? 0;

/*
 * The words tokenisation has seen, each with what it makes of them. A word's tokens depend only on
 * its characters as written (apart from whether it is capitalised, which is read from the text every time), so each
 * occurrence after the first costs a hash probe (and, for a long or non-ASCII word, a comparison of
 * characters) instead of a slice, a lowercasing and a lexicon lookup. Open addressing over typed
 * arrays; the table is a bounded vocabulary that starts afresh once it holds MAX_KNOWN words, and it
 * keeps copies of the words so it never holds a document alive.
 */
const MAX_KNOWN = 1 << 16;
/** Token.word of the table's word 0: grows by MAX_KNOWN each time the table starts afresh. */
let knownBase = 0;
const INITIAL_SLOTS = 1 << 12;
/**
 * Four numbers per slot, side by side so that a probe reads one stretch of memory: 1 + the word's
 * number (0: empty), its packed characters (high, low), and where it is written
 * (`at << 8 | ascii << 7 | exact << 6 | length`; exact: the packed characters are the whole word).
 */
let slots = new Int32Array(INITIAL_SLOTS * 4);
let slotMask = INITIAL_SLOTS - 1;
/** A word's first slot is the top bits of its hash: 32 - log2(number of slots). */
let slotShift = 32 - Math.log2(INITIAL_SLOTS);
/** The words as written, one after another. */
let knownChars = new Uint16Array(INITIAL_SLOTS * 8);
let knownCharsUsed = 0;
// Per word, by number: its token(s).
let knownCount = 0;
let knownKind = new Uint8Array(INITIAL_SLOTS / 2);
let knownFlags = new Int32Array(INITIAL_SLOTS / 2);
const knownLower: string[] = [];
/** > 0 when a pronoun contraction is split ("He’s" → "he" + "’s"): the length of the pronoun. */
let knownSplit = new Uint8Array(INITIAL_SLOTS / 2);
/** The contraction's tail ("’s") and its flags, for split words. */
const knownTail: string[] = [];
let knownTailFlags = new Int32Array(INITIAL_SLOTS / 2);

function wordFlags(lower: string): number {
  return WORD_FLAGS.get(lower) ?? 0;
}

/**
 * A copy of `text` that does not keep the article it was sliced from alive. A slice of 13
 * characters or more shares its parent's memory, so a table that outlives one analysis must
 * keep copies: a table of words or a cache of names would otherwise hold every version of the document.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function grown<T extends Int32Array | Uint8Array | Uint16Array>(a: T, size: number, used: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a.subarray(0, used));
  return b;
}

function placeInSlots(word: number, hash: number, high: number, low: number, where: number): void {
  let s = hash >>> slotShift;
  while (slots[s * 4] !== 0) s = (s + 1) & slotMask;
  const at = s * 4;
  slots[at] = word + 1;
  slots[at + 1] = high;
  slots[at + 2] = low;
  slots[at + 3] = where;
}

/**
 * Where in the slots to look for a word, from its packed characters, length and first character:
 * a multiplicative hash, whose top bits pick the slot. Two independent products and a sum: the
 * probe waits on the hash of every word, so it is kept short.
 */
function wordHash(high: number, low: number, length: number, first: number): number {
  return (Math.imul(low, 0x9e3779b1) + Math.imul(high ^ (first << 8) ^ length, 0x85ebca6b)) | 0;
}

/** Work out the tokens of text[start, end) and remember them; returns the word's number. */
function learnWord(text: string, start: number, end: number, hash: number, high: number, low: number, ascii: boolean, exact: boolean, allDigits: boolean, hasUpper: boolean, apostrophe: number): number {
  if (knownCount >= MAX_KNOWN) {
    knownCount = 0;
    knownBase += MAX_KNOWN;
    knownCharsUsed = 0;
    knownLower.length = 0;
    knownTail.length = 0;
    slots.fill(0);
  } else if (knownCount * 2 >= slotMask + 1) {
    // twice the slots; each word's place is worked out again from its packed characters,
    // length and first character
    const old = slots;
    const size = (slotMask + 1) * 2;
    slots = new Int32Array(size * 4);
    slotMask = size - 1;
    slotShift--;
    for (let at = 0; at < old.length; at += 4) {
      const w = old[at]!;
      if (w === 0) continue;
      const high = old[at + 1]!;
      const low = old[at + 2]!;
      const where = old[at + 3]!;
      placeInSlots(w - 1, wordHash(high, low, where & 63, knownChars[where >> 8]!), high, low, where);
    }
  }
  if (knownCount === knownKind.length) {
    const size = knownCount * 2;
    knownKind = grown(knownKind, size, knownCount);
    knownFlags = grown(knownFlags, size, knownCount);
    knownSplit = grown(knownSplit, size, knownCount);
    knownTailFlags = grown(knownTailFlags, size, knownCount);
  }
  const length = end - start;
  if (knownCharsUsed + length > knownChars.length) knownChars = grown(knownChars, knownChars.length * 2, knownCharsUsed);
  const at = knownCharsUsed;
  for (let k = 0; k < length; k++) knownChars[at + k] = text.charCodeAt(start + k);
  knownCharsUsed += length;

  const raw = text.slice(start, end);
  // only what the scan saw as uppercase or non-ASCII is lowered ("then-Senator" stays as it is)
  const lower = detached(hasUpper ? raw.toLowerCase() : raw);
  const w = knownCount++;
  const where = (at << 8) | (ascii ? 128 : 0) | (exact ? 64 : 0) | length;
  knownKind[w] = allDigits ? TokenKind.Number : TokenKind.Word;
  knownFlags[w] = allDigits ? 0 : wordFlags(lower);
  knownLower[w] = lower;
  knownSplit[w] = 0;
  knownTail[w] = '';
  knownTailFlags[w] = 0;
  // "He’s claiming", "they’re saying": the pronoun and the auxiliary are two tokens
  const apo = apostrophe > start && end - apostrophe <= 3 ? apostrophe - start : -1;
  if (apo > 0 && PRONOUNS_WITH_CONTRACTIONS.has(lower.slice(0, apo)) && CONTRACTION_TAILS.has(lower.slice(apo + 1))) {
    knownKind[w] = TokenKind.Word;
    knownLower[w] = lower.slice(0, apo);
    knownFlags[w] = wordFlags(knownLower[w]!);
    knownSplit[w] = apo;
    knownTail[w] = lower.slice(apo);
    knownTailFlags[w] = wordFlags(knownTail[w]!);
  }
  placeInSlots(w, hash, high, low, where);
  return w;
}

/** The number of the known word written at text[start, end), or -1. */
function findWord(text: string, start: number, end: number, hash: number, high: number, low: number, ascii: boolean, exact: boolean): number {
  // an exact word matches only an exact word of the same length and characters; an ASCII word's
  // last eight characters are its packed ones, so only the characters before them are compared
  const key = (ascii ? 128 : 0) | (exact ? 64 : 0) | (end - start);
  const compareEnd = ascii ? end - PACKED_MAX : end;
  let s = hash >>> slotShift;
  for (;;) {
    const word = slots[s * 4]!;
    if (word === 0) return -1;
    if (slots[s * 4 + 2] === low && slots[s * 4 + 1] === high) {
      const where = slots[s * 4 + 3]!;
      if ((where & 255) === key) {
        if (exact) return word - 1;
        const at = (where >> 8) - start;
        let k = start;
        while (k < compareEnd && knownChars[at + k] === text.charCodeAt(k)) k++;
        if (k >= compareEnd) return word - 1;
      }
    }
    s = (s + 1) & slotMask;
  }
}

// Token objects are recycled between paragraphs: analysis of one paragraph never keeps them.
const pooledStore: Token[] = [];
const pooledList: Token[] = [];

// The text of a punctuation token, made once per mark: a lone mark below U+2070 (ASCII, Latin-1
// and general punctuation such as “ ” — ’), or a short run of one ASCII mark ("--", "...", "``").
const LONE_MARKS_CACHED = 0x2070;
const RUNS_CACHED = 16;
const loneMarks: (string | undefined)[] = new Array<string | undefined>(LONE_MARKS_CACHED).fill(undefined);
const markRuns: (string | undefined)[] = new Array<string | undefined>(128 * RUNS_CACHED).fill(undefined);

function markText(text: string, start: number, end: number, c: number): string {
  const length = end - start;
  if (length === 1 && c < LONE_MARKS_CACHED) return (loneMarks[c] ??= detached(text.slice(start, end)));
  // every multi-character mark below U+0080 is a run of its first character
  if (c < 128 && length < RUNS_CACHED) return (markRuns[c * RUNS_CACHED + length] ??= detached(text.slice(start, end)));
  return text.slice(start, end);
}

/**
 * The smallest Token.word of a word the table still knows: a number below it belonged to a word the
 * table has since forgotten (a cache kept by word number must start afresh when this changes).
 */
export function firstWordNumber(): number {
  return knownBase;
}

/**
 * Where the pooled tokens were read: the text of the last tokenize call with `reuse` (a whole
 * document, in an analysis) and where their offsets count from. A pass that reads characters around
 * the tokens reads them there rather than in the paragraph's slice, whose characters cost more to
 * read. forgetTokenizedText lets the text go, so a finished analysis does not keep it alive.
 */
export const tokenizedIn: { tokens: Token[] | null; text: string; from: number } = { tokens: null, text: '', from: 0 };

export function forgetTokenizedText(): void {
  tokenizedIn.tokens = null;
  tokenizedIn.text = '';
}

/**
 * Put token number `count` into `tokens` (which holds at least `count` tokens); with `reuse`, a
 * token object of the pool is filled in. The pooled list keeps its length between paragraphs and
 * is cut to size at the end, so its storage is not released and regrown for every paragraph.
 */
function push(tokens: Token[], count: number, reuse: boolean, start: number, end: number, kind: TokenKind, lower: string, upper: boolean, quote: QuoteShape, flags: number, word: number): void {
  const t = reuse ? pooledStore[count] : undefined;
  if (t === undefined) {
    const made: Token = { start, end, kind, lower, upper, quote, flags, word };
    if (reuse) pooledStore.push(made);
    if (count < tokens.length) tokens[count] = made;
    else tokens.push(made);
    return;
  }
  t.start = start;
  t.end = end;
  t.kind = kind;
  t.lower = lower;
  t.upper = upper;
  t.quote = quote;
  t.flags = flags;
  t.word = word;
  // the pooled list holds the pool's token number `count` at `count` already
  if (count === tokens.length) tokens.push(t);
}

/**
 * Do the three apostrophes at text[i, i + 3) close a single-quoted quote inside a quote written
 * with two apostrophes ("''They say 'enough,''' she said")? They do when they follow what they
 * close (not a space, not the paragraph start) and nothing of a word follows them: then they are
 * the inner quote's closing mark and the outer pair. At an opening position (after a space,
 * before a letter) they are read as written, the outer pair first.
 */
function closesInnerQuote(text: string, from: number, i: number, n: number): boolean {
  if (i <= from || isSpaceCode(text.charCodeAt(i - 1))) return false;
  if (i + 3 >= n) return true;
  const after = text.charCodeAt(i + 3);
  return after !== 39 && !isWordCode(after);
}

/**
 * Is the double mark at text[i] the inch mark of a height or length written in feet and inches
 * ("6’2”", "5'11\"")? Then it is no quotation mark: a quote that says "he's like 6’2”," still
 * closes at the mark after the comma.
 */
function isInchMark(text: string, from: number, i: number): boolean {
  let k = i - 1;
  if (k < from || !isDigitCode(text.charCodeAt(k))) return false;
  k--;
  if (k >= from && isDigitCode(text.charCodeAt(k))) k--; // two digits of inches
  return k - 1 >= from && isApostrophe(text.charCodeAt(k)) && isDigitCode(text.charCodeAt(k - 1));
}

/**
 * Tokenise `text` (one paragraph), or the paragraph text[from, to) of a document with offsets
 * from `from`: the same tokens as for text.slice(from, to), read without the slice, whose
 * characters cost more to read than the document's. Linear. With `reuse`, the returned array
 * and its tokens are recycled by the next call (use only while analysing this paragraph).
 */
export function tokenize(text: string, reuse = false, from = 0, to = text.length): Token[] {
  const tokens = reuse ? pooledList : [];
  let count = 0;
  const n = to;
  let i = from;
  /** Nothing but spaces (and line markers) since the paragraph or line began. */
  let lineStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c]! : isSpaceCode(c) ? SPACE : isLetterCode(c) ? LETTER : 0;
    if (cls === SPACE) {
      if (c === 10) lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      // Markdown's marks at a line's start are no part of what the line says: a blockquote's ">"
      // (nested "> >" too) and a list item's "-", "*", "+" or "•" before a space
      if (c === 62 || ((c === 45 || c === 42 || c === 43 || c === 0x2022) && i + 1 < n && isSpaceCode(text.charCodeAt(i + 1)))) {
        lineStart = c === 62;
        i++;
        continue;
      }
    }
    const start = i;
    if ((cls & (LETTER | DIGIT)) !== 0) {
      let allDigits = cls === DIGIT;
      let hasUpper = !(c >= 97 && c <= 122) && !allDigits;
      let apostrophe = -1;
      // letters since the last internal period are i - segmentStart (initialisms: U.S, a.m)
      let segmentStart = start;
      let high = 0;
      let low = c;
      let wide = c >= 128; // a character that does not fit in seven bits
      // 1 when the word stops at a space (most do): the next look at the text can skip it
      let spaceAfter = 0;
      i++;
      while (i < n) {
        let d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          // a run of lowercase letters: the common case
          allDigits = false;
          do {
            high = ((high << 7) | (low >>> 21)) & SEVEN_CHARS;
            low = ((low << 7) | d) & SEVEN_CHARS;
            i++;
            if (i === n) break;
            d = text.charCodeAt(i);
          } while (d >= 97 && d <= 122);
          if (i === n) break;
        }
        if (d === 32) {
          spaceAfter = 1;
          break;
        }
        if (isWordCode(d)) {
          high = ((high << 7) | (low >>> 21)) & SEVEN_CHARS;
          low = ((low << 7) | d) & SEVEN_CHARS;
          if (d >= 128) wide = true;
          if (!isDigitCode(d)) {
            allDigits = false;
            hasUpper = true; // uppercase or non-ASCII: lowercase it properly
          }
          i++;
          continue;
        }
        // what else may continue a word: apostrophes, hyphens, periods and separators in numbers
        if (i + 1 < n && (d < 128 ? ASCII_CLASS[d] === JOINER : d === 0x2019 || d === 0x2010 || d === 0x2011)) {
          const next = text.charCodeAt(i + 1);
          const prev = text.charCodeAt(i - 1);
          // the packing after taking both `d` and `next`
          const high2 = ((high << 14) | (low >>> 14)) & SEVEN_CHARS;
          const low2 = ((low << 14) | ((d & 127) << 7) | next) & SEVEN_CHARS;
          const wide2 = wide || d >= 128 || next >= 128;
          // the letter after the joiner is taken without the loop's look at its case ("then-Senator")
          const nextUpper = !(next >= 97 && next <= 122) && !isDigitCode(next);
          if (isApostrophe(d) && isLetterCode(next) && isLetterCode(prev)) {
            apostrophe = i;
            if (d !== 39 || nextUpper) hasUpper = true;
            high = high2;
            low = low2;
            wide = wide2;
            i += 2;
            segmentStart += 1; // the apostrophe does not count as a letter
            continue;
          }
          if (isHyphen(d) && (isLetterCode(next) || isDigitCode(next)) && !isHyphen(prev)) {
            allDigits = allDigits && isDigitCode(next);
            if (nextUpper) hasUpper = true;
            high = high2;
            low = low2;
            wide = wide2;
            i += 2;
            segmentStart = i - 1;
            continue;
          }
          if (d === 46 && i - segmentStart <= 2 && isLetterCode(next) && isLetterCode(prev) && !allDigits) {
            // initialisms: U.S, D.C, a.m (the final period stays a separate token)
            if (nextUpper) hasUpper = true;
            high = high2;
            low = low2;
            wide = wide2;
            i += 2;
            segmentStart = i - 1;
            continue;
          }
          if ((d === 46 || d === 44 || d === 58) && isDigitCode(next) && isDigitCode(prev)) {
            high = high2;
            low = low2;
            wide = wide2;
            i += 2;
            segmentStart += 2; // separators in a number are not letters
            continue;
          }
        }
        break;
      }
      const upper = isUpperCode(c);
      if (i - start > MAX_LOWERED_WORD) {
        push(tokens, count++, reuse, start - from, i - from, allDigits ? TokenKind.Number : TokenKind.Word, '', upper, QuoteShape.None, allDigits ? 0 : LONG_WORD_FLAGS, -1);
        i += spaceAfter;
        continue;
      }
      const exact = !wide && i - start <= PACKED_MAX;
      const hash = wordHash(high, low, i - start, c);
      let word = findWord(text, start, i, hash, high, low, !wide, exact);
      if (word < 0) word = learnWord(text, start, i, hash, high, low, !wide, exact, allDigits, hasUpper, apostrophe);
      const split = knownSplit[word]!;
      const number = knownBase + word;
      if (split > 0) {
        push(tokens, count++, reuse, start - from, start + split - from, TokenKind.Word, knownLower[word]!, upper, QuoteShape.None, knownFlags[word]!, number);
        push(tokens, count++, reuse, start + split - from, i - from, TokenKind.Word, knownTail[word]!, false, QuoteShape.None, knownTailFlags[word]!, number);
      } else {
        push(tokens, count++, reuse, start - from, i - from, knownKind[word]!, knownLower[word]!, upper, QuoteShape.None, knownFlags[word]!, number);
      }
      i += spaceAfter;
      continue;
    }
    // punctuation and quotation marks
    let end = i + 1;
    let kind = TokenKind.Punct;
    let shape = QuoteShape.None;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === 34) {
      if (!isInchMark(text, from, i)) {
        kind = TokenKind.Quote;
        shape = QuoteShape.Straight;
      }
    } else if (c === 0x201c || c === 0x201e || c === 0xab) {
      kind = TokenKind.Quote;
      shape = QuoteShape.Open;
    } else if (c === 0x201d || c === 0xbb) {
      if (c === 0xbb || !isInchMark(text, from, i)) {
        kind = TokenKind.Quote;
        shape = QuoteShape.Close;
      }
    } else if (c === 96 && next === 96) {
      kind = TokenKind.Quote;
      shape = QuoteShape.Open;
      end = i + 2;
    } else if (c === 39 && next === 39) {
      // two apostrophes: some newsrooms write both opening and closing quotes this way
      if (i + 2 < n && text.charCodeAt(i + 2) === 39 && closesInnerQuote(text, from, i, n)) {
        // ",''' said": the inner quote's closing apostrophe comes first, the outer pair after it
      } else {
        kind = TokenKind.Quote;
        shape = QuoteShape.Straight;
        end = i + 2;
      }
    } else if (c === 45 && next === 45) {
      end = i + 2;
      while (end < n && text.charCodeAt(end) === 45) end++;
    } else if (c === 46 && next === 46) {
      end = i + 2;
      while (end < n && text.charCodeAt(end) === 46) end++;
    } else if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      end = i + 2; // keep a surrogate pair whole
    }
    push(tokens, count++, reuse, start - from, end - from, kind, markText(text, start, end, c), false, shape, 0, -1);
    // a space after a lone mark (", ", ". ") was read with it: step over it
    i = end === i + 1 && next === 32 ? end + 1 : end;
  }
  while (tokens.length > count) tokens.pop(); // cheaper than setting the length, a call into the runtime
  if (reuse) {
    tokenizedIn.tokens = tokens;
    tokenizedIn.text = text;
    tokenizedIn.from = from;
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
