// Hand-built analyses for rule tests: spans are given by the words they cover, so a test
// states exactly what the engine "found" and the rule is judged on that alone.
import { analyze, emptyAnalysis } from '../../../src/engine/analyze';
import type { Sidecar } from '../../../src/engine/annotations/index';
import { runChecks, type CheckContext, type Finding, type RuleId } from '../../../src/engine/checks/index';
import { defaultConfig, type SourcelightConfig } from '../../../src/engine/config/index';
import type { Analysis, AttributionKind, ClaimKind, ClaimReason, MentionKind, QuoteKind, SourceType, Span } from '../../../src/engine/types';

export class AnalysisBuilder {
  readonly analysis: Analysis;
  constructor(readonly text: string) {
    const paragraphs: { start: number; end: number }[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      if (line.trim() !== '') paragraphs.push({ start, end: start + line.length });
      start += line.length + 1;
    }
    this.analysis = {
      ...emptyAnalysis(text.length),
      paragraphs,
      sentences: paragraphs.map((p, i) => ({ ...p, paragraph: i })),
    };
  }

  /** The span of the nth (0-based) occurrence of `words`. */
  span(words: string, nth = 0): Span {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = this.text.indexOf(words, at + 1);
      if (at < 0) throw new Error(`"${words}" (occurrence ${nth}) is not in the fixture`);
    }
    return { start: at, end: at + words.length, text: words };
  }

  source(id: string, name: string, type: SourceType, mentions: [string, MentionKind, number?][], extra: { title?: string; affiliation?: string } = {}): this {
    this.analysis.sources.push({
      id,
      name,
      type,
      ...extra,
      mentions: mentions.map(([words, kind, nth]) => ({ ...this.span(words, nth ?? 0), kind, sourceId: id })).sort((a, b) => a.start - b.start),
    });
    return this;
  }

  /** An attribution and its claim (the claim id is `c` + the attribution's number). */
  attribution(id: string, kind: AttributionKind, source: string | null, cue: string, content: string, sourceId: string | null): this {
    const contentSpan = this.span(content);
    this.analysis.attributions.push({
      id,
      kind,
      source: source === null ? null : this.span(source),
      cue: this.span(cue),
      content: [contentSpan],
      sourceId,
      parentId: null,
    });
    this.claim(`c${id.slice(1)}`, kind, content, id, sourceId);
    return this;
  }

  claim(id: string, kind: ClaimKind, words: string, attributionId: string | null = null, sourceId: string | null = null, reasons?: ClaimReason[]): this {
    this.analysis.claims.push({ id, kind, span: this.span(words), attributionId, sourceId, ...(reasons ? { reasons } : {}) });
    this.analysis.claims.sort((a, b) => a.span.start - b.span.start);
    return this;
  }

  /** A quotation, given with its marks. */
  quote(withMarks: string, kind: QuoteKind, attributionId: string | null, multiParagraph = false, nth = 0): this {
    const s = this.span(withMarks, nth);
    this.analysis.quotes.push({ ...s, inner: { start: s.start + 1, end: s.end - 1, text: withMarks.slice(1, -1) }, kind, multiParagraph, attributionId });
    this.analysis.quotes.sort((a, b) => a.start - b.start);
    return this;
  }

  credit(words: string, kind: 'photo' | 'wire', name: string): this {
    this.analysis.credits.push({ ...this.span(words), kind, name });
    return this;
  }

  problem(words: string, code: 'unbalanced-quote-open' | 'unbalanced-quote-close', message: string, nth = 0): this {
    this.analysis.problems.push({ ...this.span(words, nth), code, message });
    return this;
  }
}

export interface CheckOptions {
  config?: Partial<SourcelightConfig>;
  sidecar?: Sidecar | null;
  evidence?: Record<string, string>;
}

function context(text: string, analysis: Analysis, options: CheckOptions): CheckContext {
  const evidence = options.evidence;
  return {
    text,
    analysis,
    config: { ...defaultConfig(), ...options.config },
    sidecar: options.sidecar ?? null,
    readEvidence: evidence ? (path) => evidence[path] : undefined,
  };
}

/** The findings of one rule on a hand-built analysis. */
export function findingsOf(rule: RuleId, builder: AnalysisBuilder, options: CheckOptions = {}): Finding[] {
  return runChecks(context(builder.text, builder.analysis, options)).filter((f) => f.rule === rule);
}

/** The findings of one rule on the engine's own analysis of `text`. */
export function findingsOnText(rule: RuleId, text: string, options: CheckOptions = {}): Finding[] {
  const analysis = analyze(text, { cueVerbs: options.config?.cueVerbs, registry: options.config?.registry });
  return runChecks(context(text, analysis, options)).filter((f) => f.rule === rule);
}

/** Applies a finding's fix to the text. */
export function applyFix(text: string, finding: Finding): string {
  if (!finding.fix) throw new Error(`finding has no fix: ${finding.message}`);
  let out = text;
  for (const edit of [...finding.fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

export function flagged(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}
