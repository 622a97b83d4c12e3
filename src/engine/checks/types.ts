// The shapes of claim checks: rules, findings and what a rule may look at.
// Offsets are UTF-16 indices into the article text, like everything in the engine.
import type { AnchoredAnnotation, Sidecar } from '../annotations/index';
import type { SourcelightConfig } from '../config/index';
import type { Analysis } from '../types';

export type RuleId =
  | 'unattributed-quote'
  | 'unattributed-claim'
  | 'first-reference'
  | 'anonymous-source'
  | 'loaded-verb'
  | 'unbalanced-quote'
  | 'name-variant'
  | 'duplicate-paragraph'
  | 'unverified-claim'
  | 'quote-mismatch';

export const RULE_IDS: readonly RuleId[] = [
  'unattributed-quote',
  'unattributed-claim',
  'first-reference',
  'anonymous-source',
  'loaded-verb',
  'unbalanced-quote',
  'name-variant',
  'duplicate-paragraph',
  'unverified-claim',
  'quote-mismatch',
];

export const isRuleId = (value: unknown): value is RuleId => typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type FindingSeverity = Exclude<Severity, 'off'>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

export const isSeverity = (value: unknown): value is Severity => typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);

/** Replace `text.slice(start, end)` of the article with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix that is an edit of the article (fixes that write YAML are the caller's). */
export interface FindingFix {
  title: string;
  edits: TextEdit[];
  /** The obvious fix (VS Code's `isPreferred`). */
  isPreferred?: boolean;
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  rule: RuleId;
  severity: FindingSeverity;
  message: string;
  start: number;
  end: number;
  /** The claim the finding is about (Analysis claim id), when there is one. */
  claimId?: string;
  /** The source the finding is about (Analysis source id), when there is one. */
  sourceId?: string;
  fix?: FindingFix;
  related?: RelatedLocation[];
  /**
   * Rule-specific facts for quick fixes and hovers, e.g. `quote-mismatch` puts
   * `{ evidence, closestPassage }`, `anonymous-source` puts `{ sourceName }`,
   * `first-reference` puts `{ suggestion }`, `unverified-claim` puts `{ status }`.
   */
  data?: Record<string, unknown>;
}

/** What a rule reports; the runner adds the rule id and the configured severity. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'>;

export interface CheckContext {
  /** The article text that `analysis` was computed from. */
  text: string;
  analysis: Analysis;
  config: SourcelightConfig;
  /** The article's sidecar annotations, or null when there is no sidecar. */
  sidecar: Sidecar | null;
  /**
   * Reads an evidence file named in the sidecar (the path exactly as written there,
   * relative to the sidecar's folder; the caller resolves it). Undefined when unreadable.
   * Without it, `quote-mismatch` stays silent.
   */
  readEvidence?: (path: string) => string | undefined;
  /** Severities that win over `config.severities` (e.g. the editor's own settings). */
  severities?: Partial<Record<RuleId, Severity>>;
  /** Anchors already computed by `anchorAnnotations`; computed by the runner when absent. */
  anchors?: AnchoredAnnotation[];
}

/** What a rule's `check` receives: the check context with the anchors always present. */
export interface RuleContext extends CheckContext {
  anchors: AnchoredAnnotation[];
  /** Claim id → the annotation anchored to it. */
  annotationByClaim: Map<string, AnchoredAnnotation>;
}

/** A rule; its one-line description and page path are in `ruleDocs.ts`. */
export interface Rule {
  id: RuleId;
  defaultSeverity: FindingSeverity;
  check(ctx: RuleContext): RuleFinding[];
}

/** A rule from its id, the severity it has unless configured otherwise, and its check. */
export const rule = (id: RuleId, defaultSeverity: FindingSeverity, check: Rule['check']): Rule => ({ id, defaultSeverity, check });
