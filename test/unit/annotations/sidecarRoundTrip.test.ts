// The round-trip property of sidecar writes, on generated sidecars: after any write, reading the
// result gives the old annotations plus exactly the change, and every byte outside the entry
// that changed is still there. Malformed sidecars are refused and never rewritten.
import * as assert from 'assert';
import { ignoreFindingForClaim, parseSidecar, updateClaimAnnotation, type ClaimAnnotation, type ClaimAnnotationPatch } from '../../../src/engine/annotations/index';
import { addSourceToRegistry, parseConfig } from '../../../src/engine/config/index';
import { RULE_IDS } from '../../../src/engine/checks/types';

const ODD = ['plain', 'a: b', 'x #y', '#lead', '- lead', '? q', '* star', '& amp', '! bang', '% pct', '@ at', "it's", 'say "hi"', 'line\nbreak', 'tab\there', 'café ☕ 𝄞', ' padded ', 'trailing:', '[x]', '{y}', 'a, b', '2026-03-04', 'yes', 'null', '~', '123', '0x1F', '1.50', 'true', '"', "'"];
const STATUSES = ['unverified', 'verified', 'disputed', 'false'] as const;
const TEXT_FIELDS = ['context', 'claimant', 'reviewRating', 'evidence', 'note', 'reviewer', 'date'] as const;

const generator = (seed: number) => {
  let s = seed;
  const rnd = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const pick = <T>(a: readonly T[]): T => a[rnd(a.length)];
  /** A string as one of YAML's scalar styles (every style reads back as the same string). */
  const scalar = (value: string, inFlow: boolean): string => {
    const style = rnd(4);
    if (style === 1 && !/[\n\t\\]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
    if (style === 2 && !inFlow && /^[a-z]/.test(value) && !/[\n:#]/.test(value) && value.trim() === value) return value;
    return JSON.stringify(value);
  };
  const comment = (): string => pick(['', '', '', ' # note', '   # spaced']);
  return { rnd, pick, scalar, comment };
};

interface Generated {
  text: string;
  annotations: ClaimAnnotation[];
}

const generateSidecar = (seed: number): Generated => {
  const { rnd, pick, scalar, comment } = generator(seed);
  const nl = rnd(5) === 0 ? '\r\n' : '\n';
  const indent = pick(['', '  ', '    ']);
  const lines: string[] = [];
  const annotations: ClaimAnnotation[] = [];
  if (rnd(2)) lines.push('# Fact-check notes');
  if (rnd(3) === 0) lines.push('article: story.txt');
  lines.push(`claims:${comment()}`);
  const count = 1 + rnd(4);
  for (let i = 0; i < count; i++) {
    const annotation: ClaimAnnotation = { text: `claim number ${i} ${pick(['about the pier', 'on repairs', 'of the budget'])}`, status: 'unverified' };
    const fields: [string, string | string[]][] = [['text', annotation.text]];
    for (const key of TEXT_FIELDS) if (rnd(3) === 0) fields.push([key, pick(ODD)]);
    if (rnd(2)) fields.push(['status', pick(STATUSES)]);
    if (rnd(4) === 0) fields.push(['ignore', ['loaded-verb']]);
    if (rnd(4) === 0) fields.reverse();
    for (const [k, v] of fields) (annotation as unknown as Record<string, unknown>)[k] = v;
    annotations.push(annotation);
    if (rnd(3) === 0) lines.push(`${indent}# entry ${i}`);
    if (rnd(6) === 0) {
      lines.push(`${indent}- {${fields.map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : scalar(v, true)}`).join(', ')}}${comment()}`);
      continue;
    }
    fields.forEach(([k, v], j) => {
      const lead = j === 0 ? `${indent}- ` : `${indent}  `;
      if (j > 0 && rnd(6) === 0) lines.push(`${indent}  # about ${k}`);
      if (Array.isArray(v)) {
        if (rnd(2)) lines.push(`${lead}${k}: [${v.join(', ')}]${comment()}`);
        else lines.push(`${lead}${k}:${comment()}`, ...v.map((x) => `${indent}    - ${x}`));
      } else if (k !== 'text' && rnd(6) === 0 && !v.includes('\n') && v.trim() === v && v !== '') lines.push(`${lead}${k}: |-`, `${indent}    ${v}`);
      else lines.push(`${lead}${k}: ${scalar(v, false)}${comment()}`);
    });
    if (rnd(5) === 0) lines.push('');
  }
  if (rnd(4) === 0) lines.push('# the end');
  return { text: lines.join(nl) + (rnd(6) ? nl : ''), annotations };
};

const generatePatch = (seed: number): ClaimAnnotationPatch => {
  const { rnd, pick } = generator(seed);
  const patch: ClaimAnnotationPatch = {};
  for (const key of TEXT_FIELDS) {
    if (key === 'context') continue;
    const r = rnd(4);
    if (r === 0) patch[key] = pick(ODD);
    else if (r === 1) patch[key] = null;
  }
  if (rnd(2)) patch.status = pick(STATUSES);
  if (rnd(3) === 0) patch.ignore = rnd(2) ? null : [pick(RULE_IDS), pick(RULE_IDS)].filter((r, i, a) => a.indexOf(r) === i);
  return patch;
};

/** What a patch does to an annotation, as `updateClaimAnnotation` documents it. */
const applyPatch = (annotation: ClaimAnnotation, patch: ClaimAnnotationPatch): ClaimAnnotation => {
  const out: Record<string, unknown> = { ...annotation };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'text') continue;
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete out[key];
    else out[key] = value;
  }
  if (out.status === undefined) out.status = 'unverified';
  return out as unknown as ClaimAnnotation;
};

const sorted = (a: ClaimAnnotation): Record<string, unknown> => Object.fromEntries(Object.entries(a).sort(([x], [y]) => x.localeCompare(y)));

/** The number of characters `a` and `b` share at their start and at their end. */
const sharedEnds = (a: string, b: string): { prefix: number; suffix: number } => {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
};

describe('sidecar writes on generated sidecars (round-trip property)', () => {
  it('the generator writes what it means: every generated sidecar reads back as generated', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { text, annotations } = generateSidecar(seed);
      const { sidecar, errors } = parseSidecar(text);
      assert.deepStrictEqual(errors, [], text);
      assert.deepStrictEqual(sidecar.annotations.map(sorted), annotations.map((a) => sorted({ ...a, status: a.status ?? 'unverified' })), text);
    }
  });

  it('updating an entry changes exactly that entry, and only the bytes inside it', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { text } = generateSidecar(seed);
      const before = parseSidecar(text);
      const index = seed % before.sidecar.annotations.length;
      const target = before.sidecar.annotations[index];
      const patch = generatePatch(seed * 7);
      const result = updateClaimAnnotation(text, { text: target.text, context: target.context ?? '' }, patch);
      assert.ok('text' in result, `${text}\n${JSON.stringify(patch)}: ${'error' in result ? result.error : ''}`);
      const after = parseSidecar(result.text);
      assert.deepStrictEqual(after.errors, [], result.text);
      const expected = before.sidecar.annotations.map((a, i) => (i === index ? applyPatch(a, patch) : a));
      assert.deepStrictEqual(after.sidecar.annotations.map(sorted), expected.map(sorted), `${text}\n--- ${JSON.stringify(patch)}\n${result.text}`);
      const { prefix, suffix } = sharedEnds(text, result.text);
      const range = before.ranges[index];
      assert.ok(prefix >= range.start && suffix >= text.length - range.end, `bytes outside the entry changed:\n${text}\n--- ${JSON.stringify(patch)}\n${result.text}`);
    }
  });

  it('a new entry is one inserted block: the old text is all still there, around it', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { text } = generateSidecar(seed);
      const before = parseSidecar(text).sidecar.annotations;
      const patch = generatePatch(seed * 13);
      const claim = { text: 'a claim no entry has yet', context: 'before … after', claimant: 'Ana Lopes' };
      const result = updateClaimAnnotation(text, claim, patch);
      assert.ok('text' in result);
      const after = parseSidecar(result.text);
      assert.deepStrictEqual(after.errors, [], result.text);
      const added = applyPatch({ text: claim.text, context: claim.context, claimant: claim.claimant, status: 'unverified' }, patch);
      assert.deepStrictEqual(after.sidecar.annotations.map(sorted), [...before, added].map(sorted), result.text);
      const { prefix, suffix } = sharedEnds(text, result.text);
      assert.ok(prefix + suffix >= text.length, `the old text was changed, not only added to:\n${text}\n---\n${result.text}`);
    }
  });

  it('ignoring a finding adds the rule once, and only to that entry', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { text } = generateSidecar(seed);
      const before = parseSidecar(text).sidecar.annotations;
      const target = before[0];
      const once = ignoreFindingForClaim(text, { text: target.text, context: target.context ?? '' }, 'first-reference');
      assert.ok('text' in once);
      const twice = ignoreFindingForClaim(once.text, { text: target.text, context: target.context ?? '' }, 'first-reference');
      assert.ok('text' in twice && twice.text === once.text, 'the second time changes nothing');
      const after = parseSidecar(once.text).sidecar.annotations;
      assert.deepStrictEqual(after[0].ignore, [...(target.ignore ?? []), 'first-reference']);
      assert.deepStrictEqual(after.slice(1), before.slice(1));
    }
  });

  it('a malformed sidecar is refused and never rewritten', () => {
    const { rnd, pick } = generator(99);
    let refused = 0;
    for (let seed = 1; seed <= 300; seed++) {
      let text = generateSidecar(seed).text;
      for (let k = 1 + rnd(2); k > 0; k--) {
        const at = rnd(text.length + 1);
        text = text.slice(0, at) + pick(['"', "'", '[', '{', '\t', ':', '- ', '\n  x', '&a ', '*a ', '---\n', '%', '@']) + text.slice(at + rnd(3));
      }
      const malformed = parseSidecar(text).errors.some((e) => e.severity === 'error');
      const result = updateClaimAnnotation(text, { text: 'claim number 0 about the pier', context: '' }, { status: 'verified' });
      if (malformed) {
        refused++;
        assert.ok('error' in result, `a malformed sidecar was rewritten:\n${text}`);
      } else if ('text' in result) assert.deepStrictEqual(parseSidecar(result.text).errors.filter((e) => e.severity === 'error'), [], result.text);
    }
    assert.ok(refused > 50, `${refused} of the mutated sidecars were malformed`);
  });

  it('adding sources keeps the registry and everything around it', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { rnd, pick, scalar, comment } = generator(seed);
      const indent = pick(['', '  ']);
      const lines = ['# house style', `cueVerbs: [briefed]${comment()}`, 'registry:'];
      const names = ['Ana Lopes', 'Ben Ortiz', 'Carla Dias'].slice(0, rnd(4));
      for (const name of names) lines.push(`${indent}- name: ${scalar(name, false)}${comment()}`, `${indent}  title: ${scalar(pick(ODD), false)}`);
      if (names.length === 0) lines[2] = pick(['registry:', 'registry: []', 'registry: ~']);
      lines.push('severities:', '  loaded-verb: off');
      const text = `${lines.join('\n')}\n`;
      const before = parseConfig(text);
      assert.deepStrictEqual(before.errors, [], text);
      const source = { name: 'Zed Quill', aliases: ['Quill', pick(ODD)], title: pick(ODD), type: 'person' as const, notes: pick(ODD) };
      const result = addSourceToRegistry(text, source);
      assert.ok('text' in result, text);
      const after = parseConfig(result.text);
      assert.deepStrictEqual(after.errors, [], result.text);
      assert.deepStrictEqual(after.config.registry, [...before.config.registry, { ...source, aliases: source.aliases.map((a) => a.trim()).filter((a) => a !== '') }], result.text);
      assert.deepStrictEqual(after.config.severities, before.config.severities);
      for (const line of lines.filter((l) => !l.startsWith('registry:'))) assert.ok(result.text.includes(line), line);
    }
  });
});
