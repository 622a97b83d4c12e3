// Text normalisation for matching claims and quotes: curly and straight quotation marks
// are the same, any run of whitespace is one space, and (for anchoring) case is ignored.
// Linear in the text length.

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\u2028' || ch === '\u2029' || ch === '\u202f' || ch === '\u2009' || ch === '\u200a' || ch === '\u3000';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** `offsets[i]` is the index in the original text of normalised character i; one extra entry for the end. */
  offsets: number[];
}

/**
 * Normalises quotation marks, dashes and whitespace, keeping a map back to the original
 * offsets (so a passage found in normalised evidence can be shown as written).
 */
export const normalizeWithOffsets = (text: string, lowerCase = false): NormalizedText => {
  let out = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    if (isSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (out.length > 0) {
        out += ' ';
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    if (SINGLE_QUOTES.has(ch)) ch = "'";
    else if (DOUBLE_QUOTES.has(ch)) ch = '"';
    else if (DASHES.has(ch)) ch = '-';
    else if (ch === '\u2026') ch = '...';
    if (lowerCase) ch = ch.toLowerCase();
    for (let k = 0; k < ch.length; k++) {
      out += ch[k];
      offsets.push(i);
    }
  }
  offsets.push(pendingSpace >= 0 ? pendingSpace : text.length);
  return { text: out, offsets };
};

const SINGLE_QUOTE_RE = /[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g;
const DOUBLE_QUOTE_RE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASH_RE = /[\u2010-\u2015\u2212]/g;
const SPACE_RUN_RE = /\s+/g;

/** The same normalisation without the offset map (native replaces: fast on megabyte evidence files). */
export const normalizeText = (text: string, lowerCase = false): string => {
  if (typeof text !== 'string') return '';
  const out = text
    .replace(SINGLE_QUOTE_RE, "'")
    .replace(DOUBLE_QUOTE_RE, '"')
    .replace(DASH_RE, '-')
    .replace(/\u2026/g, '...')
    .replace(SPACE_RUN_RE, ' ')
    .trim();
  return lowerCase ? out.toLowerCase() : out;
};

/** Lower-case words (letters and digits, with inner apostrophes and hyphens kept). */
export const wordTokens = (text: string): string[] => {
  const tokens: string[] = [];
  let current = '';
  const normalized = normalizeText(text, true);
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i];
    const isWordChar = /[\p{L}\p{N}]/u.test(ch);
    if (isWordChar || ((ch === "'" || ch === '-') && current !== '' && i + 1 < normalized.length && /[\p{L}\p{N}]/u.test(normalized[i + 1]))) {
      current += ch;
    } else if (current !== '') {
      tokens.push(current);
      current = '';
    }
  }
  if (current !== '') tokens.push(current);
  return tokens;
};

/** Dice similarity of two token bags (0..1). */
export const diceSimilarity = (a: readonly string[], b: readonly string[]): number => {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
};

const EDGE_PUNCTUATION = new Set([' ', '"', "'", '.', ',', ';', ':', '!', '?', '-']);

/** `text` without spaces, quotation marks or punctuation at either end. */
export const trimPunctuation = (text: string): string => {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.has(text[start])) start++;
  while (end > start && EDGE_PUNCTUATION.has(text[end - 1])) end--;
  return text.slice(start, end);
};

/** The claim as a reader would write it: without a leading complementiser ("that the pier ..."). */
export const claimDisplayText = (text: string): string => {
  const normalized = normalizeText(text);
  return /^that\s/i.test(normalized) ? normalized.slice(5) : normalized;
};

/**
 * What annotations are matched on: normalised, lower case, without a leading "that" and
 * without quotation marks or punctuation at either end ("that the pier would reopen," →
 * "the pier would reopen").
 */
export const claimKey = (text: string): string => {
  const key = trimPunctuation(normalizeText(text, true));
  return key.startsWith('that ') ? key.slice(5) : key;
};
