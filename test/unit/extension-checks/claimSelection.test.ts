import * as assert from 'assert';
import { anchorAnnotations, parseSidecar } from '../../../src/engine/annotations/index';
import { analyze } from '../../../src/engine/analyze';
import {
  automaticSeverities,
  claimUnder,
  nextUnverifiedClaim,
  registryEntryFor,
  relocateClaim,
  sourceAt,
} from '../../../src/extension/checks/claimSelection';

const ARTICLE = [
  'Mayor Clara Wendt said on Monday that the Hale Street bridge will reopen in May.',
  '',
  '"We will not cut corners on safety," Wendt said.',
  '',
  'The repairs cost 3 million dollars, according to the city transport office.',
  '',
].join('\n');

describe('choosing the claim a command is about', () => {
  const analysis = analyze(ARTICLE);
  const bridge = analysis.claims.find((c) => c.span.text.includes('Hale Street bridge'))!;

  it('finds the claim under the cursor in its content, or on its cue', () => {
    assert.ok(bridge, 'the bridge claim');
    assert.strictEqual(claimUnder(analysis, ARTICLE.indexOf('Hale Street'))?.id, bridge.id);
    assert.strictEqual(claimUnder(analysis, ARTICLE.indexOf('said on Monday') + 1)?.id, bridge.id);
  });

  it('finds no claim in the blank line between paragraphs', () => {
    assert.strictEqual(claimUnder(analysis, ARTICLE.indexOf('\n\n') + 1), undefined);
  });

  it('finds a claim of an older analysis again after an edit moved it', () => {
    const edited = `UPDATED: ${ARTICLE}`;
    const newer = analyze(edited);
    const found = relocateClaim(newer, bridge);
    assert.ok(found);
    assert.strictEqual(found.span.text, bridge.span.text);
    assert.strictEqual(found.span.start, bridge.span.start + 'UPDATED: '.length);
  });

  it('finds nothing when the claim was deleted', () => {
    const newer = analyze(ARTICLE.replace(/Mayor Clara Wendt said[^\n]*\n/, ''));
    assert.strictEqual(relocateClaim(newer, bridge), undefined);
  });

  it('goes to the next claim not marked verified, wrapping round to the top', () => {
    const sidecar = parseSidecar(`claims:\n  - text: ${JSON.stringify(bridge.span.text)}\n    status: verified\n`).sidecar;
    const anchors = anchorAnnotations(ARTICLE, analysis, sidecar);
    const fromTop = nextUnverifiedClaim(analysis, anchors, -1);
    assert.ok(fromTop && fromTop.id !== bridge.id, 'the verified claim is skipped');
    const last = [...analysis.claims].sort((a, b) => b.span.start - a.span.start)[0];
    assert.strictEqual(nextUnverifiedClaim(analysis, anchors, last.span.start)?.id, fromTop.id, 'wraps round');
  });

  it('has no next unverified claim when every claim is verified', () => {
    const yaml = `claims:\n${analysis.claims.map((c) => `  - text: ${JSON.stringify(c.span.text)}\n    status: verified\n`).join('')}`;
    const anchors = anchorAnnotations(ARTICLE, analysis, parseSidecar(yaml).sidecar);
    assert.strictEqual(nextUnverifiedClaim(analysis, anchors, 0), undefined);
  });

  it('finds the source under the cursor and describes it for the registry', () => {
    const wendt = sourceAt(analysis, ARTICLE.indexOf('Clara Wendt') + 2);
    assert.strictEqual(wendt?.name, 'Clara Wendt');
    const entry = registryEntryFor(wendt!);
    assert.strictEqual(entry.name, 'Clara Wendt');
    assert.strictEqual(entry.type, 'person');
    assert.match(entry.title ?? '', /Mayor/);
  });
});

describe('pre-publication checks while typing', () => {
  it('turn unverified-claim off for an article nobody is tracking yet', () => {
    assert.deepStrictEqual(automaticSeverities({ 'loaded-verb': 'error' }, false), { 'loaded-verb': 'error', 'unverified-claim': 'off' });
  });

  it('keep the user\'s severities once the check is asked for or the article has a sidecar', () => {
    assert.deepStrictEqual(automaticSeverities({ 'unverified-claim': 'warning' }, true), { 'unverified-claim': 'warning' });
    assert.deepStrictEqual(automaticSeverities({}, true), {});
  });
});
