// Credits: photo and wire credits in parentheses, datelines ("SEOUL, May 20 (Yonhap) --",
// "WASHINGTON —") and bylines ("By Jane Doe"). Local to one paragraph.
import { WIRE_AGENCIES, WIRE_MARKERS } from './lexicon/credits';
import { TokenKind, type Token } from './text';
import type { CreditKind } from './types';

export interface LocalCredit {
  start: number;
  end: number;
  kind: CreditKind;
  name: string;
}

const MAX_CREDIT_TOKENS = 10;

function isAllCapsWord(text: string, t: Token): boolean {
  if (t.kind !== TokenKind.Word || t.end - t.start < 2) return false;
  let letters = 0;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

function isDashToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === TokenKind.Punct && (t.lower === '--' || t.lower === '—' || t.lower === '–' || t.lower === '-');
}

/** "(Name)" starting at token k: returns the index of ")" or -1. */
function parenthesisedName(tokens: Token[], k: number): number {
  if (!tokens[k] || tokens[k]!.lower !== '(') return -1;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_CREDIT_TOKENS + 1; j++) {
    const t = tokens[j]!;
    if (t.kind === TokenKind.Punct && t.lower === ')') return j > k + 1 ? j : -1;
    if (t.kind === TokenKind.Quote) return -1;
    if (t.kind === TokenKind.Punct && (t.lower === '.' || t.lower === '!' || t.lower === '?' || t.lower === ',')) {
      if (t.lower === '.' && j + 1 < tokens.length && tokens[j + 1]!.kind !== TokenKind.Punct) continue;
      return -1;
    }
    if (t.kind === TokenKind.Word && !t.upper && !CONNECTORS.has(t.lower)) return -1;
  }
  return -1;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'la', 'photo', 'via', 'courtesy', 'file', 'handout']);

/**
 * Whether a credit already found starts at `lastStart` or spans [start, end). A loop rather than a
 * callback: a closure would make every call of findCredits keep its variables in a context object.
 */
function coversCredit(found: readonly LocalCredit[] | null, start: number, lastStart: number, end: number): boolean {
  if (found === null) return false;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.start === lastStart || (c.start <= start && c.end >= end)) return true;
  }
  return false;
}

function creditName(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return isCollapsed(text, start, end) ? raw : raw.replace(/\s+/g, ' ').trim();
}

/** Whether text[start, end) has no whitespace but single spaces between other characters (as most names are). */
function isCollapsed(text: string, start: number, end: number): boolean {
  let previousSpace = true; // no space may lead
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < 32 || c >= 0xa0) {
      return false; // other whitespace below 32 and above U+009F: let the pattern decide
    } else previousSpace = false;
  }
  return !previousSpace || end <= start;
}

/** The credits of a paragraph without any (most of them): one shared list, never changed. */
const NO_CREDITS: LocalCredit[] = [];

export function findCredits(text: string, tokens: Token[]): LocalCredit[] {
  // made only when a paragraph has a credit
  let out: LocalCredit[] | null = null;
  const n = tokens.length;
  if (n === 0) return NO_CREDITS;

  // dateline: CAPS[, Place][, Date] [(Agency)] --
  if (isAllCapsWord(text, tokens[0]!)) {
    let k = 0;
    while (k < n && k < 6 && (isAllCapsWord(text, tokens[k]!) || (tokens[k]!.kind === TokenKind.Punct && tokens[k]!.lower === '.'))) k++;
    const placeEnd = tokens[k - 1]!.end;
    let j = k;
    // optional ", State" / ", May 20"
    let guard = 0;
    while (j < n && guard < 8 && tokens[j]!.lower !== '(' && !isDashToken(tokens[j])) {
      const t = tokens[j]!;
      if (t.kind === TokenKind.Quote) break;
      if (t.kind === TokenKind.Word && !t.upper) break;
      j++;
      guard++;
    }
    let wire: LocalCredit | null = null;
    const close = parenthesisedName(tokens, j);
    if (close > 0) {
      const nameStart = tokens[j + 1]!.start;
      const nameEnd = tokens[close - 1]!.end;
      wire = { start: tokens[j]!.start, end: tokens[close]!.end, kind: 'wire', name: creditName(text, nameStart, nameEnd) };
      j = close + 1;
    }
    if (j < n && isDashToken(tokens[j]) && (j === k || wire || guard <= 6)) {
      out = [{ start: tokens[0]!.start, end: tokens[j]!.end, kind: 'dateline', name: creditName(text, tokens[0]!.start, placeEnd) }];
      if (wire) out.push(wire);
    }
  }

  // a wire story's trailer: "(Reporting by Jane Doe; Editing by John Roe)", "(Additional
  // reporting by Jane Doe)"; a paper's: "Contributing: Jane Doe and John Roe.": a byline
  const r = tokens[0]!.lower === '(' ? 1 : 0;
  const named = out ? -1 : trailerNameAt(tokens, r);
  if (named > 0) {
    // the names end at the next credit, or before a place ("by Ana Ruiz in Seoul")
    let e = named + 1;
    while (e < n && tokens[e]!.lower !== ';' && tokens[e]!.lower !== ')' && (tokens[e]!.upper || tokens[e]!.kind !== TokenKind.Word || CONNECTORS.has(tokens[e]!.lower))) e++;
    while (e > named + 1 && tokens[e - 1]!.kind === TokenKind.Punct) e--;
    return [{ start: tokens[0]!.start, end: tokens[n - 1]!.end, kind: 'byline', name: creditName(text, tokens[named]!.start, tokens[e - 1]!.end) }];
  }

  // byline: "By Jane Doe" (a short paragraph)
  if (n <= 8 && tokens[0]!.kind === TokenKind.Word && tokens[0]!.lower === 'by' && n >= 2 && tokens[1]!.upper && namesOnly(tokens, 1)) {
    (out ??= []).push({ start: tokens[0]!.start, end: tokens[n - 1]!.end, kind: 'byline', name: creditName(text, tokens[1]!.start, tokens[n - 1]!.end) });
  }

  // trailing "(Name)" credit
  const last = tokens[n - 1]!;
  if (last.kind === TokenKind.Punct && last.lower === ')') {
    let open = -1;
    for (let k = n - 2; k >= 0 && n - k <= MAX_CREDIT_TOKENS + 2; k--) {
      if (tokens[k]!.lower === '(') {
        open = k;
        break;
      }
    }
    if (open >= 0 && parenthesisedName(tokens, open) === n - 1 && (open === 0 || tokens[open - 1]!.kind !== TokenKind.Word)) {
      const prev = tokens[open - 1];
      const afterSentence = !prev || prev.kind === TokenKind.Punct || prev.kind === TokenKind.Quote;
      if (afterSentence) {
        const name = creditName(text, tokens[open + 1]!.start, tokens[n - 2]!.end);
        const lower = name.toLowerCase();
        const isWire = WIRE_AGENCIES.has(lower);
        // "(END)", "(MORE)", "(2nd LD)": the wire desk's marks, not a credit
        if (!WIRE_MARKERS.has(lower) && !coversCredit(out, tokens[open]!.start, last.start, last.end)) (out ??= []).push({ start: tokens[open]!.start, end: last.end, kind: isWire ? 'wire' : 'photo', name: stripPhotoWords(name, lower) });
      }
    }
  }
  return out ?? NO_CREDITS;
}

/**
 * Where the first name of a credit trailer starting at token r is ("Reporting by", "Writing
 * by", "Additional reporting by", "Contributing:", "Contributors:"), or -1.
 */
function trailerNameAt(tokens: Token[], r: number): number {
  const first = tokens[r]?.lower;
  const k = first === 'additional' ? r + 1 : r;
  const word = tokens[k]?.lower;
  if (word === 'reporting' || word === 'writing') return tokens[k + 1]?.lower === 'by' && tokens[k + 2]?.upper ? k + 2 : -1;
  // names only, as in a byline: "Contributing: Ana Ruiz, Tom Berg and Lee Park, Staff."
  return (first === 'contributing' || first === 'contributors') && tokens[r + 1]?.lower === ':' && tokens[r + 2]?.upper && namesOnly(tokens, r + 2) ? r + 2 : -1;
}

/** Whether tokens from `from` on are names: capitalised words, connectors ("and", "de") and punctuation, no quotation. */
function namesOnly(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Quote || (t.kind === TokenKind.Word && !t.upper && !CONNECTORS.has(t.lower))) return false;
  }
  return true;
}

/** `name` without "Photo by", "Courtesy of", "... handout" and the like; the second argument is it lowercased. */
function stripPhotoWords(name: string, lower: string): string {
  // the patterns match only names that start or end with one of these words (in any case)
  const maybe =
    lower.startsWith('photo') || lower.startsWith('file photo') || lower.startsWith('courtesy') || lower.startsWith('handout') ||
    lower.endsWith('photo') || lower.endsWith('handout');
  if (!maybe) return name;
  return name.replace(/^(?:photo|file photo|courtesy of|courtesy|handout)\s*(?:by|:)?\s*/i, '').replace(/\s*(?:photo|handout)$/i, '') || name;
}
