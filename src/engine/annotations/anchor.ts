// Anchoring annotations to the claims of the current analysis, by the claim's text and the
// words around it. Survives edits elsewhere in the article and small edits to the claim
// itself; an annotation whose claim is gone is returned with claimId null (orphaned), never
// dropped. Cost: linear in the text plus the candidate pairs that share rare words.
import { paragraphIndexAt } from '../paragraph';
import type { Analysis, Claim } from '../types';
import type { YamlProblem } from '../config/yamlSafety';
import type { ClaimAnnotation, Sidecar } from './model';
import { claimDisplayText, claimKey, diceSimilarity, normalizeText, wordTokens } from './normalize';

export interface AnchoredAnnotation {
  annotation: ClaimAnnotation;
  /** Index into `sidecar.annotations`. */
  index: number;
  /** The claim it belongs to in this analysis, or null when orphaned. */
  claimId: string | null;
  /** How it was found: the same text, or a near match (the claim was edited). */
  match: 'exact' | 'fuzzy' | 'none';
}

/** What identifies a claim in a sidecar: its text, the words around it, its claimant. */
export interface ClaimAnchor {
  text: string;
  context: string;
  claimant?: string;
}

const CONTEXT_WORDS = 5;
const CONTEXT_REACH = 120;
/** A claim edited this much (token Dice similarity) still takes its annotation. */
export const FUZZY_ANCHOR_THRESHOLD = 0.6;

const paragraphBounds = (analysis: Analysis, offset: number): { start: number; end: number } => {
  const index = paragraphIndexAt(analysis, offset);
  return index >= 0 ? analysis.paragraphs[index] : { start: 0, end: analysis.length };
};

const words = (text: string): string[] => normalizeText(text).split(' ').filter((w) => w !== '');

/** The words around a span in its paragraph, as `before … after`. */
export const contextAround = (text: string, analysis: Analysis, start: number, end: number): string => {
  const p = paragraphBounds(analysis, start);
  const before = words(text.slice(Math.max(p.start, start - CONTEXT_REACH), start));
  const after = words(text.slice(end, Math.min(Math.max(p.end, end), end + CONTEXT_REACH))).slice(0, CONTEXT_WORDS);
  return `${before.slice(Math.max(0, before.length - CONTEXT_WORDS)).join(' ')} … ${after.join(' ')}`.trim();
};

/** The anchor for a claim: what a new annotation records, and what updates look for. */
export const claimAnchor = (text: string, analysis: Analysis, claimOrId: Claim | string): ClaimAnchor | null => {
  const claim = typeof claimOrId === 'string' ? analysis.claims.find((c) => c.id === claimOrId) : claimOrId;
  if (!claim) return null;
  const anchor: ClaimAnchor = {
    text: claimDisplayText(claim.span.text),
    context: contextAround(text, analysis, claim.span.start, claim.span.end),
  };
  if (claim.sourceId) {
    const source = analysis.sources.find((s) => s.id === claim.sourceId);
    if (source) anchor.claimant = source.name;
  }
  return anchor;
};

const listUnder = <T>(map: Map<string, T[]>, key: string): T[] => {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
};

interface Candidate {
  annotation: number;
  claim: number;
  score: number;
  exact: boolean;
}

/**
 * Finds each annotation's claim. One claim takes at most one annotation; exact text
 * matches win over near matches, and the context decides between identical claims.
 */
export const anchorAnnotations = (text: string, analysis: Analysis, sidecar: Sidecar): AnchoredAnnotation[] => {
  const annotations = sidecar?.annotations ?? [];
  const result: AnchoredAnnotation[] = annotations.map((annotation, index) => ({ annotation, index, claimId: null, match: 'none' }));
  if (annotations.length === 0) return result;
  try {
    const claims = analysis.claims;
    const claimKeys = claims.map((c) => claimKey(c.span.text));
    const byKey = new Map<string, number[]>();
    claimKeys.forEach((key, i) => listUnder(byKey, key).push(i));
    const contexts = new Map<number, string[]>();
    const contextTokens = (i: number): string[] => {
      let t = contexts.get(i);
      if (!t) {
        t = wordTokens(contextAround(text, analysis, claims[i].span.start, claims[i].span.end));
        contexts.set(i, t);
      }
      return t;
    };

    const candidates: Candidate[] = [];
    const unmatched: number[] = [];
    annotations.forEach((annotation, a) => {
      const exact = byKey.get(claimKey(annotation.text ?? ''));
      if (exact) {
        const ctx = wordTokens(annotation.context ?? '');
        for (const c of exact) candidates.push({ annotation: a, claim: c, score: 2 + diceSimilarity(ctx, contextTokens(c)), exact: true });
      } else unmatched.push(a);
    });

    if (unmatched.length > 0) {
      // Near matches through an inverted index of claim words, skipping words most claims share.
      const claimTokens = claims.map((c) => wordTokens(c.span.text));
      const index = new Map<string, number[]>();
      claimTokens.forEach((tokens, c) => {
        for (const t of new Set(tokens)) listUnder(index, t).push(c);
      });
      const common = Math.max(8, Math.ceil(claims.length / 4));
      for (const a of unmatched) {
        const tokens = wordTokens(annotations[a].text ?? '');
        const seen = new Set<number>();
        for (const t of new Set(tokens)) {
          const list = index.get(t);
          if (!list || list.length > common) continue;
          for (const c of list) seen.add(c);
        }
        const ctx = wordTokens(annotations[a].context ?? '');
        for (const c of seen) {
          const similarity = diceSimilarity(tokens, claimTokens[c]);
          if (similarity < FUZZY_ANCHOR_THRESHOLD) continue;
          candidates.push({ annotation: a, claim: c, score: similarity + 0.25 * diceSimilarity(ctx, contextTokens(c)), exact: false });
        }
      }
    }

    candidates.sort((x, y) => y.score - x.score || x.annotation - y.annotation || x.claim - y.claim);
    const takenClaims = new Set<number>();
    for (const candidate of candidates) {
      const anchored = result[candidate.annotation];
      if (anchored.claimId !== null || takenClaims.has(candidate.claim)) continue;
      anchored.claimId = claims[candidate.claim].id;
      anchored.match = candidate.exact ? 'exact' : 'fuzzy';
      takenClaims.add(candidate.claim);
    }
  } catch {
    // Anchoring must never lose an annotation: whatever was not anchored stays orphaned.
  }
  return result;
};

/** The orphaned annotations, as warnings on the sidecar (ranges from `parseSidecar`). */
export const orphanProblems = (anchors: readonly AnchoredAnnotation[], ranges: readonly { start: number; end: number }[]): YamlProblem[] => {
  const problems: YamlProblem[] = [];
  for (const anchored of anchors) {
    if (anchored.claimId !== null) continue;
    const range = ranges[anchored.index] ?? { start: 0, end: 0 };
    const shown = anchored.annotation.text.length > 80 ? `${anchored.annotation.text.slice(0, 77)}...` : anchored.annotation.text;
    problems.push({
      message: `Orphaned annotation: its claim is no longer in the article ("${shown}"). It is kept; update its text or delete it.`,
      start: range.start,
      end: range.end,
      severity: 'warning',
    });
  }
  return problems;
};
