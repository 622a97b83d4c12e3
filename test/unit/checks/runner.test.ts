import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/engine/analyze';
import { RULE_IDS, ruleDocsUrl, rules, runChecks } from '../../../src/engine/checks/index';
import { RULE_DESCRIPTIONS, ruleDocsPath } from '../../../src/engine/checks/ruleDocs';
import { defaultConfig } from '../../../src/engine/config/index';
import { AnalysisBuilder, findingsOf } from './builder';

const repoRoot = path.resolve(__dirname, '../../../..');

function loadedVerbFixture(): AnalysisBuilder {
  const b = new AnalysisBuilder('The mayor claimed the pier was safe.');
  b.source('s1', 'mayor', 'person', [['The mayor', 'role']]);
  b.attribution('a1', 'indirect', 'The mayor', 'claimed', 'the pier was safe', 's1');
  return b;
}

describe('the claim-check runner', () => {
  it('has the ten rules, each with a default severity, a description and a docs page in the repository', () => {
    assert.deepStrictEqual(rules.map((r) => r.id).sort(), [...RULE_IDS].sort());
    for (const rule of rules) {
      assert.ok(RULE_DESCRIPTIONS[rule.id].length > 10, rule.id);
      assert.strictEqual(ruleDocsPath(rule.id), `docs/rules/${rule.id}.md`);
      assert.ok(fs.existsSync(path.join(repoRoot, ruleDocsPath(rule.id))), `${ruleDocsPath(rule.id)} exists`);
      assert.strictEqual(ruleDocsUrl(rule.id), `https://github.com/sourcelight/sourcelight/blob/main/docs/rules/${rule.id}.md`);
    }
  });

  it('keeps the Problems panel quiet by default: no rule but the two structural/evidence ones is an error', () => {
    const defaults = Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity]));
    assert.strictEqual(defaults['unattributed-claim'], 'hint');
    assert.strictEqual(defaults['unverified-claim'], 'information');
    assert.strictEqual(defaults['loaded-verb'], 'warning');
    assert.deepStrictEqual(rules.filter((r) => r.defaultSeverity === 'error').map((r) => r.id).sort(), ['quote-mismatch', 'unbalanced-quote']);
  });

  it('applies severities from .sourcelight.yaml, and the editor settings over those', () => {
    const b = loadedVerbFixture();
    assert.strictEqual(findingsOf('loaded-verb', b, { config: { severities: { 'loaded-verb': 'error' } } })[0].severity, 'error');
    const ctx = { text: b.text, analysis: b.analysis, config: { ...defaultConfig(), severities: { 'loaded-verb': 'error' as const } }, sidecar: null, severities: { 'loaded-verb': 'hint' as const } };
    assert.strictEqual(runChecks(ctx).find((f) => f.rule === 'loaded-verb')?.severity, 'hint');
  });

  it('skips rules that are off', () => {
    assert.deepStrictEqual(findingsOf('loaded-verb', loadedVerbFixture(), { config: { severities: { 'loaded-verb': 'off' } } }), []);
  });

  it("honours a claim's ignore list in the sidecar", () => {
    const sidecar = { annotations: [{ text: 'the pier was safe', status: 'unverified' as const, ignore: ['loaded-verb' as const] }] };
    assert.deepStrictEqual(findingsOf('loaded-verb', loadedVerbFixture(), { sidecar }), []);
    assert.strictEqual(findingsOf('unverified-claim', loadedVerbFixture(), { sidecar }).length, 1);
  });

  it('returns findings in text order', () => {
    const text = 'The mayor claimed the pier was safe.\n\n"Nobody asked us."\n\nThe mayor claimed the pier was safe.\n';
    const findings = runChecks({ text, analysis: analyze(text), config: defaultConfig(), sidecar: null });
    const starts = findings.map((f) => f.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('never throws, on junk text or on a broken analysis', () => {
    for (const text of ['', '"', '\u0000\uffff\ud800', '"'.repeat(5000), 'a\n'.repeat(2000)]) {
      runChecks({ text, analysis: analyze(text), config: defaultConfig(), sidecar: { annotations: [{ text: '"', status: 'verified' }] }, readEvidence: () => '"' });
    }
    const broken = { ...analyze('x'), claims: null } as unknown as ReturnType<typeof analyze>;
    assert.doesNotThrow(() => runChecks({ text: 'x', analysis: broken, config: defaultConfig(), sidecar: null }));
  });
});
