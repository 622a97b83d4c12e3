import * as assert from 'assert';
import type { AnchoredAnnotation } from '../../../src/engine/annotations/index';
import type { Finding } from '../../../src/engine/checks/types';
import { analyze } from '../../../src/engine/analyze';
import {
  claimVerificationSection,
  commandLink,
  registryEntryOf,
  registrySection,
  sourceVerificationSummary,
} from '../../../src/extension/checks/annotationSummary';
import { articleGlobFor } from '../../../src/extension/checks/checksContext';
import { presentFinding } from '../../../src/extension/checks/findingPresentation';

describe('how a finding is shown', () => {
  const finding: Finding = { rule: 'loaded-verb', severity: 'warning', message: '"insisted" judges the source.', start: 10, end: 18 };

  it('maps severities to VS Code\'s levels and links the rule code to its page', () => {
    const shown = presentFinding(finding, 100);
    assert.strictEqual(shown.severity, 1);
    assert.deepStrictEqual(shown.code.value, 'loaded-verb');
    assert.match(shown.code.target, /docs\/rules\/loaded-verb\.md$/);
    assert.strictEqual(presentFinding({ ...finding, severity: 'error' }, 100).severity, 0);
    assert.strictEqual(presentFinding({ ...finding, severity: 'information' }, 100).severity, 2);
    assert.strictEqual(presentFinding({ ...finding, severity: 'hint' }, 100).severity, 3);
  });

  it('keeps spans inside the text and gives an empty span one character', () => {
    assert.deepStrictEqual([presentFinding({ ...finding, start: 95, end: 120 }, 100).start, presentFinding({ ...finding, start: 95, end: 120 }, 100).end], [95, 100]);
    const empty = presentFinding({ ...finding, start: 5, end: 5 }, 100);
    assert.deepStrictEqual([empty.start, empty.end], [5, 6]);
    const past = presentFinding({ ...finding, start: 500, end: 600 }, 100);
    assert.deepStrictEqual([past.start, past.end], [100, 100]);
  });

  it('carries related locations (the first copy of a duplicated paragraph)', () => {
    const shown = presentFinding({ ...finding, related: [{ start: 0, end: 4, message: 'first copy' }] }, 100);
    assert.deepStrictEqual(shown.related, [{ start: 0, end: 4, message: 'first copy' }]);
  });
});

describe('hover card sections', () => {
  const text = 'Mayor Clara Wendt said the bridge will reopen in May. Wendt said the repairs cost 3 million dollars.\n';
  const analysis = analyze(text);
  const wendt = analysis.sources.find((s) => s.name === 'Clara Wendt')!;
  const claims = analysis.claims.filter((c) => c.sourceId === wendt.id);

  it('summarise how many of a source\'s claims are verified', () => {
    assert.ok(claims.length >= 2, 'two claims by Wendt');
    const anchors: AnchoredAnnotation[] = [
      { annotation: { text: claims[0].span.text, status: 'verified' }, index: 0, claimId: claims[0].id, match: 'exact' },
      { annotation: { text: claims[1].span.text, status: 'disputed' }, index: 1, claimId: claims[1].id, match: 'exact' },
    ];
    const summary = sourceVerificationSummary(analysis, wendt, anchors)!;
    assert.match(summary, new RegExp(`1 of ${claims.length} claims verified`));
    assert.match(summary, /1 disputed/);
  });

  it('show a claim\'s status, reviewer, note and evidence with command links', () => {
    const md = claimVerificationSection(
      { text: 'x', status: 'disputed', reviewer: 'N. Ferrante', date: '2026-03-02', note: 'Ask for the *recording*', evidence: 'evidence/t.txt' },
      { markVerified: 'command:sourcelight.markVerified?%5B%5D', addNote: 'command:sourcelight.addNote?%5B%5D', evidence: 'command:vscode.open?%5B%5D' },
    );
    assert.match(md, /Disputed\*\* by N\. Ferrante on 2026-03-02/);
    assert.match(md, /Note: Ask for the \\\*recording\\\*/);
    assert.match(md, /\[Mark verified\]\(command:sourcelight\.markVerified/);
    assert.match(md, /\[Edit note\]/);
    assert.match(md, /\[Go to evidence\]/);
  });

  it('offer no "Mark verified" link on a verified claim, and say an unannotated claim is not verified', () => {
    assert.doesNotMatch(claimVerificationSection({ text: 'x', status: 'verified' }, { markVerified: 'command:x' }), /Mark verified/);
    assert.match(claimVerificationSection(undefined, {}), /Not verified yet/);
  });

  it('show what the registry says, found by name or alias', () => {
    const registry = [{ name: 'Clara Wendt', aliases: ['Mayor Wendt'], contact: 'city hall press office', notes: 'On the record.' }];
    assert.strictEqual(registryEntryOf(registry, { name: 'clara wendt' })?.name, 'Clara Wendt');
    assert.strictEqual(registryEntryOf(registry, { name: 'Mayor Wendt' })?.name, 'Clara Wendt');
    const md = registrySection(registry[0])!;
    assert.match(md, /Contact: city hall press office/);
    assert.match(md, /Also written: Mayor Wendt/);
    assert.match(registrySection(undefined, 'command:add')!, /\[Add to registry\]\(command:add\)/);
    assert.strictEqual(registrySection(undefined), undefined);
  });

  it('build command links with URI-encoded JSON arguments', () => {
    const link = commandLink('sourcelight.markVerified', { uri: 'file:///a b.article', claimId: 'c1' });
    assert.strictEqual(link, `command:sourcelight.markVerified?${encodeURIComponent(JSON.stringify([{ uri: 'file:///a b.article', claimId: 'c1' }]))}`);
  });
});

describe('article files of the workspace', () => {
  it('are found by the extensions of the configured languages', () => {
    assert.strictEqual(articleGlobFor(['plaintext', 'markdown', 'news-article']), '**/*.{txt,md,markdown,article}');
    assert.strictEqual(articleGlobFor(['news-article']), '**/*.article');
    assert.strictEqual(articleGlobFor(['latex']), '**/*.article');
  });
});
