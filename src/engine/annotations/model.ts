// The per-article sidecar `ARTICLE.sources.yaml`: what the newsroom recorded about each
// claim. Field names follow schema.org ClaimReview where they fit (`text`, `claimant`,
// `reviewRating`). Reading never throws; a partly wrong file keeps its valid annotations.
import { isRuleId, type RuleId } from '../checks/types';
import { nodeRange, readYaml, type YamlProblem } from '../config/yamlSafety';

export type ClaimStatus = 'unverified' | 'verified' | 'disputed' | 'false';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'verified', 'disputed', 'false'];

export interface ClaimAnnotation {
  /** The claim as written in the article (ClaimReview's `claimReviewed`/`text`). */
  text: string;
  /** A few words before and after the claim, `before … after`, to tell identical claims apart. */
  context?: string;
  /** Who made the claim (the source's canonical name). */
  claimant?: string;
  status: ClaimStatus;
  /** ClaimReview's rating, free text ("True", "Mostly false", "Misleading"). */
  reviewRating?: string;
  note?: string;
  /** A URL or a workspace path relative to the sidecar's folder (a transcript, a press release). */
  evidence?: string;
  reviewer?: string;
  /** ISO date of the review, e.g. 2026-11-28. */
  date?: string;
  /** Rules whose findings on this claim the newsroom has chosen to ignore. */
  ignore?: RuleId[];
}

export interface Sidecar {
  annotations: ClaimAnnotation[];
}

export interface ParsedSidecar {
  sidecar: Sidecar;
  /** Positions are offsets into the YAML text, for diagnostics on the sidecar. */
  errors: YamlProblem[];
  /** Where each annotation sits in the YAML text (parallel to `sidecar.annotations`). */
  ranges: { start: number; end: number }[];
}

const TEXT_FIELDS = ['context', 'claimant', 'reviewRating', 'note', 'evidence', 'reviewer', 'date'] as const;

/** Reads a sidecar. Never throws: an empty sidecar plus messages for whatever is wrong. */
export const parseSidecar = (yamlText: string): ParsedSidecar => {
  const sidecar: Sidecar = { annotations: [] };
  const ranges: { start: number; end: number }[] = [];
  const errors = readYaml(yamlText, 'The sidecar', (reader, root) => {
    for (const { key, pair } of reader.pairs(root)) {
      if (key !== 'claims') {
        if (key !== 'article') reader.warn(pair.key, `Unknown sidecar key '${key}' (expected 'claims'); it is ignored.`);
        continue;
      }
      for (const item of reader.seq(pair.value, 'claims')) {
        const map = reader.map(item, 'Each claim annotation');
        if (!map) continue;
        const annotation: Partial<ClaimAnnotation> = {};
        for (const entry of reader.pairs(map)) {
          const k = entry.key;
          if (k === 'text') annotation.text = reader.string(entry.pair.value, 'text');
          else if (k === 'status') {
            const status = reader.oneOf(entry.pair.value, 'status', CLAIM_STATUSES, `status should be one of ${CLAIM_STATUSES.join(', ')}; 'unverified' is assumed.`);
            if (status !== undefined) annotation.status = status;
          } else if (k === 'ignore') {
            const ignore: RuleId[] = [];
            for (const rule of reader.stringList(entry.pair.value, 'ignore')) {
              if (isRuleId(rule)) ignore.push(rule);
              else reader.warn(entry.pair.value, `Unknown rule '${rule}' in ignore; it is ignored.`);
            }
            annotation.ignore = ignore;
          } else if ((TEXT_FIELDS as readonly string[]).includes(k)) {
            const value = reader.string(entry.pair.value, k);
            if (value !== undefined) annotation[k as (typeof TEXT_FIELDS)[number]] = value;
          } else reader.warn(entry.pair.key, `Unknown annotation field '${k}'; it is kept but not used.`);
        }
        if (annotation.text === undefined || annotation.text.trim() === '') {
          reader.warn(map, "A claim annotation needs the claim's text; this one is not used (it stays in the file).");
          continue;
        }
        annotation.status ??= 'unverified';
        sidecar.annotations.push(annotation as ClaimAnnotation);
        ranges.push(nodeRange(map, yamlText.length));
      }
    }
  });
  return { sidecar, errors, ranges };
};

/**
 * The sidecar that belongs to an article: the article's name with its last extension
 * replaced by `.sources.yaml`, in the same folder (`korea-us-call.txt` →
 * `korea-us-call.sources.yaml`, `story.article` → `story.sources.yaml`, `NOTES` →
 * `NOTES.sources.yaml`). Works on `/` and `\` paths and on URI paths.
 */
export const sidecarPathFor = (articlePath: string): string => {
  const slash = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\'));
  const folder = articlePath.slice(0, slash + 1);
  const name = articlePath.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${folder}${stem}.sources.yaml`;
};

/** Whether a path names a sidecar (so workspace checks do not treat it as an article). */
export const isSidecarPath = (path: string): boolean => path.endsWith('.sources.yaml');

/** Whether an annotation's evidence is a link rather than a workspace file. */
export const isEvidenceUrl = (evidence: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(evidence.trim()) && !/^[a-z]:[\\/]/i.test(evidence.trim());
