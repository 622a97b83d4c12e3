// Helpers for engine specifications: read fixture articles, find attributions by cue.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine/analyze';
import type { Analysis, Attribution, Span } from '../../../src/engine/types';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** The text of a fixture article in test/fixtures/articles. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'articles', name), 'utf8');
}

/** The attribution whose cue reads `cue` (the n-th one when several do). */
export function byCue(analysis: Analysis, cue: string, nth = 0): Attribution {
  const found = analysis.attributions.filter((a) => a.cue.text === cue);
  const att = found[nth];
  assert.ok(att, `no attribution with cue "${cue}" (cues: ${analysis.attributions.map((a) => JSON.stringify(a.cue.text)).join(', ')})`);
  return att;
}

/** The attribution whose source reads `source` and cue reads `cue`. */
export function find(analysis: Analysis, source: string | null, cue: string): Attribution {
  const att = analysis.attributions.find((a) => a.cue.text === cue && (a.source?.text ?? null) === source);
  assert.ok(
    att,
    `no attribution ${JSON.stringify(source)} —${cue}→ (found: ${analysis.attributions.map((a) => `${JSON.stringify(a.source?.text ?? null)} —${a.cue.text}→`).join('; ')})`,
  );
  return att;
}

/** An attribution as a specification compares it: its kind and the text of its source, cue and content. */
export interface FoundAttribution {
  kind: string;
  source: string | null;
  cue: string;
  content: string[];
}

/** The attributions found in `text`, as texts; every span of the analysis is checked against the text first. */
export function foundAttributions(text: string): FoundAttribution[] {
  const analysis = analyze(text);
  assertSpansExact(text, analysis);
  return analysis.attributions.map((a) => ({ kind: a.kind, source: a.source?.text ?? null, cue: a.cue.text, content: a.content.map((c) => c.text) }));
}

/** The attributions found in `text` whose cue is `cue` (see foundAttributions). */
export function foundWithCue(text: string, cue: string): FoundAttribution[] {
  return foundAttributions(text).filter((a) => a.cue === cue);
}

/** The attributions found in `text`, one line each: `source|cue|content` ("-" for no source, " / " between content pieces). */
export function attributionLines(text: string): string[] {
  return analyze(text).attributions.map((a) => `${a.source?.text ?? '-'}|${a.cue.text}|${a.content.map((c) => c.text).join(' / ')}`);
}

/** The text of each unattributed claim in `analysis`, in order. */
export function unattributedClaimTexts(analysis: Analysis): string[] {
  return analysis.claims.filter((c) => c.kind === 'unattributed').map((c) => c.span.text);
}

export function texts(spans: Span[]): string[] {
  return spans.map((s) => s.text);
}

/** Every span in the analysis lies inside the text and its `text` is the slice it names. */
export function assertSpansExact(text: string, analysis: Analysis): void {
  const check = (s: Span, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) inside 0..${text.length}`);
    assert.strictEqual(s.text, text.slice(s.start, s.end), `${what}: text is the slice`);
  };
  assert.strictEqual(analysis.length, text.length);
  for (const p of analysis.paragraphs) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, 'paragraph inside text');
  for (const s of analysis.sentences) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'sentence inside text');
  for (const q of analysis.quotes) {
    check(q, 'quote');
    check(q.inner, 'quote inner');
  }
  for (const a of analysis.attributions) {
    if (a.source) check(a.source, `source of ${a.id}`);
    check(a.cue, `cue of ${a.id}`);
    for (const c of a.content) check(c, `content of ${a.id}`);
  }
  for (const s of analysis.sources) for (const m of s.mentions) check(m, `mention of ${s.id}`);
  for (const c of analysis.claims) check(c.span, `claim ${c.id}`);
  for (const c of analysis.credits) check(c, 'credit');
  for (const p of analysis.problems) check(p, 'problem');
}
