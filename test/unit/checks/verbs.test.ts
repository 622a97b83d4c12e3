import * as assert from 'assert';
import { AnalysisBuilder, applyFix, findingsOf, findingsOnText, flagged } from './builder';

function withCue(sentence: string, cue: string, content: string, source = 'The mayor'): AnalysisBuilder {
  const b = new AnalysisBuilder(sentence);
  b.source('s1', 'mayor', 'person', [[source, 'role']]);
  b.attribution('a1', 'indirect', source, cue, content, 's1');
  return b;
}

describe('rule loaded-verb', () => {
  it('flags "claimed" as a warning with a fix to "said"', () => {
    const b = withCue('The mayor claimed the harbour was safe.', 'claimed', 'the harbour was safe');
    const [finding] = findingsOf('loaded-verb', b);
    assert.strictEqual(finding.severity, 'warning');
    assert.strictEqual(b.text.slice(finding.start, finding.end), 'claimed');
    assert.strictEqual(applyFix(b.text, finding), 'The mayor said the harbour was safe.');
    assert.strictEqual(finding.fix?.isPreferred, true);
  });

  it('keeps the inflection: "claims" → "says", "insisted that" → "said that"', () => {
    const present = withCue('The mayor claims the harbour is safe.', 'claims', 'the harbour is safe');
    assert.strictEqual(applyFix(present.text, findingsOf('loaded-verb', present)[0]), 'The mayor says the harbour is safe.');
    const that = withCue('The mayor insisted that the harbour was safe.', 'insisted that', 'the harbour was safe');
    assert.strictEqual(applyFix(that.text, findingsOf('loaded-verb', that)[0]), 'The mayor said that the harbour was safe.');
  });

  it('keeps the letter case: "Claimed" → "Said", "ADMITTED" → "SAID"', () => {
    const b = new AnalysisBuilder('"It is safe," Claimed the mayor. "IT IS," the mayor ADMITTED.');
    b.source('s1', 'mayor', 'person', [['the mayor', 'role'], ['the mayor', 'role', 1]]);
    b.attribution('a1', 'direct', 'the mayor', 'Claimed', '"It is safe,"', 's1');
    b.analysis.attributions.push({ id: 'a2', kind: 'direct', source: b.span('the mayor', 1), cue: b.span('ADMITTED'), content: [b.span('"IT IS,"')], sourceId: 's1', parentId: null });
    const findings = findingsOf('loaded-verb', b);
    assert.deepStrictEqual(findings.map((f) => f.fix?.edits[0].newText), ['Said', 'SAID']);
  });

  it('flags "slammed" but offers no fix where "said" would not read ("slammed the plan")', () => {
    const b = withCue('The mayor slammed the plan to close the harbour.', 'slammed', 'the plan to close the harbour');
    const [finding] = findingsOf('loaded-verb', b);
    assert.strictEqual(b.text.slice(finding.start, finding.end), 'slammed');
    assert.strictEqual(finding.fix, undefined);
  });

  it('offers no fix before a preposition ("admitted to")', () => {
    const b = withCue('The mayor admitted to misleading the council.', 'admitted', 'misleading the council');
    const [finding] = findingsOf('loaded-verb', b);
    assert.strictEqual(finding.fix, undefined);
  });

  it('does not flag neutral verbs', () => {
    const b = withCue('The mayor said the harbour was safe.', 'said', 'the harbour was safe');
    assert.deepStrictEqual(findingsOf('loaded-verb', b), []);
  });

  it('does not flag a loaded word outside an attribution cue', () => {
    const b = new AnalysisBuilder('The team claimed the title after a late goal.');
    assert.deepStrictEqual(findingsOf('loaded-verb', b), []);
  });

  it("adds the house's loaded verbs from .sourcelight.yaml (literal words)", () => {
    const b = withCue('The mayor lamented that the harbour was closed.', 'lamented that', 'the harbour was closed');
    assert.deepStrictEqual(findingsOf('loaded-verb', b), []);
    const [finding] = findingsOf('loaded-verb', b, { config: { loadedVerbs: ['lamented'] } });
    assert.strictEqual(applyFix(b.text, finding), 'The mayor said that the harbour was closed.');
  });

  it('flags a loaded verb right after a source even when it is not a known cue, where it reports speech', () => {
    const text = '"It is safe," the mayor gloated. Hamas claimed responsibility.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'mayor', 'person', [['the mayor', 'role']]);
    b.source('s2', 'Hamas', 'organization', [['Hamas', 'name']]);
    const findings = findingsOf('loaded-verb', b);
    assert.deepStrictEqual(flagged(text, findings), ['gloated']);
    assert.strictEqual(applyFix(text, findings[0]), '"It is safe," the mayor said. Hamas claimed responsibility.');
  });

  it('on a real analysis: "insisted that" is flagged and fixed', () => {
    const text = 'Harbour master Ana Lopes insisted that the pier was safe.\n';
    const findings = findingsOnText('loaded-verb', text);
    assert.deepStrictEqual(flagged(text, findings), ['insisted']);
    assert.strictEqual(applyFix(text, findings[0]), 'Harbour master Ana Lopes said that the pier was safe.\n');
  });
});
