// Writing annotations back through the yaml Document API: the user's comments, key order
// and formatting of untouched entries are kept. A malformed or hostile sidecar is never
// rewritten (the functions return an error instead).
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import { YAML_WRITE_OPTIONS } from '../config/index';
import { isEmptyNode, listToWrite, notChanged, parseYamlForWriting } from '../config/yamlSafety';
import type { RuleId } from '../checks/types';
import { FUZZY_ANCHOR_THRESHOLD, type ClaimAnchor } from './anchor';
import type { ClaimAnnotation } from './model';
import { claimDisplayText, claimKey, diceSimilarity, wordTokens } from './normalize';

/** A change to an annotation: a value sets the field, null removes it, absent leaves it. */
export type ClaimAnnotationPatch = { [K in keyof ClaimAnnotation]?: ClaimAnnotation[K] | null };

const FIELD_ORDER: (keyof ClaimAnnotation)[] = ['text', 'context', 'claimant', 'status', 'reviewRating', 'evidence', 'note', 'reviewer', 'date', 'ignore'];

const SIDECAR = 'The sidecar';

const NEW_SIDECAR_HEADER = ' Sourcelight claim annotations for this article: one entry per claim, matched by its text.';

const scalarText = (node: unknown): string | undefined => {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return undefined;
};

/** Finds the entry for a claim: the same text (context breaks ties), else the closest near match. */
const findEntry = (items: unknown[], anchor: ClaimAnchor): number => {
  const key = claimKey(anchor.text);
  const ctx = wordTokens(anchor.context ?? '');
  const tokens = wordTokens(anchor.text);
  let best = -1;
  let bestScore = -1;
  items.forEach((item, i) => {
    if (!isMap(item)) return;
    const text = scalarText(item.get('text', true));
    if (text === undefined) return;
    const context = scalarText(item.get('context', true)) ?? '';
    let score: number;
    if (claimKey(text) === key) score = 2 + diceSimilarity(ctx, wordTokens(context));
    else {
      const similarity = diceSimilarity(tokens, wordTokens(text));
      if (similarity < FUZZY_ANCHOR_THRESHOLD) return;
      score = similarity + 0.25 * diceSimilarity(ctx, wordTokens(context));
    }
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
};

const setField = (doc: Document, map: YAMLMap, key: keyof ClaimAnnotation, value: unknown): void => {
  if (value === null || (typeof value === 'string' && value === '') || (Array.isArray(value) && value.length === 0)) {
    map.delete(key);
    return;
  }
  if (value === undefined) return;
  const existing = map.get(key, true);
  if (isScalar(existing) && typeof value === 'string') {
    existing.value = value; // keeps the scalar's quoting style and comments
    return;
  }
  if (map.has(key)) {
    map.set(key, doc.createNode(value));
    return;
  }
  // A new field goes where the documented order puts it, among the keys the user has.
  const rank = FIELD_ORDER.indexOf(key);
  const before = map.items.findIndex((pair) => {
    const k = isScalar(pair.key) ? pair.key.value : pair.key;
    const r = FIELD_ORDER.indexOf(k as keyof ClaimAnnotation);
    return r > rank;
  });
  const pair = doc.createPair(key, value);
  if (before < 0) map.items.push(pair);
  else map.items.splice(before, 0, pair);
};

/**
 * Creates or updates the annotation for a claim in the sidecar text. The entry is found by
 * the claim's text and context (a near match when the claim was edited, whose text and
 * context are then brought up to date); a new entry is appended with status `unverified`
 * unless the patch says otherwise. Creates the file's content when it is empty.
 */
export const updateClaimAnnotation = (yamlText: string, claim: ClaimAnchor, patch: ClaimAnnotationPatch): { text: string } | { error: string } => {
  try {
    if (!claim || typeof claim.text !== 'string' || claim.text.trim() === '') return { error: 'The claim has no text.' };
    const source = typeof yamlText === 'string' ? yamlText : '';
    const parsed = parseYamlForWriting(source, SIDECAR);
    if ('error' in parsed) return parsed;
    const doc: Document.Parsed = parsed.doc;
    if (isEmptyNode(doc.contents) && source.trim() === '') doc.commentBefore = NEW_SIDECAR_HEADER;
    const seq = listToWrite(doc, 'claims', SIDECAR, "'claims' is not a list.");
    if ('error' in seq) return seq;
    const found = findEntry(seq.items, claim);
    if (found >= 0) {
      const map = seq.items[found] as YAMLMap;
      const currentText = claimDisplayText(claim.text);
      const writtenText = scalarText(map.get('text', true)) ?? '';
      if (claimKey(writtenText) !== claimKey(currentText)) setField(doc, map, 'text', currentText);
      if (claim.context && scalarText(map.get('context', true)) !== claim.context) setField(doc, map, 'context', claim.context);
      for (const key of FIELD_ORDER) if (key in patch && key !== 'text') setField(doc, map, key, patch[key]);
    } else {
      const entry: Record<string, unknown> = {};
      const values: ClaimAnnotationPatch = { text: claimDisplayText(claim.text), context: claim.context, claimant: claim.claimant, status: 'unverified', ...patch };
      for (const key of FIELD_ORDER) {
        const value = values[key];
        if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        entry[key] = value;
      }
      seq.items.push(doc.createNode(entry));
    }
    return { text: doc.toString(YAML_WRITE_OPTIONS) };
  } catch (error) {
    return notChanged(SIDECAR, error instanceof Error ? error.message : String(error));
  }
};

/** Records "ignore this rule's findings on this claim" in the sidecar (the quick fix). */
export const ignoreFindingForClaim = (yamlText: string, claim: ClaimAnchor, rule: RuleId): { text: string } | { error: string } => {
  const parsed = parseYamlForWriting(typeof yamlText === 'string' ? yamlText : '', SIDECAR);
  if ('error' in parsed) return parsed;
  let existing: string[] = [];
  const claims = isMap(parsed.doc.contents) ? parsed.doc.contents.get('claims', true) : undefined;
  if (isSeq(claims)) {
    const found = findEntry(claims.items, claim);
    const ignore = found >= 0 && isMap(claims.items[found]) ? (claims.items[found] as YAMLMap).get('ignore', true) : undefined;
    if (isSeq(ignore)) existing = ignore.items.map(scalarText).filter((s): s is string => s !== undefined);
  }
  if (existing.includes(rule)) return { text: yamlText };
  return updateClaimAnnotation(yamlText, claim, { ignore: [...existing, rule] as RuleId[] });
};
