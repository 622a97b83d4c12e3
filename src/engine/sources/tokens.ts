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
}

/** Abbreviations that keep their period inside a name or title ("Mr.", "Sen.", "Jr."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'sgt', 'capt', 'adm', 'st', 'jr',
  'sr', 'prof', 'rev', 'maj', 'cmdr', 'pres', 'amb', 'atty', 'supt', 'det', 'insp', 'gov', 'inc',
  'corp', 'co', 'ltd', 'no', 'ft', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'vs',
]);

/** Lower-case words allowed inside a proper name when a capitalised word follows. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'on', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'bin',
  'al', 'la', 'le', 'y',
]);


export const ORGANIZATION_SUFFIX_NOUNS: ReadonlySet<string> = new Set(['administration', 'campaign', 'government']);

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

/** A 64K-entry filter in front of the hash sets: most words are rejected by one array read. */
function hashFilter(hashes: Iterable<number>): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (const h of hashes) bits[h & 0xffff] = 1;
  return bits;
}

const CONNECTOR_HASHES: ReadonlySet<number> = new Set([...NAME_CONNECTORS].map(hashWord));

/** Lexicon words by hash, so a known word's lower-case form is shared instead of sliced. */
const KNOWN_BY_HASH: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  const addAll = (items: Iterable<string>): void => {
    for (const item of items) {
      for (const w of item.toLowerCase().split(' ')) {
        const h = hashWord(w);
        if (w && !map.has(h)) map.set(h, w);
      }
    }
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
  return map;
})();

const KNOWN_FILTER = hashFilter(KNOWN_BY_HASH.keys());

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
  // Every flagged word must be recognisable by its hash.
  for (const w of flags.keys()) {
    const h = hashWord(w);
    if (!(KNOWN_BY_HASH as Map<number, string>).has(h)) (KNOWN_BY_HASH as Map<number, string>).set(h, w);
    KNOWN_FILTER[h & 0xffff] = 1;
  }
  return flags;
})();

/** A known word with what the scan needs about it, found by one lookup of its hash. */
interface KnownWord {
  word: string;
  trigger: boolean;
  flags: number;
}

const KNOWN_ENTRIES: ReadonlyMap<number, KnownWord> = (() => {
  const map = new Map<number, KnownWord>();
  for (const [h, word] of KNOWN_BY_HASH) map.set(h, { word, trigger: TRIGGER_WORDS.has(word), flags: WORD_FLAGS.get(word) ?? 0 });
  return map;
})();

/**
 * Every flagged word is ASCII, so a word whose hash no lexicon knows has no flags: for ASCII
 * words the scan's hash is the word's own, and a non-ASCII word cannot equal an ASCII one.
 */
const FLAGGED_WORDS_ASCII: boolean = [...WORD_FLAGS.keys()].every((w) => {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) >= 128) return false;
  return true;
});

/** Does text[start, end) lower-cased equal `word`? */
function sameLowerAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if (lowerCharCode(c === 0x2010 ? 45 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
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

/**
 * Token objects are reused from one paragraph to the next (the finder is not re-entrant and
 * tokens never leave it); a bounded number is kept so a huge paragraph does not pin memory.
 */
const TOKEN_STORE_LIMIT = 8192;
const tokenStore: Token[] = [];
const tokenList: Token[] = [];
let tokensTaken = 0;

function takeToken(start: number, end: number, lower: string, word: boolean, cap: boolean, sentenceStart: boolean, flags = 0): Token {
  const index = tokensTaken++;
  if (index < tokenStore.length) {
    const t = tokenStore[index];
    t.start = start;
    t.end = end;
    t.lower = lower;
    t.word = word;
    t.cap = cap;
    t.flags = flags;
    t.sentenceStart = sentenceStart;
    return t;
  }
  const t: Token = { start, end, lower, word, cap, flags, sentenceStart };
  if (index < TOKEN_STORE_LIMIT) tokenStore.push(t);
  return t;
}

/**
 * Capitalised words, lexicon words, numbers and possessive "'s", with paragraph-relative
 * offsets; everything between them (other words, punctuation) is one break token.
 */
export function tokenize(text: string, sentenceStarts: number[]): Token[] {
  const tokens = tokenList;
  tokens.length = 0;
  tokensTaken = 0;
  const n = text.length;
  let sentenceIndex = 0;
  let nextSentence = sentenceStarts.length > 0 ? sentenceStarts[0] : n + 1;
  let pendingStart = true;
  let breakToken: Token | null = null;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0) {
      i++;
      continue;
    }
    if (i >= nextSentence) {
      pendingStart = true;
      while (sentenceIndex < sentenceStarts.length && sentenceStarts[sentenceIndex] <= i) sentenceIndex++;
      nextSentence = sentenceIndex < sentenceStarts.length ? sentenceStarts[sentenceIndex] : n + 1;
    }
    const wordStart = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && isWordChar(c));
    if (!wordStart) {
      // Possessive: "Rubio's", "the allies'".
      if ((c === 39 || c === 0x2019) && i + 1 < n && (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordChar(text.charCodeAt(i + 2)))) {
        tokens.push(takeToken(i, i + 2, "'s", false, false, false));
        breakToken = null;
        i += 2;
        continue;
      }
      if (breakToken) breakToken.end = i + 1;
      else {
        breakToken = takeToken(i, i + 1, BREAK_TOKEN_TEXT, false, false, false);
        tokens.push(breakToken);
      }
      // Capitals right after an opening quote or parenthesis say as little as at a sentence start.
      if (c === 34 || c === 0x201c || c === 40 || c === 0x2018) pendingStart = true;
      i++;
      continue;
    }
    const start = i;
    let hash = c >= 65 && c <= 90 ? c | 32 : c < 128 ? c : lowerCharCode(c);
    i++;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const l = ASCII_WORD_LOWER[d];
          if (l === 0) break;
          hash = (Math.imul(hash, 31) + l) | 0;
        } else if (isWordChar(d)) hash = (Math.imul(hash, 31) + lowerCharCode(d)) | 0;
        else break;
        i++;
      }
      if (i + 1 >= n) break;
      const d = text.charCodeAt(i);
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
    const capital = c < 128 ? c >= 65 && c <= 90 : startsUpper(text[start]);
    const digit = c >= 48 && c <= 57;
    if (end < n && text.charCodeAt(end) === 46 && (capital || end - start === 1 || TRIGGER_HASHES.has(((Math.imul(hash, 31) + 46) | 0) & HASH_MASK))) {
      const bare = text.slice(start, end).toLowerCase();
      // "Mr.", "Sen.", initials ("J."), and initialisms ("U.S.").
      if (ABBREVIATIONS.has(bare) || end - start === 1 || bare.indexOf('.') >= 0) {
        end++;
        hash = (Math.imul(hash, 31) + 46) | 0;
      }
    }
    i = end;
    hash &= HASH_MASK;
    // "Ministry of Foreign Affairs", "Ursula von der Leyen": a connector between capitals.
    const connector = !capital && breakToken === null && tokens.length > 0 && tokens[tokens.length - 1].cap && CONNECTOR_HASHES.has(hash) && capitalFollows(text, end);
    // Known words share the lexicon's string; only unknown capitalised words are sliced.
    const entry = KNOWN_FILTER[hash & 0xffff] === 0 ? undefined : KNOWN_ENTRIES.get(hash);
    const known = entry === undefined ? undefined : entry.word;
    // a word no lexicon triggers on (or a connector that is not one) joins the break token;
    // `lower` is only worked out for a word that may still be a token
    let lower = '';
    let isToken = capital || digit || connector || (entry !== undefined && entry.trigger);
    if (isToken) {
      lower = known !== undefined && sameLowerAt(text, start, end, known) ? known : capital || digit ? text.slice(start, end).toLowerCase() : '';
      isToken = capital || digit || (connector ? NAME_CONNECTORS.has(lower) : TRIGGER_WORDS.has(lower));
    }
    if (!isToken) {
      if (breakToken) breakToken.end = end;
      else {
        breakToken = takeToken(start, end, BREAK_TOKEN_TEXT, false, false, false);
        tokens.push(breakToken);
      }
      pendingStart = false;
      continue;
    }
    const flags = entry === undefined ? (FLAGGED_WORDS_ASCII ? 0 : WORD_FLAGS.get(lower) ?? 0) : lower === entry.word ? entry.flags : WORD_FLAGS.get(lower) ?? 0;
    tokens.push(takeToken(start, end, lower, true, capital, pendingStart, flags));
    breakToken = null;
    pendingStart = false;
  }
  return tokens;
}


/** After a paragraph: do not keep a huge paragraph's tokens alive; a small list is simply reused. */
export function releaseTokens(): void {
  if (tokenList.length > TOKEN_STORE_LIMIT) tokenList.length = 0;
}
