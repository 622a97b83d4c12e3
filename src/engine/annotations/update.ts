// Writing annotations back by splicing the sidecar's text: the user's comments, key order
// and formatting stay byte for byte wherever nothing changes. A malformed or hostile sidecar
// is never rewritten (the functions return an error instead).
import { notChanged, pairOf, parseYamlForWriting, type YamlMap, type YamlNode } from '../config/yamlSafety';
import { listToWrite, setField, startWrite, writtenText, type YamlValue } from '../config/yamlWrite';
import type { RuleId } from '../checks/types';
import { FUZZY_ANCHOR_THRESHOLD, type ClaimAnchor } from './anchor';
import type { ClaimAnnotation } from './model';
import { claimDisplayText, claimKey, diceSimilarity, wordTokens } from './normalize';

/** A change to an annotation: a value sets the field, null removes it, absent leaves it. */
export type ClaimAnnotationPatch = { [K in keyof ClaimAnnotation]?: ClaimAnnotation[K] | null };

const FIELD_ORDER: (keyof ClaimAnnotation)[] = ['text', 'context', 'claimant', 'status', 'reviewRating', 'evidence', 'note', 'reviewer', 'date', 'ignore'];

const SIDECAR = 'The sidecar';

const NEW_SIDECAR_HEADER = ' Sourcelight claim annotations for this article: one entry per claim, matched by its text.';

const scalarText = (node: YamlNode | null | undefined): string | undefined => {
  if (node?.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return undefined;
};

const fieldOf = (map: YamlMap, key: string): YamlNode | null | undefined => pairOf(map, key)?.value;

/** Finds the entry for a claim: the same text (context breaks ties), else the closest near match. */
const findEntry = (items: readonly YamlNode[], anchor: ClaimAnchor): number => {
  const key = claimKey(anchor.text);
  const ctx = wordTokens(anchor.context ?? '');
  const tokens = wordTokens(anchor.text);
  let best = -1;
  let bestScore = -1;
  items.forEach((item, i) => {
    if (item.kind !== 'map') return;
    const text = scalarText(fieldOf(item, 'text'));
    if (text === undefined) return;
    const context = scalarText(fieldOf(item, 'context')) ?? '';
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

/**
 * Creates or updates the annotation for a claim in the sidecar text. The entry is found by
 * the claim's text and context (a near match when the claim was edited, whose text and
 * context are then brought up to date); a new entry is appended with status `unverified`
 * unless the patch says otherwise. Creates the file's content when it is empty.
 */
export const updateClaimAnnotation = (yamlText: string, claim: ClaimAnchor, patch: ClaimAnnotationPatch): { text: string } | { error: string } => {
  try {
    if (!claim || typeof claim.text !== 'string' || claim.text.trim() === '') return { error: 'The claim has no text.' };
    let text = typeof yamlText === 'string' ? yamlText : '';
    /** The claims list of `text` as it is now, ready to be written. */
    const open = () => {
      const parsed = parseYamlForWriting(text, SIDECAR);
      if ('error' in parsed) return parsed;
      const write = startWrite(parsed.doc);
      const list = listToWrite(write, 'claims', SIDECAR, "'claims' is not a list.", NEW_SIDECAR_HEADER);
      return 'error' in list ? list : { write, list };
    };
    const opened = open();
    if ('error' in opened) return opened;
    const found = findEntry(opened.list.items, claim);
    if (found < 0) {
      const entry: Record<string, string | readonly string[]> = {};
      const values: ClaimAnnotationPatch = { text: claimDisplayText(claim.text), context: claim.context, claimant: claim.claimant, status: 'unverified', ...patch };
      for (const key of FIELD_ORDER) {
        const value = values[key];
        if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        entry[key] = value;
      }
      opened.list.append(entry as YamlValue);
      return writtenSidecar(writtenText(opened.write));
    }
    const entry = opened.list.items[found] as YamlMap;
    const changes = new Map<keyof ClaimAnnotation, string | readonly string[] | null>();
    const currentText = claimDisplayText(claim.text);
    if (claimKey(scalarText(fieldOf(entry, 'text')) ?? '') !== claimKey(currentText)) changes.set('text', currentText);
    if (claim.context && scalarText(fieldOf(entry, 'context')) !== claim.context) changes.set('context', claim.context);
    for (const key of FIELD_ORDER) {
      const value = patch[key];
      if (key !== 'text' && key in patch && value !== undefined) changes.set(key, value);
    }
    // One field at a time, each on the text the previous one wrote, so changes never collide.
    for (const key of FIELD_ORDER) {
      if (!changes.has(key)) continue;
      const now = key === FIELD_ORDER.find((k) => changes.has(k)) ? opened : open();
      if ('error' in now) return notChanged(SIDECAR, 'Sourcelight could not write this change safely.');
      setField(now.write, now.list.items[found] as YamlMap, key, changes.get(key)!, FIELD_ORDER);
      text = writtenText(now.write);
    }
    return writtenSidecar(text);
  } catch (error) {
    return notChanged(SIDECAR, error instanceof Error ? error.message : String(error));
  }
};

/** A written sidecar, checked: text that would not read back cleanly is never returned. */
const writtenSidecar = (text: string): { text: string } | { error: string } =>
  'error' in parseYamlForWriting(text, SIDECAR) ? notChanged(SIDECAR, 'Sourcelight could not write this change safely.') : { text };

/** Records "ignore this rule's findings on this claim" in the sidecar (the quick fix). */
export const ignoreFindingForClaim = (yamlText: string, claim: ClaimAnchor, rule: RuleId): { text: string } | { error: string } => {
  const parsed = parseYamlForWriting(typeof yamlText === 'string' ? yamlText : '', SIDECAR);
  if ('error' in parsed) return parsed;
  let existing: string[] = [];
  const root = parsed.doc.contents;
  const claims = root.kind === 'map' ? fieldOf(root, 'claims') : undefined;
  if (claims?.kind === 'seq') {
    const found = findEntry(claims.items, claim);
    const entry = found >= 0 ? claims.items[found] : undefined;
    const ignore = entry?.kind === 'map' ? fieldOf(entry, 'ignore') : undefined;
    if (ignore?.kind === 'seq') existing = ignore.items.map(scalarText).filter((s): s is string => s !== undefined);
    else if (scalarText(ignore) !== undefined) existing = [scalarText(ignore)!.trim()]; // `ignore: loaded-verb` reads as a one-rule list
  }
  if (existing.includes(rule)) return { text: yamlText };
  return updateClaimAnnotation(yamlText, claim, { ignore: [...existing, rule] as RuleId[] });
};
