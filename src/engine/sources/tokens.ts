// Tokens for mention finding: capitalised words, the lower-case words some lexicon knows,
// numbers and possessive "'s"; every other stretch of text is one break token. Known words
// are recognised by a hash computed while scanning, so most of the text is skipped without
// allocating a string, and token objects are reused from one paragraph to the next.
import {
  ANONYMITY_QUALIFIERS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  BARE_PLURAL_SOURCES,
  DOCUMENT_HEADS,
  ELECTION_MODIFIERS,
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
import { detached, NAME_CONNECTORS, ORGANIZATION_SUFFIX_NOUNS, wordBits } from './words';
import { words } from '../lexicon/table';

export { NAME_CONNECTORS, ORGANIZATION_SUFFIX_NOUNS } from './words';

export interface Token {
  start: number;
  end: number;
  /** Lower case (shared with the lexicons when known); "" for a break, "'s" for a possessive. */
  lower: string;
  word: boolean;
  cap: boolean;
  /** What the lexicons say about the word (WordFlag bits); 0 for unknown words. */
  flags: number;
  /** First word of a sentence or right after an opening quote/parenthesis: capitals say less. */
  sentenceStart: boolean;
  /** The sets the lower-case word belongs to (WordBit bits, see words.ts). */
  bits: number;
}

/** Abbreviations that keep their period inside a name or title ("Mr.", "Sen.", "Jr."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(words(`
mr mrs ms dr sen rep gov lt gen col sgt capt adm st jr sr prof rev maj cmdr pres amb atty supt det insp gov
inc corp co ltd no ft mt jan feb mar apr jun jul aug sep sept oct nov dec vs
`));

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

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

function startsUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return isUpperAscii(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * "it", "its", "I", "we" refer to a source only when the attribution engine quotes them as the
 * speaker; they are not mentions on their own (resolveSources reads them from the quoted span).
 */
export function onlyWhenQuoted(entry: PronounEntry): boolean {
  return entry.firstPerson === true || (entry.gender === 'neuter' && !entry.relative);
}

/**
 * Every lower-case word any lexicon knows. Lower-case words outside this set can never be part
 * of a mention, so the tokenizer folds them, with punctuation, into one "break" token: most of
 * the text is skipped without allocating a string for it.
 */
const TRIGGER_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  const addAll = (items: Iterable<string>): void => {
    for (const item of items) for (const w of item.toLowerCase().split(' ')) if (w) words.add(w);
  };
  for (const [word, entry] of PRONOUNS) if (!onlyWhenQuoted(entry)) words.add(word);
  addAll(QUANTIFIERS);
  addAll(TITLE_BY_PHRASE.keys());
  addAll(TITLE_MODIFIERS);
  addAll(ANONYMOUS_HEADS.keys());
  addAll(ANONYMOUS_MODIFIERS);
  addAll(BARE_PLURAL_SOURCES);
  addAll(ANONYMITY_QUALIFIERS);
  addAll(QUALIFIER_OBJECTS);
  addAll(DOCUMENT_HEADS);
  addAll(ELECTION_MODIFIERS);
  addAll(ORGANIZATION_ROLE_HEADS);
  addAll(ORGANIZATION_ROLE_MODIFIERS);
  addAll(ORGANIZATION_SUFFIX_NOUNS);
  // Name connectors ("of", "de") are kept only between capitalised words (see tokenize);
  // NOT_NAMES, places, calendar words and organisation words matter only when capitalised.
  for (const w of NAME_CONNECTORS) words.delete(w);
  return words;
})();

/** For ASCII letters and digits, the lower-case code; 0 for anything else. */
const ASCII_WORD_LOWER: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = c;
  for (let c = 97; c <= 122; c++) table[c] = c;
  for (let c = 65; c <= 90; c++) table[c] = c | 32;
  return table;
})();

/** A hash of the lower-cased characters, computed while scanning (filters before slicing). */
function lowerCharCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Kept to 30 bits so the hash stays a small integer (no number boxing in Set/Map lookups). */
const HASH_MASK = 0x3fffffff;

function hashWord(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + lowerCharCode(word.charCodeAt(k))) | 0;
  return h & HASH_MASK;
}

const TRIGGER_HASHES: ReadonlySet<number> = new Set([...TRIGGER_WORDS].map(hashWord));

const CONNECTOR_HASHES: ReadonlySet<number> = new Set([...NAME_CONNECTORS].map(hashWord));

/** Every word a lexicon knows (lower case, split at spaces), in the order the lexicons are read. */
const KNOWN_WORDS: string[] = (() => {
  const words = new Set<string>();
  const addAll = (items: Iterable<string>): void => {
    for (const item of items) for (const w of item.toLowerCase().split(' ')) if (w) words.add(w);
  };
  addAll(TRIGGER_WORDS);
  addAll(NAME_CONNECTORS);
  addAll(NOT_NAMES);
  addAll(CALENDAR_WORDS);
  addAll(PLACES);
  addAll(ORGANIZATION_HEAD_WORDS);
  addAll(MALE_GIVEN_NAMES);
  addAll(FEMALE_GIVEN_NAMES);
  addAll(KOREAN_FAMILY_NAMES);
  addAll(CHINESE_FAMILY_NAMES);
  return [...words];
})();

/** Bits for Token.flags: which lexicons know the (lower-case) word. */
export const WordFlag = {
  Pronoun: 1,
  Quantifier: 2,
  AnonymousHead: 4,
  AnonymousModifier: 8,
  TitleModifier: 16,
  TitleFirstWord: 32,
  BarePlural: 64,
  /** NOT_NAMES, calendar words, party words, one-word titles and organisation words: not part of a person's name. */
  NotName: 128,
} as const;

const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark([...PRONOUNS].filter(([, entry]) => !onlyWhenQuoted(entry)).map(([word]) => word), WordFlag.Pronoun);
  mark(QUANTIFIERS, WordFlag.Quantifier);
  mark(ANONYMOUS_HEADS.keys(), WordFlag.AnonymousHead);
  mark(ANONYMOUS_MODIFIERS, WordFlag.AnonymousModifier);
  mark(TITLE_MODIFIERS, WordFlag.TitleModifier);
  mark([...TITLE_BY_PHRASE.keys()].map((p) => p.split(' ')[0]), WordFlag.TitleFirstWord);
  mark(BARE_PLURAL_SOURCES, WordFlag.BarePlural);
  mark(NOT_NAMES, WordFlag.NotName);
  mark(CALENDAR_WORDS, WordFlag.NotName);
  mark(PARTY_WORDS, WordFlag.NotName);
  mark(ORGANIZATION_HEAD_WORDS, WordFlag.NotName);
  mark([...TITLE_BY_PHRASE.keys()].filter((p) => p.indexOf(' ') < 0), WordFlag.NotName);
  return flags;
})();

/** Does text[start, end) lower-cased equal `word`? */
function sameLowerAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if (lowerCharCode(c === 0x2010 ? 45 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The word tables: open addressing on the hash the scan computes, so a word is found without
 * slicing it. Lexicon words are matched ignoring case (`sameLowerAt`) and share the lexicon's
 * string; their table is small enough to stay in the processor's cache, and most words miss it
 * on one read. Other capitalised words and numbers go to a second table the first time they are
 * seen, keyed by their exact text, so a name repeated through a document is lower-cased once.
 * That table is bounded: when too many words have been added, it is emptied.
 */
const LEXICON_TABLE_BITS = 13;
const ADDED_TABLE_BITS = 14;
/** Words added from the text before their table is emptied. */
const ADDED_LIMIT = 6000;
/** Per slot: the hash of the slot's word (-1: empty) and its entry. */
const lexiconHash = new Int32Array(1 << LEXICON_TABLE_BITS).fill(-1);
const lexiconEntry = new Int32Array(1 << LEXICON_TABLE_BITS);
const addedHash = new Int32Array(1 << ADDED_TABLE_BITS).fill(-1);
const addedEntry = new Int32Array(1 << ADDED_TABLE_BITS);
/** Per entry: the lower-case word; the exact text for added words ("" for lexicon words); bits. */
const entryLower: string[] = [];
const entryText: string[] = [];
const entryBits: number[] = [];
/** Per entry: its WordBit bits. */
const entryWordBits: number[] = [];
/** Entry bits above the WordFlag bits: the word is a trigger, a name connector. */
const TRIGGER_BIT = 1 << 9;
const CONNECTOR_BIT = 1 << 10;
const FLAG_BITS = 0xff;

function slotOf(hash: number, bits: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
}

function placeEntry(hashes: Int32Array, entries: Int32Array, bits: number, hash: number, entry: number): void {
  const mask = (1 << bits) - 1;
  let s = slotOf(hash, bits);
  while (hashes[s] !== -1) s = (s + 1) & mask;
  hashes[s] = hash;
  entries[s] = entry;
}

const LEXICON_ENTRIES: number = (() => {
  for (const w of KNOWN_WORDS) {
    const entry = entryLower.length;
    entryLower.push(w);
    entryText.push('');
    entryBits.push((TRIGGER_WORDS.has(w) ? TRIGGER_BIT : 0) | (NAME_CONNECTORS.has(w) ? CONNECTOR_BIT : 0) | (WORD_FLAGS.get(w) ?? 0));
    entryWordBits.push(wordBits(w));
    placeEntry(lexiconHash, lexiconEntry, LEXICON_TABLE_BITS, hashWord(w), entry);
  }
  return entryLower.length;
})();

/** The lexicon words' characters, one after another, so checking a word reads no string object. */
const lexiconStart = new Int32Array(LEXICON_ENTRIES + 1);
const lexiconChars: Uint16Array = (() => {
  let length = 0;
  for (let k = 0; k < LEXICON_ENTRIES; k++) {
    lexiconStart[k] = length;
    length += entryLower[k].length;
  }
  lexiconStart[LEXICON_ENTRIES] = length;
  const chars = new Uint16Array(length);
  for (let k = 0; k < LEXICON_ENTRIES; k++) {
    const w = entryLower[k];
    for (let c = 0; c < w.length; c++) chars[lexiconStart[k] + c] = w.charCodeAt(c);
  }
  return chars;
})();

/** Does text[start, end) lower-cased read lexicon entry `entry`? (As sameLowerAt with the entry's word.) */
function sameLexiconAt(text: string, start: number, end: number, entry: number): boolean {
  let p = lexiconStart[entry];
  if (end - start !== lexiconStart[entry + 1] - p) return false;
  for (let k = start; k < end; k++, p++) {
    let c = text.charCodeAt(k);
    if (c < 128) {
      if (c >= 65 && c <= 90) c |= 32;
    } else c = lowerCharCode(c === 0x2010 ? 45 : c);
    if (c !== lexiconChars[p]) return false;
  }
  return true;
}

/** Does text[start, end) read exactly `word`? */
function sameTextAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The lexicon entry for text[start, end) (whose scan hash is `hash`), or -1. */
function findLexiconEntry(text: string, start: number, end: number, hash: number): number {
  const mask = (1 << LEXICON_TABLE_BITS) - 1;
  for (let s = slotOf(hash, LEXICON_TABLE_BITS); ; s = (s + 1) & mask) {
    const h = lexiconHash[s];
    if (h === -1) return -1;
    if (h === hash) {
      const entry = lexiconEntry[s];
      if (sameLexiconAt(text, start, end, entry)) return entry;
    }
  }
}

/** The added entry for text[start, end), or -1. */
function findAddedEntry(text: string, start: number, end: number, hash: number): number {
  const mask = (1 << ADDED_TABLE_BITS) - 1;
  for (let s = slotOf(hash, ADDED_TABLE_BITS); ; s = (s + 1) & mask) {
    const h = addedHash[s];
    if (h === -1) return -1;
    if (h === hash) {
      const entry = addedEntry[s];
      if (sameTextAt(text, start, end, entryText[entry])) return entry;
    }
  }
}

/** Adds a capitalised word or number no lexicon knows; returns its entry. */
function addEntry(text: string, start: number, end: number, hash: number): number {
  if (entryLower.length >= LEXICON_ENTRIES + ADDED_LIMIT) {
    addedHash.fill(-1);
    entryLower.length = LEXICON_ENTRIES;
    entryText.length = LEXICON_ENTRIES;
    entryBits.length = LEXICON_ENTRIES;
    entryWordBits.length = LEXICON_ENTRIES;
  }
  // The table outlives the paragraph: keep copies, not slices of the article.
  const exact = detached(text.slice(start, end));
  const lower = exact.toLowerCase();
  const entry = entryLower.length;
  entryLower.push(lower);
  entryText.push(exact);
  entryBits.push(WORD_FLAGS.get(lower) ?? 0);
  entryWordBits.push(wordBits(lower));
  placeEntry(addedHash, addedEntry, ADDED_TABLE_BITS, hash, entry);
  return entry;
}

/** Abbreviations by hash (the scan's hash of the word before the period). */
const ABBREVIATION_BY_HASH: ReadonlyMap<number, string> = new Map([...ABBREVIATIONS].map((a) => [hashWord(a), a] as const));
/** Two abbreviations with one hash would hide one of them: then the word is sliced instead. */
const ABBREVIATION_HASHES_UNIQUE = ABBREVIATION_BY_HASH.size === ABBREVIATIONS.size;

/** Is text[start, end), lower-cased, an abbreviation ("Mr", "Sen", "jan")? `hash` is its scan hash. */
function abbreviationAt(text: string, start: number, end: number, hash: number): boolean {
  if (!ABBREVIATION_HASHES_UNIQUE) return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
  const abbreviation = ABBREVIATION_BY_HASH.get(hash & HASH_MASK);
  return abbreviation !== undefined && sameLowerAt(text, start, end, abbreviation);
}

/** Is there a period in text[start, end)? */
function periodIn(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 46) return true;
  return false;
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
  return c < 128 ? isUpperAscii(c) : isWordChar(c) && startsUpper(text[k]);
}

const BREAK_TOKEN_TEXT = '';
const BREAK_BITS = wordBits(BREAK_TOKEN_TEXT);
const POSSESSIVE_TEXT = "'s";
const POSSESSIVE_BITS = wordBits(POSSESSIVE_TEXT);

/**
 * Token objects are reused from one paragraph to the next (the finder is not re-entrant and
 * tokens never leave it); a bounded number is kept so a huge paragraph does not pin memory.
 */
const TOKEN_STORE_LIMIT = 8192;
const tokenStore: Token[] = [];
const tokenList: Token[] = [];
let tokensTaken = 0;

/** The next token of the list, filled in. */
function takeToken(start: number, end: number, lower: string, word: boolean, cap: boolean, sentenceStart: boolean, flags: number, bits: number): Token {
  const index = tokensTaken++;
  const t = index < tokenStore.length ? tokenStore[index] : newToken(index, start, end, lower, word, cap, sentenceStart, flags, bits);
  t.start = start;
  t.end = end;
  t.lower = lower;
  t.word = word;
  t.cap = cap;
  t.flags = flags;
  t.sentenceStart = sentenceStart;
  t.bits = bits;
  if (index < tokenList.length) tokenList[index] = t;
  else tokenList.push(t);
  return t;
}

function newToken(index: number, start: number, end: number, lower: string, word: boolean, cap: boolean, sentenceStart: boolean, flags: number, bits: number): Token {
  const t: Token = { start, end, lower, word, cap, flags, sentenceStart, bits };
  if (index < TOKEN_STORE_LIMIT) tokenStore.push(t);
  return t;
}

/**
 * Capitalised words, lexicon words, numbers and possessive "'s", with paragraph-relative
 * offsets; everything between them (other words, punctuation) is one break token. Only the
 * first `sentenceCount` entries of `sentenceStarts` (in order) are read.
 */
export function tokenize(text: string, sentenceStarts: number[], sentenceCount = sentenceStarts.length): Token[] {
  const tokens = tokenList;
  tokensTaken = 0;
  const n = text.length;
  let sentenceIndex = 0;
  let nextSentence = sentenceCount > 0 ? sentenceStarts[0] : n + 1;
  let pendingStart = true;
  let breakToken: Token | null = null;
  /** Is the last token a capitalised word? */
  let lastCap = false;
  let i = 0;
  /** The character at i when the scan has already read it, or -1. */
  let known = -1;
  while (i < n) {
    const c = known >= 0 ? known : text.charCodeAt(i);
    known = -1;
    if (c <= 32 || c === 0xa0) {
      i++;
      continue;
    }
    if (i >= nextSentence) {
      pendingStart = true;
      while (sentenceIndex < sentenceCount && sentenceStarts[sentenceIndex] <= i) sentenceIndex++;
      nextSentence = sentenceIndex < sentenceCount ? sentenceStarts[sentenceIndex] : n + 1;
    }
    const wordStart = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && isWordChar(c));
    if (!wordStart) {
      // Possessive: "Rubio's", "the allies'".
      if ((c === 39 || c === 0x2019) && i + 1 < n && (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordChar(text.charCodeAt(i + 2)))) {
        takeToken(i, i + 2, POSSESSIVE_TEXT, false, false, false, 0, POSSESSIVE_BITS);
        lastCap = false;
        breakToken = null;
        i += 2;
        continue;
      }
      if (breakToken) breakToken.end = i + 1;
      else {
        breakToken = takeToken(i, i + 1, BREAK_TOKEN_TEXT, false, false, false, 0, BREAK_BITS);
        lastCap = false;
      }
      // Capitals right after an opening quote or parenthesis say as little as at a sentence start.
      if (c === 34 || c === 0x201c || c === 40 || c === 0x2018) pendingStart = true;
      i++;
      continue;
    }
    const start = i;
    let hash = c >= 65 && c <= 90 ? c | 32 : c < 128 ? c : lowerCharCode(c);
    i++;
    // The character that ended the word (-1 at the end of the text).
    let term = -1;
    for (;;) {
      term = -1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const l = ASCII_WORD_LOWER[d];
          if (l === 0) {
            term = d;
            break;
          }
          hash = (Math.imul(hash, 31) + l) | 0;
        } else if (isWordChar(d)) hash = (Math.imul(hash, 31) + lowerCharCode(d)) | 0;
        else {
          term = d;
          break;
        }
        i++;
      }
      if (i + 1 >= n) break;
      const d = term;
      if (d !== 45 && d !== 0x2010 && d !== 39 && d !== 0x2019 && d !== 46) break;
      const next = text.charCodeAt(i + 1);
      if (!isWordChar(next)) break;
      if (d === 45 || d === 0x2010) {
        hash = (Math.imul(hash, 31) + 45) | 0;
        i++;
        continue;
      }
      if (d === 39 || d === 0x2019) {
        // "'s" followed by a non-letter is a possessive token of its own.
        if ((next | 32) === 115 && (i + 2 >= n || !isWordChar(text.charCodeAt(i + 2)))) break;
        hash = (Math.imul(hash, 31) + d) | 0;
        i++;
        continue;
      }
      if (i - start === 1 && i + 2 < n && text.charCodeAt(i + 2) === 46) {
        // Initialisms: "U.S.", "U.N."
        hash = (Math.imul(hash, 31) + 46) | 0;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    known = term;
    const capital = c < 128 ? c >= 65 && c <= 90 : startsUpper(text[start]);
    const digit = c >= 48 && c <= 57;
    if (term === 46 && (capital || end - start === 1 || TRIGGER_HASHES.has(((Math.imul(hash, 31) + 46) | 0) & HASH_MASK))) {
      // "Mr.", "Sen.", initials ("J."), and initialisms ("U.S.").
      if (end - start === 1 || abbreviationAt(text, start, end, hash) || periodIn(text, start, end)) {
        end++;
        known = -1;
        hash = (Math.imul(hash, 31) + 46) | 0;
      }
    }
    i = end;
    hash &= HASH_MASK;
    // "Ministry of Foreign Affairs", "Ursula von der Leyen": a connector between capitals.
    const connector = !capital && breakToken === null && lastCap && CONNECTOR_HASHES.has(hash) && capitalFollows(text, end);
    // Lexicon words share the lexicon's string; other capitalised words and numbers are
    // lower-cased the first time they are seen. Other lower-case words join the break token.
    let entry = findLexiconEntry(text, start, end, hash);
    let isToken: boolean;
    if (entry >= 0) {
      isToken = capital || digit || (entryBits[entry] & (connector ? CONNECTOR_BIT : TRIGGER_BIT)) !== 0;
    } else if (capital || digit) {
      entry = findAddedEntry(text, start, end, hash);
      if (entry < 0) entry = addEntry(text, start, end, hash);
      isToken = true;
    } else {
      isToken = false;
    }
    if (!isToken) {
      if (breakToken) breakToken.end = end;
      else {
        breakToken = takeToken(start, end, BREAK_TOKEN_TEXT, false, false, false, 0, BREAK_BITS);
        lastCap = false;
      }
      pendingStart = false;
      continue;
    }
    const flags = entryBits[entry] & FLAG_BITS;
    takeToken(start, end, entryLower[entry], true, capital, pendingStart, flags, entryWordBits[entry]);
    lastCap = capital;
    breakToken = null;
    pendingStart = false;
  }
  // The list is cut to this paragraph's tokens but never emptied, so its storage is reused.
  tokens.length = tokensTaken;
  return tokens;
}


/** After a paragraph: do not keep a huge paragraph's tokens alive; a small list is simply reused. */
export function releaseTokens(): void {
  if (tokenList.length > TOKEN_STORE_LIMIT) tokenList.length = 0;
}
