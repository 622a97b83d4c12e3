// Tokens for mention finding: capitalised words, the lower-case words some lexicon knows,
// numbers and possessive "'s"; every other stretch of text is one break token. They are read off
// the paragraph's tokens from text.ts (one tokenisation serves every pass): what the lexicons say
// about a word is worked out once per distinct word, by its number in text.ts's table of words,
// and the tokens are numbers in typed arrays reused from one paragraph to the next.
import {
  ANONYMITY_QUALIFIERS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  BARE_PLURAL_SOURCES,
  DOCUMENT_HEADS,
  ELECTION_MODIFIERS,
  POSSESSED_PEOPLE,
  QUALIFIER_OBJECTS,
  QUANTIFIERS,
} from './lexicon/anonymous';
import {
  CALENDAR_WORDS,
  CHINESE_FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  KOREAN_FAMILY_NAMES,
  MALE_GIVEN_NAMES,
  NOT_NAMES,
  PARTY_WORDS,
  PLACES,
} from './lexicon/names';
import { ORGANIZATION_HEAD_WORDS, ORGANIZATION_ROLE_HEADS, ORGANIZATION_ROLE_MODIFIERS } from './lexicon/organizations';
import { PRONOUNS, type PronounEntry } from './lexicon/pronouns';
import { TITLE_BY_PHRASE, TITLE_MODIFIERS } from './lexicon/titles';
import { detached, NAME_CONNECTORS, ORGANIZATION_SUFFIX_NOUNS, TITLE_FIRST_WORDS, WordBit, wordBits } from './words';
import { words } from '../lexicon/table';
import { firstWordNumber, forgetTokenizedText, TokenKind, tokenize as tokenizeText, tokenizedIn, type Token as TextToken } from '../text';

export { NAME_CONNECTORS, ORGANIZATION_SUFFIX_NOUNS } from './words';

/*
 * The tokens of the paragraph being read, side by side in typed arrays (token i is at index i of
 * each), written over from paragraph to paragraph: a token is a few numbers, never an object.
 * tokenStarts, tokenEnds: where it is. tokenEntries: its entry in the finder's table of words; an
 * entry below LEXICON_WORDS.length is a lexicon word (or the break or possessive entry), whose lower
 * case is LEXICON_WORDS[entry], so a table by entry answers what a lookup of it would.
 * tokenInfos: what the lexicons say about the word (WordFlag bits, 0 for unknown words) and the
 * TokenInfo bits. tokenWordBits: the sets its lower case belongs to (WordBit bits, see words.ts).
 */
export let tokenStarts = new Int32Array(256);
export let tokenEnds = new Int32Array(256);
export let tokenEntries = new Int32Array(256);
export let tokenInfos = new Int32Array(256);
export let tokenWordBits = new Int32Array(256);

/** Bits of tokenInfos above the WordFlag bits. */
export const enum TokenInfo {
  /** A word (capitalised, a number or one some lexicon knows); not a break or a possessive. */
  Word = 1 << 8,
  Cap = 1 << 9,
  /** First word of a sentence or right after an opening quote/parenthesis: capitals say less. */
  SentenceStart = 1 << 10,
}

/** Abbreviations that keep their period inside a name or title ("Mr.", "Sen.", "Jr."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(words(`
mr mrs ms dr sen rep gov lt gen col sgt capt adm st jr sr prof rev maj cmdr pres amb atty supt det insp gov
inc corp co ltd no ft mt jan feb mar apr jun jul aug sep sept oct nov dec vs
`));

export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Letters outside ASCII: Latin-1 and beyond, excluding punctuation blocks and surrogates.
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c < 0x2000) return true;
  if (c >= 0x2c00 && c < 0x2e00) return true;
  if (c >= 0x3040 && c < 0xd800) return true;
  if (c >= 0xf900 && c < 0xfe00) return true;
  return false;
}

/**
 * "it", "its", "I", "we" refer to a source only when the attribution engine quotes them as the
 * speaker; they are not mentions on their own (resolveSources reads them from the quoted span).
 */
export function onlyWhenQuoted(entry: PronounEntry): boolean {
  return entry.firstPerson === true || (entry.gender === 'neuter' && !entry.relative);
}

/** The pronouns that are mentions on their own. */
const MENTION_PRONOUNS: string[] = [...PRONOUNS].filter(([, entry]) => !onlyWhenQuoted(entry)).map(([word]) => word);

/** The words of the tables' phrases, lower case. */
function wordsOf(tables: Iterable<string>[]): Set<string> {
  const words = new Set<string>();
  for (const items of tables) for (const item of items) for (const w of item.toLowerCase().split(' ')) if (w) words.add(w);
  return words;
}

/**
 * Every lower-case word any lexicon knows. Lower-case words outside this set can never be part
 * of a mention, so the tokenizer folds them, with punctuation, into one "break" token: most of
 * the text is skipped without allocating a string for it.
 */
const TRIGGER_WORDS: ReadonlySet<string> = (() => {
  const words = wordsOf([
    MENTION_PRONOUNS,
    QUANTIFIERS,
    TITLE_BY_PHRASE.keys(),
    TITLE_MODIFIERS,
    ANONYMOUS_HEADS.keys(),
    ANONYMOUS_MODIFIERS,
    BARE_PLURAL_SOURCES,
    ANONYMITY_QUALIFIERS,
    QUALIFIER_OBJECTS,
    DOCUMENT_HEADS,
    ELECTION_MODIFIERS,
    ORGANIZATION_ROLE_HEADS,
    ORGANIZATION_ROLE_MODIFIERS,
    ORGANIZATION_SUFFIX_NOUNS,
    POSSESSED_PEOPLE,
  ]);
  // Name connectors ("of", "de") are kept only between capitalised words (see tokenize);
  // NOT_NAMES, places, calendar words and organisation words matter only when capitalised.
  for (const w of NAME_CONNECTORS) words.delete(w);
  return words;
})();

/** The lower-case code of one character (as the lexicons are keyed: character by character). */
function lowerCharCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Every word a lexicon knows (lower case, split at spaces), in the order the lexicons are read. */
const KNOWN_WORDS: Set<string> = wordsOf([
  TRIGGER_WORDS,
  NAME_CONNECTORS,
  NOT_NAMES,
  CALENDAR_WORDS,
  PLACES,
  ORGANIZATION_HEAD_WORDS,
  MALE_GIVEN_NAMES,
  FEMALE_GIVEN_NAMES,
  KOREAN_FAMILY_NAMES,
  CHINESE_FAMILY_NAMES,
]);

/** Bits for the low byte of tokenInfos: which lexicons know the (lower-case) word. */
export const enum WordFlag {
  Pronoun = 1,
  Quantifier = 2,
  AnonymousHead = 4,
  AnonymousModifier = 8,
  TitleModifier = 16,
  TitleFirstWord = 32,
  BarePlural = 64,
  /** NOT_NAMES, calendar words, party words, one-word titles and organisation words: not part of a person's name. */
  NotName = 128,
}

const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark(MENTION_PRONOUNS, WordFlag.Pronoun);
  mark(QUANTIFIERS, WordFlag.Quantifier);
  mark(ANONYMOUS_HEADS.keys(), WordFlag.AnonymousHead);
  mark(ANONYMOUS_MODIFIERS, WordFlag.AnonymousModifier);
  mark(TITLE_MODIFIERS, WordFlag.TitleModifier);
  mark(TITLE_FIRST_WORDS, WordFlag.TitleFirstWord);
  mark(BARE_PLURAL_SOURCES, WordFlag.BarePlural);
  mark(NOT_NAMES, WordFlag.NotName);
  mark(CALENDAR_WORDS, WordFlag.NotName);
  mark(PARTY_WORDS, WordFlag.NotName);
  mark(ORGANIZATION_HEAD_WORDS, WordFlag.NotName);
  mark([...TITLE_BY_PHRASE.keys()].filter((p) => p.indexOf(' ') < 0), WordFlag.NotName);
  return flags;
})();

/**
 * What the finder knows of a word, by entry: its lower case (the lexicon's own string for a
 * lexicon word), its WordFlag bits with TRIGGER_BIT/CONNECTOR_BIT, and its WordBit bits. Lexicon
 * words come first; capitalised words and numbers no lexicon knows are added as they are met,
 * keyed by their exact text, so a name repeated through a document is lower-cased once. The added
 * entries are bounded: past ADDED_LIMIT they are forgotten (between paragraphs).
 */
const entryLower: string[] = [];
let entryBits = new Int32Array(4096);
let entryWordBits = new Int32Array(4096);
/** Entry bits above the WordFlag bits: the word is a trigger, a name connector. */
const TRIGGER_BIT = 1 << 9;
const CONNECTOR_BIT = 1 << 10;
/** The WordFlag bits: the low byte of an entry's bits and of tokenInfos. */
export const FLAG_BITS = 0xff;
const ADDED_LIMIT = 1 << 15;

/** A copy of a grown-out table, twice its size. */
function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** A new entry: the word's lower case, its entry bits and its WordBit bits. */
function addEntry(lower: string, bits: number, wordBitsOfLower: number): number {
  const entry = entryLower.length;
  if (entry === entryBits.length) {
    entryBits = doubled(entryBits);
    entryWordBits = doubled(entryWordBits);
  }
  entryLower.push(lower);
  entryBits[entry] = bits;
  entryWordBits[entry] = wordBitsOfLower;
  return entry;
}

const LEXICON_ENTRY: ReadonlyMap<string, number> = (() => {
  const byWord = new Map<string, number>();
  for (const w of KNOWN_WORDS) {
    const bits = wordBits(w);
    // (a lexicon word is no part of a name when no lexicon lets it be one, as an added word: see entryOf)
    const notName = (bits & WordBit.NotNames) !== 0 ? WordFlag.NotName : 0;
    byWord.set(w, addEntry(w, (TRIGGER_WORDS.has(w) ? TRIGGER_BIT : 0) | (NAME_CONNECTORS.has(w) ? CONNECTOR_BIT : 0) | (WORD_FLAGS.get(w) ?? notName), bits));
  }
  return byWord;
})();
/** The entries of a break ("", everything between the finder's words) and of a possessive "'s". */
const BREAK_ENTRY = addEntry('', 0, wordBits(''));
const POSSESSIVE_ENTRY = addEntry("'s", 0, wordBits("'s"));
const LEXICON_ENTRIES = entryLower.length;
const addedEntry = new Map<string, number>();

/** The lexicon words by entry (tokenEntries), lower case; the last two are the break's and the possessive's. */
export const LEXICON_WORDS: readonly string[] = entryLower.slice(0, LEXICON_ENTRIES);

/** The entry of a lexicon word (lower case), or -1. */
export function lexiconEntry(word: string): number {
  return LEXICON_ENTRY.get(word) ?? -1;
}

/**
 * The lexicons' key for a word as written: lower-cased character by character, "‐" read as "-"
 * (the word itself when it is already lower-case ASCII, so looking both up hashes one string).
 */
function lexiconKey(written: string): string {
  let plain = true;
  for (let k = 0; k < written.length && plain; k++) {
    const c = written.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) plain = false;
  }
  if (plain) return written;
  const codes: number[] = [];
  for (let k = 0; k < written.length; k++) {
    const c = written.charCodeAt(k);
    codes.push(lowerCharCode(c === 0x2010 ? 45 : c));
  }
  return String.fromCharCode.apply(null, codes);
}

/**
 * The entry of the word `written` whose lexicon key is `key`: a lexicon word, or (when the word is
 * capitalised or a number) an added one; -1 for a lower-case word no lexicon knows.
 */
function entryOf(written: string, key: string, capitalOrDigit: boolean): number {
  const known = LEXICON_ENTRY.get(key);
  if (known !== undefined) return known;
  if (!capitalOrDigit) return -1;
  const added = addedEntry.get(written);
  if (added !== undefined) return added;
  // The table outlives the paragraph: keep copies, not slices of the article.
  const exact = detached(written);
  const lower = exact.toLowerCase();
  const bits = wordBits(lower);
  const entry = addEntry(lower, WORD_FLAGS.get(lower) ?? ((bits & WordBit.NotNames) !== 0 ? WordFlag.NotName : 0), bits);
  addedEntry.set(exact, entry);
  return entry;
}

/** Does a possessive "'s" start at i (an apostrophe, "s", then no word character)? */
function possessiveAt(text: string, i: number): boolean {
  const n = text.length;
  const c = text.charCodeAt(i);
  return i + 1 < n && (c === 39 || c === 0x2019) && (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordChar(text.charCodeAt(i + 2)));
}

/**
 * Where the word starting at `start` ends, reading no further than `limit`: word characters,
 * joined by hyphens and apostrophes ("Tae-yul", "O'Brien", not a possessive "'s") and by the
 * first period of an initialism ("U.S.").
 */
function wordEnd(text: string, start: number, limit: number): number {
  let i = start + 1;
  for (;;) {
    let term = -1;
    while (i < limit) {
      const d = text.charCodeAt(i);
      if (!isWordChar(d)) {
        term = d;
        break;
      }
      i++;
    }
    if (i + 1 >= limit) return i;
    if (term !== 45 && term !== 0x2010 && term !== 39 && term !== 0x2019 && term !== 46) return i;
    const next = text.charCodeAt(i + 1);
    if (!isWordChar(next)) return i;
    if (term === 39 || term === 0x2019) {
      if ((next | 32) === 115 && (i + 2 >= limit || !isWordChar(text.charCodeAt(i + 2)))) return i;
    } else if (term === 46 && !(i - start === 1 && i + 2 < limit && text.charCodeAt(i + 2) === 46)) {
      return i;
    }
    i++;
  }
}

/** Triggers that end in a period ("gov."), without it. */
const TRIGGERS_BEFORE_PERIOD: ReadonlySet<string> = new Set([...TRIGGER_WORDS].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));

/** Does the word text[start, end) (key `key`) take the period after it ("Mr.", "J.", "U.S.")? */
function takesPeriod(text: string, start: number, end: number, key: string, capital: boolean): boolean {
  if (end - start === 1) return true;
  return (capital || TRIGGERS_BEFORE_PERIOD.has(key)) && (ABBREVIATIONS.has(key) || periodIn(text, start, end));
}

/** Is there a period in text[start, end)? */
function periodIn(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 46) return true;
  return false;
}

/**
 * Words read from the text (see tokenize), by their text as written (copies, not slices of the
 * article): for each, two numbers in `readEntries`, its entry and its entry with the period after
 * it (NO_PERIOD when it does not take one). Forgotten with the added entries.
 */
const readWords = new Map<string, number>();
let readEntries = new Int32Array(256);
const READ_WORDS_LIMIT = 1 << 14;

/** Where in `readEntries` the word `written` (text[start, end)) has its two entries. */
function readWord(text: string, start: number, end: number, written: string): number {
  let at = readWords.get(written);
  if (at === undefined) {
    const c = text.charCodeAt(start);
    const capital = isCapital(text, start);
    const digit = c >= 48 && c <= 57;
    const key = lexiconKey(written);
    at = readWords.size * 2;
    if (at + 2 > readEntries.length) readEntries = doubled(readEntries);
    readEntries[at] = entryOf(written, key, capital || digit);
    // "Mr.", "Sen.", initials ("J."), and initialisms ("U.S."): the period is part of the word
    readEntries[at + 1] = takesPeriod(text, start, end, key, capital) ? entryOf(written + '.', key + '.', capital || digit) : NO_PERIOD;
    readWords.set(detached(written), at);
  }
  return at;
}

/** Does `text` at `pos` read `phrase` (lower case, single spaces), ignoring case? */
export function matchesLowerAt(text: string, pos: number, phrase: string): boolean {
  if (pos + phrase.length > text.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const c = text.charCodeAt(pos + k);
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== phrase.charCodeAt(k)) return false;
  }
  return true;
}

/** Is the next non-space character after `i` an upper-case letter? */
function capitalFollows(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k >= text.length || k === i) return false;
  const c = text.charCodeAt(k);
  return isWordChar(c) && isCapital(text, k);
}

function isCapital(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[start];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/*
 * What a word of text.ts's table is to the finder, by word number (less firstWordNumber()):
 * Shape.Plain, one finder word of the same extent; Shape.Possessive, a finder word and a
 * possessive "'s" ("Rubio's", "He's"); Shape.Other (joined by a period or a character the finder
 * does not join), read from the text instead. With it the word's entry, its entry with the
 * period after it (or NO_PERIOD when it does not take one) and its length.
 */
const enum Shape {
  Unknown = 0,
  Plain = 1,
  Possessive = 2,
  Other = 3,
  Capital = 4,
  Digit = 8,
  /** Plain, lower case and never a token (not even with a period after it): it only extends a break. */
  Quiet = 16,
  /** Plain and a token wherever it stands (capitalised, a number, a trigger or a word no lexicon knows). */
  Token = 32,
}
/** Shape bits from this one on hold the word's length. */
const SHAPE_LENGTH_SHIFT = 6;
const NO_PERIOD = -2;
let shapeBase = 0;
/** Per word: its Shape bits, and its length (with a split contraction's tail) from bit SHAPE_LENGTH_SHIFT on. */
let shapeOf = new Uint16Array(1024);
/** Per word: its entry, then its entry with the period after it. */
let entryByWord = new Int32Array(2048);

/** Works out what word `t` (and the tail of a split contraction after it, `tail`) is to the finder. */
function learnShape(text: string, t: TextToken, tail: TextToken | undefined, slot: number): number {
  const start = t.start;
  const end = tail !== undefined && tail.start === t.end && tail.word === t.word ? tail.end : t.end;
  const c = text.charCodeAt(start);
  let shape: number = Shape.Other;
  if (isWordChar(c)) {
    const capital = isCapital(text, start);
    const digit = c >= 48 && c <= 57;
    const stop = wordEnd(text, start, end);
    if (stop === end) {
      shape = Shape.Plain;
      const at = readWord(text, start, end, text.slice(start, end));
      entryByWord[2 * slot] = readEntries[at];
      entryByWord[2 * slot + 1] = readEntries[at + 1];
      const entry = entryByWord[2 * slot];
      if (!capital && !digit && entryByWord[2 * slot + 1] === NO_PERIOD && (entry < 0 || (entryBits[entry] & (TRIGGER_BIT | CONNECTOR_BIT)) === 0)) shape |= Shape.Quiet;
      // (as tokenize decides, less the connectors, which are tokens only between capitals)
      if (entry >= LEXICON_ENTRIES || (entry >= 0 && (capital || digit || (entryBits[entry] & TRIGGER_BIT) !== 0))) shape |= Shape.Token;
    } else if (stop === end - 2 && possessiveAt(text, stop)) {
      shape = Shape.Possessive;
      const written = text.slice(start, stop);
      entryByWord[2 * slot] = entryOf(written, lexiconKey(written), capital || digit);
    }
    if (capital) shape |= Shape.Capital;
    if (digit) shape |= Shape.Digit;
  }
  shape |= (end - start) << SHAPE_LENGTH_SHIFT;
  shapeOf[slot] = shape;
  return shape;
}

/** Before a paragraph: forget shapes of words text.ts has forgotten, and added entries past the limit. */
function prepareShapes(): void {
  const base = firstWordNumber();
  if (entryLower.length >= LEXICON_ENTRIES + ADDED_LIMIT || readWords.size >= READ_WORDS_LIMIT) {
    entryLower.length = LEXICON_ENTRIES;
    addedEntry.clear();
    readWords.clear();
    shapeOf.fill(0);
  } else if (base !== shapeBase) {
    shapeOf.fill(0);
  }
  shapeBase = base;
}

function growShapes(slot: number): void {
  let size = shapeOf.length;
  while (size <= slot) size *= 2;
  const shapes = new Uint16Array(size);
  shapes.set(shapeOf);
  shapeOf = shapes;
  const entries = new Int32Array(2 * size);
  entries.set(entryByWord);
  entryByWord = entries;
}

/** The token arrays are kept from paragraph to paragraph; past this size (a huge paragraph's) they are let go. */
const TOKENS_KEPT = 8192;

function growTokens(): void {
  tokenStarts = doubled(tokenStarts);
  tokenEnds = doubled(tokenEnds);
  tokenEntries = doubled(tokenEntries);
  tokenInfos = doubled(tokenInfos);
  tokenWordBits = doubled(tokenWordBits);
}

/** Token number `index`, written: a word's (see takeWord) or a mark's (a break or a possessive). */
function put(index: number, start: number, end: number, entry: number, info: number): void {
  if (index === tokenStarts.length) growTokens();
  tokenStarts[index] = start;
  tokenEnds[index] = end;
  tokenEntries[index] = entry;
  tokenInfos[index] = info;
  tokenWordBits[index] = entryWordBits[entry];
}

/** The lower case of token i: the lexicon's own string for a lexicon word, "" for a break, "'s" for a possessive. */
export function tokenLower(i: number): string {
  return entryLower[tokenEntries[i]];
}

/** The WordFlag bits of a lower-case word that may open a mention (all but NotName). */
const START_FLAGS = FLAG_BITS & ~WordFlag.NotName;

/**
 * The tokens a mention may start at, in order: capitalised words and lower-case words with a
 * START_FLAGS bit. The mention scan visits only these, not the breaks and the lexicon words that
 * only carry a phrase on ("in", "to", "and"), which are most of the tokens.
 */
export let startTokens = new Int32Array(256);
export let startTokenCount = 0;
let startTaken = 0;

function growStartTokens(): void {
  startTokens = doubled(startTokens);
}

/**
 * Token `index` is the word [from, to) read as lexicon entry `entry`; it is listed among the
 * tokens a mention may start at when it is capitalised or a START_FLAGS word.
 */
function takeWord(index: number, from: number, to: number, entry: number, capital: boolean, sentenceStart: boolean): void {
  if (capital || (entryBits[entry] & START_FLAGS) !== 0) {
    if (startTaken === startTokens.length) growStartTokens();
    startTokens[startTaken++] = index;
  }
  put(index, from, to, entry, (entryBits[entry] & FLAG_BITS) | TokenInfo.Word | (capital ? TokenInfo.Cap : 0) | (sentenceStart ? TokenInfo.SentenceStart : 0));
}

// Sentence starts of the paragraph being read, and the index of the first not yet reached.
let starts: number[] = [];
let startCount = 0;
let startIndex = 0;

/** The reading has reached `i`: the first sentence start after it (past the end: none). */
function sentenceStartAfter(i: number, n: number): number {
  while (startIndex < startCount && starts[startIndex] <= i) startIndex++;
  return startIndex < startCount ? starts[startIndex] : n + 1;
}

/**
 * Capitalised words, lexicon words, numbers and possessive "'s", with paragraph-relative
 * offsets; everything between them (other words, punctuation) is one break token. Writes them
 * to the token arrays (tokenStarts ...) and returns how many there are. Only the
 * first `sentenceCount` entries of `sentenceStarts` (in order) are read. `textTokens` are the
 * paragraph's tokens from text.ts (tokenized here when not given): a word is read from its token
 * and its word number; a run of tokens joined differently here ("U.S.", "3.5") is read from the text.
 */
export function tokenize(text: string, sentenceStarts: number[], sentenceCount = sentenceStarts.length, textTokens?: TextToken[]): number {
  const source = textTokens ?? tokenizeText(text);
  // The loop below reads the characters around the tokens from the text they were read from
  // when that is known (the document, in an analysis: reading a paragraph slice's characters
  // costs more): text.charCodeAt(p) is chars.charCodeAt(shift + p).
  let chars = text;
  let shift = 0;
  if (tokenizedIn.tokens === source && source !== undefined) {
    chars = tokenizedIn.text;
    shift = tokenizedIn.from;
  }
  forgetTokenizedText();
  prepareShapes();
  starts = sentenceStarts;
  startCount = sentenceCount;
  startIndex = 0;
  const n = text.length;
  const count = source.length;
  const base = shapeBase;
  let next = sentenceStartAfter(-1, n);
  /** Capitals of the next word say little: it opens a sentence, or follows an opening quote or parenthesis. */
  let pending = true;
  /** The break token being extended, if the last token is one (else -1). */
  let open = -1;
  /** Is the last token a capitalised word? */
  let capBefore = false;
  let taken = 0;
  startTaken = 0;
  /** Everything before `pos` has been read; before `textEnd`, from the text rather than the tokens. */
  let pos = 0;
  let textEnd = 0;
  let k = 0;
  for (;;) {
    // This step reads the marks [pos, marksEnd), then the word [wordFrom, wordTo) when wordFrom >= 0.
    let marksEnd = pos;
    let wordFrom = -1;
    let wordTo = 0;
    let entry = -1;
    let shape = 0;
    let done = false;
    if (pos < textEnd) {
      const c = text.charCodeAt(pos);
      if (isWordChar(c)) {
        wordFrom = pos;
        wordTo = wordEnd(text, pos, n);
        const at = readWord(text, pos, wordTo, text.slice(pos, wordTo));
        entry = readEntries[at];
        if (text.charCodeAt(wordTo) === 46 && readEntries[at + 1] !== NO_PERIOD) {
          wordTo++;
          entry = readEntries[at + 1];
        }
        shape = Shape.Plain | (isCapital(text, pos) ? Shape.Capital : 0) | (c >= 48 && c <= 57 ? Shape.Digit : 0);
      } else marksEnd = pos + 1;
    } else if (k >= count) {
      marksEnd = n;
      done = true;
    } else {
      const t = source[k];
      const tokenEnd = t.end;
      if (tokenEnd <= pos) {
        k++;
        continue;
      }
      if (t.start > pos) {
        // Spaces to text.ts; some of them (" ") are breaks here: read them first.
        if (t.start - pos > 1 || chars.charCodeAt(shift + pos) !== 32) marksEnd = t.start;
        else pos = t.start;
      }
      if (marksEnd > pos) {
        // (the gap first)
      } else if (t.kind === TokenKind.Word || t.kind === TokenKind.Number) {
        const slot = t.word - base;
        shape = Shape.Other;
        if (t.start === pos && slot >= 0) {
          if (slot >= shapeOf.length) growShapes(slot);
          shape = shapeOf[slot];
          if (shape === Shape.Unknown) shape = learnShape(text, t, source[k + 1], slot);
          if ((shape & Shape.Quiet) !== 0 && tokenEnd === pos + (shape >> SHAPE_LENGTH_SHIFT)) {
            // The common case: a lower-case word no lexicon cares about extends the break. An
            // apostrophe after it would be the next token, written right after it.
            const after = k + 1 < count && source[k + 1].start === tokenEnd ? chars.charCodeAt(shift + tokenEnd) : 0;
            if (after !== 39 && after !== 0x2019) {
              if (pos >= next) next = sentenceStartAfter(pos, n);
              if (open >= 0) tokenEnds[open] = tokenEnd;
              else {
                open = taken++;
                put(open, pos, tokenEnd, BREAK_ENTRY, 0);
                capBefore = false;
              }
              pending = false;
              pos = tokenEnd;
              k++;
              continue;
            }
          } else if ((shape & Shape.Token) !== 0 && tokenEnd === pos + (shape >> SHAPE_LENGTH_SHIFT)) {
            // The next most common: a word that is a token as it stands, with no period or
            // apostrophe after it that could join or extend it (one would be the next token,
            // written right after it).
            const after = k + 1 < count && source[k + 1].start === tokenEnd ? chars.charCodeAt(shift + tokenEnd) : 0;
            if (after !== 46 && after !== 39 && after !== 0x2019) {
              if (pos >= next) {
                pending = true;
                next = sentenceStartAfter(pos, n);
              }
              const capital = (shape & Shape.Capital) !== 0;
              takeWord(taken++, pos, tokenEnd, entryByWord[2 * slot], capital, pending);
              capBefore = capital;
              open = -1;
              pending = false;
              pos = tokenEnd;
              k++;
              continue;
            }
          }
        }
        const end = (shape & 3) === Shape.Other ? tokenEnd : pos + (shape >> SHAPE_LENGTH_SHIFT);
        // (a period or apostrophe after the word would be the next token, written right after it)
        const after = end === tokenEnd && !(k + 1 < count && source[k + 1].start === end) ? 0 : chars.charCodeAt(shift + end);
        let other = (shape & 3) === Shape.Other;
        if (other) {
          // (decided)
        } else if (after === 46) other = end - pos === 1 && end + 2 < n && text.charCodeAt(end + 2) === 46 && isWordChar(text.charCodeAt(end + 1));
        else if (after === 39 || after === 0x2019) other = end + 1 < n && isWordChar(text.charCodeAt(end + 1)) && !possessiveAt(text, end);
        if (other) {
          // Joined differently here: read the run of tokens this one belongs to from the text.
          let last = k;
          while (last + 1 < count && source[last + 1].start === source[last].end) last++;
          textEnd = source[last].end;
          continue;
        }
        k++;
        wordFrom = pos;
        wordTo = end;
        entry = entryByWord[2 * slot];
        if ((shape & 3) === Shape.Possessive) {
          // "Rubio's", "He's": the "'s" is read from the text, as a mark, after the word
          wordTo = end - 2;
          textEnd = end;
        } else if (after === 46 && entryByWord[2 * slot + 1] !== NO_PERIOD) {
          wordTo = end + 1;
          entry = entryByWord[2 * slot + 1];
        }
      } else {
        k++;
        marksEnd = tokenEnd;
      }
    }
    // Marks: breaks, possessives; spaces and control characters are skipped.
    while (pos < marksEnd) {
      const c = chars.charCodeAt(shift + pos);
      if (c <= 32 || c === 0xa0) {
        pos++;
        continue;
      }
      if (pos >= next) {
        pending = true;
        next = sentenceStartAfter(pos, n);
      }
      if ((c === 39 || c === 0x2019) && possessiveAt(text, pos)) {
        put(taken++, pos, pos + 2, POSSESSIVE_ENTRY, 0);
        capBefore = false;
        open = -1;
        pos += 2;
        continue;
      }
      if (open >= 0) tokenEnds[open] = pos + 1;
      else {
        open = taken++;
        put(open, pos, pos + 1, BREAK_ENTRY, 0);
        capBefore = false;
      }
      // Capitals right after an opening quote or parenthesis say as little as at a sentence start.
      if (c === 34 || c === 0x201c || c === 40 || c === 0x2018) pending = true;
      pos++;
    }
    if (done) break;
    if (wordFrom < 0) continue;
    if (wordFrom >= next) {
      pending = true;
      next = sentenceStartAfter(wordFrom, n);
    }
    // Is the word a token? Capitalised words, numbers and lexicon triggers are; a connector
    // ("of", "von") is between capitals ("Ministry of Foreign Affairs", "Ursula von der Leyen").
    let isToken = false;
    if (entry >= LEXICON_ENTRIES) isToken = true;
    else if (entry >= 0) {
      const bits = entryBits[entry];
      if ((shape & (Shape.Capital | Shape.Digit)) !== 0 || (bits & TRIGGER_BIT) !== 0) isToken = true;
      else if ((bits & CONNECTOR_BIT) !== 0) isToken = open < 0 && capBefore && capitalFollows(text, wordTo);
    }
    if (isToken) {
      const capital = (shape & Shape.Capital) !== 0;
      takeWord(taken++, wordFrom, wordTo, entry, capital, pending);
      capBefore = capital;
      open = -1;
    } else if (open >= 0) tokenEnds[open] = wordTo;
    else {
      open = taken++;
      put(open, wordFrom, wordTo, BREAK_ENTRY, 0);
      capBefore = false;
    }
    pending = false;
    pos = wordTo;
  }
  startTokenCount = startTaken;
  return taken;
}

/** After a paragraph: do not keep a huge paragraph's token arrays; small ones are simply reused. */
export function releaseTokens(): void {
  if (tokenStarts.length > TOKENS_KEPT) {
    tokenStarts = new Int32Array(256);
    tokenEnds = new Int32Array(256);
    tokenEntries = new Int32Array(256);
    tokenInfos = new Int32Array(256);
    tokenWordBits = new Int32Array(256);
  }
}
