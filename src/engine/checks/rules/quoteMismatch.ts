// `quote-mismatch`: a quotation in a claim whose annotation names an evidence file (a
// transcript, a press release in the workspace) must appear in that file word for word —
// quotation marks, dashes, whitespace and letter case normalised, terminal punctuation inside
// the quote ignored, "..." taken as an omission and [brackets] as an insertion. Otherwise
// the finding shows the closest passage, found in one pass as the window of evidence words
// sharing the most words with the quote.
import { isEvidenceUrl } from '../../annotations/model';
import { normalizeText, trimPunctuation, wordTokens } from '../../annotations/normalize';
import type { Claim, Quote } from '../../types';
import { excerpt, itemsWithin } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

/** The pieces of a quotation that must appear in order: split at ellipses and [insertions]. */
export const quotePieces = (inner: string): string[] => {
  const normalized = normalizeText(inner, true);
  return normalized
    .split(/\.\.\.|\[[^\]]{0,200}\]/)
    .map(trimPunctuation)
    .filter((piece) => piece.length > 0);
};

/** Whether every piece appears in the normalised evidence, in order. */
export const appearsVerbatim = (pieces: readonly string[], evidence: string): boolean => {
  let from = 0;
  for (const piece of pieces) {
    const at = evidence.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
};

export interface Passage {
  start: number;
  end: number;
  text: string;
  /** Share of the quote's words found in the passage (0..1). */
  overlap: number;
}

/**
 * The window of evidence words (as many as the quote has) that shares the most words with
 * it. A sliding window keeps the overlap up to date in O(1) per step.
 */
export const closestPassage = (quote: string, evidence: string): Passage | null => {
  const want = new Map<string, number>();
  const quoteWords = wordTokens(quote);
  if (quoteWords.length === 0) return null;
  for (const w of quoteWords) want.set(w, (want.get(w) ?? 0) + 1);
  const tokens: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(evidence)) !== null) tokens.push({ word: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length });
  if (tokens.length === 0) return null;
  const size = Math.min(quoteWords.length, tokens.length);
  const have = new Map<string, number>();
  let overlap = 0;
  const add = (w: string): void => {
    const n = (have.get(w) ?? 0) + 1;
    have.set(w, n);
    if (n <= (want.get(w) ?? 0)) overlap++;
  };
  const remove = (w: string): void => {
    const n = (have.get(w) ?? 0) - 1;
    have.set(w, n);
    if (n < (want.get(w) ?? 0)) overlap--;
  };
  for (let i = 0; i < size; i++) add(tokens[i].word);
  let best = overlap;
  let bestStart = 0;
  for (let i = size; i < tokens.length; i++) {
    add(tokens[i].word);
    remove(tokens[i - size].word);
    if (overlap > best) {
      best = overlap;
      bestStart = i - size + 1;
    }
  }
  const { start, end } = toSentence(evidence, tokens[bestStart].start, tokens[bestStart + size - 1].end);
  return { start, end, text: evidence.slice(start, end), overlap: best / quoteWords.length };
};

const SENTENCE_REACH = 80;

const isSentenceEnd = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?' || ch === '\n';

/** Widens a passage to the sentence(s) around it, when a sentence edge is near. */
const toSentence = (text: string, start: number, end: number): { start: number; end: number } => {
  let s = start;
  while (s > 0 && start - s < SENTENCE_REACH && !isSentenceEnd(text[s - 1])) s--;
  if (s > 0 && !isSentenceEnd(text[s - 1])) s = start;
  let e = end;
  while (e < text.length && e - end < SENTENCE_REACH && !isSentenceEnd(text[e])) e++;
  if (e < text.length && text[e] !== '\n' && isSentenceEnd(text[e])) e++;
  else if (e < text.length && text[e] !== '\n') e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  // A transcript's speaker label ("DM:", "MAYOR TALBOT:") is not part of what was said.
  const label = /^[A-Z][A-Z .'-]{0,30}:\s+/.exec(text.slice(s, Math.min(e, s + 40)));
  if (label && s + label[0].length < start + 1) s += label[0].length;
  return { start: s, end: e };
};

const quotesIn = (quotes: readonly Quote[], claim: Claim): Quote[] => itemsWithin(quotes, claim.span.start, claim.span.end).filter((q) => q.kind !== 'scare');

const check = (ctx: RuleContext): RuleFinding[] => {
  if (!ctx.readEvidence) return [];
  const findings: RuleFinding[] = [];
  const cache = new Map<string, { raw: string; normalized: string } | null>();
  for (const claim of ctx.analysis.claims) {
    const evidence = ctx.annotationByClaim.get(claim.id)?.annotation.evidence?.trim();
    if (!evidence || isEvidenceUrl(evidence)) continue;
    const quotes = quotesIn(ctx.analysis.quotes, claim);
    if (quotes.length === 0) continue;
    let file = cache.get(evidence);
    if (file === undefined) {
      let raw: string | undefined;
      try {
        raw = ctx.readEvidence(evidence);
      } catch {
        raw = undefined;
      }
      file = typeof raw === 'string' ? { raw, normalized: normalizeText(raw, true) } : null;
      cache.set(evidence, file);
    }
    if (!file) {
      findings.push({
        message: `The evidence file "${evidence}" named for this claim could not be read, so its quotation could not be checked.`,
        start: quotes[0].start,
        end: quotes[0].end,
        claimId: claim.id,
        data: { evidence, missing: true },
      });
      continue;
    }
    for (const quote of quotes) {
      const pieces = quotePieces(quote.inner.text);
      if (pieces.length === 0 || appearsVerbatim(pieces, file.normalized)) continue;
      const passage = closestPassage(quote.inner.text, file.raw);
      const closest = passage && passage.overlap > 0 ? ` Closest passage: "${excerpt(passage.text, 120)}"` : ' Nothing in it comes close.';
      findings.push({
        message: `This quotation is not in "${evidence}" word for word.${closest}`,
        start: quote.start,
        end: quote.end,
        claimId: claim.id,
        data: passage
          ? { evidence, closestPassage: passage.text, closestStart: passage.start, closestEnd: passage.end, overlap: passage.overlap }
          : { evidence },
      });
    }
  }
  return findings;
};

export const quoteMismatchRule = rule('quote-mismatch', 'error', check);
