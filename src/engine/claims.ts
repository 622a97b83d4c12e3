// Unattributed checkable statements: sentences that no attribution covers but that contain
// figures, percentages, money, dates, superlatives or causal claims.
import { CLAIM_FLAGS, WordFlag } from './lexicon/flags';
import { isDigitCode, TokenKind, type Token } from './text';
import type { ClaimReason } from './types';

export interface LocalClaim {
  start: number;
  end: number;
  reasons: ClaimReason[];
}

/** Four digits from 1800 to 2099: a year. */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48)) && isDigitCode(w.charCodeAt(2)) && isDigitCode(w.charCodeAt(3));
}

/** Longer than five letters and ends in "est" ("largest"): maybe a superlative. */
function endsInEst(w: string): boolean {
  const n = w.length;
  return n > 5 && w.charCodeAt(n - 1) === 116 && w.charCodeAt(n - 2) === 115 && w.charCodeAt(n - 3) === 101;
}

/** Reasons a token range [first, last) is checkable (empty when it is not). */
export function checkableReasons(tokens: Token[], first: number, last: number): ClaimReason[] {
  const reasons = checkableReasonList(tokens, first, last);
  return reasons === null ? [] : reasons.slice();
}

/**
 * The reasons a token range [first, last) is checkable, or null when it is not. The list is
 * shared by every range with the same reasons (there are 63 lists in all): read it, never change it.
 * The word lists are read from the tokens' flags (a number's or a mark's are 0, and every list
 * holds words only).
 */
export function checkableReasonList(tokens: Token[], first: number, last: number): ClaimReason[] | null {
  let figure = false;
  let percentage = false;
  let money = false;
  let date = false;
  let superlative = false;
  let causal = false;
  for (let k = first; k < last; k++) {
    // a word in no list and too short to end in "-est" decides nothing: most words are passed over
    // in a loop of their own
    while (k < last && tokens[k]!.kind === TokenKind.Word && (tokens[k]!.flags & CLAIM_FLAGS) === 0 && tokens[k]!.lower.length <= 5) k++;
    if (k >= last) break;
    const t = tokens[k]!;
    const w = t.lower;
    if (t.kind === TokenKind.Number) {
      const next = tokens[k + 1];
      const prev = tokens[k - 1];
      if (next && (next.lower === '%' || (next.flags & WordFlag.Percent) !== 0)) percentage = true;
      else if (prev && (prev.lower === '$' || prev.lower === '€' || prev.lower === '£' || prev.lower === '¥' || prev.lower === '₩')) money = true;
      else if (next && (next.flags & WordFlag.Money) !== 0) money = true;
      else if (prev && (prev.flags & WordFlag.Month) !== 0) date = true;
      else if (isYear(w)) date = true;
      else figure = true;
      continue;
    }
    if (t.kind === TokenKind.Punct) {
      if (w.length === 1) {
        const c = w.charCodeAt(0);
        if (c === 37) percentage = true; // %
        else if (c === 36 || c === 0x20ac || c === 0xa3) money = true; // $ € £
      }
      continue;
    }
    const flags = t.flags;
    if (t.kind !== TokenKind.Word || (flags & CLAIM_FLAGS) === 0) {
      if (t.kind === TokenKind.Word && endsInEst(w) && !NOT_SUPERLATIVE_EST.has(w)) superlative = true;
      continue;
    }
    if ((flags & WordFlag.Percent) !== 0 && w !== 'per') percentage = true;
    else if ((flags & WordFlag.Month) !== 0 && t.upper && w !== 'may' && w !== 'march') date = true;
    else if ((flags & WordFlag.Weekday) !== 0) date = true;
    else if ((flags & WordFlag.NumberWord) !== 0) figure = true;
    else if ((flags & WordFlag.Superlative) !== 0 && w !== 'last' && w !== 'never' && w !== 'ever' && w !== 'first' && w !== 'only') superlative = true;
    else if (endsInEst(w) && !NOT_SUPERLATIVE_EST.has(w)) superlative = true;
    else if ((flags & WordFlag.Causal) !== 0) {
      if (w === 'due' || w === 'thanks') causal = tokens[k + 1]?.lower === 'to';
      else causal = true;
    }
  }
  const mask = (figure ? 1 : 0) | (percentage ? 2 : 0) | (money ? 4 : 0) | (date ? 8 : 0) | (superlative ? 16 : 0) | (causal ? 32 : 0);
  return mask === 0 ? null : (REASON_LISTS[mask] ??= reasonList(mask));
}

/** The reason lists by mask (bit k: REASON_ORDER[k]), each made once. */
const REASON_ORDER: readonly ClaimReason[] = ['figure', 'percentage', 'money', 'date', 'superlative', 'causal'];
const REASON_LISTS: (ClaimReason[] | undefined)[] = new Array<ClaimReason[] | undefined>(64).fill(undefined);

function reasonList(mask: number): ClaimReason[] {
  const out: ClaimReason[] = [];
  for (let k = 0; k < REASON_ORDER.length; k++) if (mask & (1 << k)) out.push(REASON_ORDER[k]!);
  return out;
}

const NOT_SUPERLATIVE_EST = new Set([
  'interest', 'interests', 'request', 'protest', 'contest', 'suggest', 'invest', 'honest', 'modest',
  'harvest', 'manifest', 'arrest', 'forest', 'digest', 'attest', 'rest', 'guest', 'quest', 'conquest',
  'earnest', 'midwest', 'southwest', 'northwest', 'latest', 'behest', 'detest', 'unrest',
  'bequest', 'inquest', 'tempest', 'arbest',
]);
