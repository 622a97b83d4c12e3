import * as assert from 'assert';
import { buildClaimOutline, claimAt, claimLabel, describeSourceGroup, type SourceGroup } from '../../../src/extension/model/claimOutline';
import { buildSymbolOutline } from '../../../src/extension/model/symbolOutline';
import { fixtureAnalysis, spanOf } from './analysisFixture';

describe('the claim outline', () => {
  const groups = buildClaimOutline(fixtureAnalysis());

  it('lists sources in order of first mention, then the unattributed claims', () => {
    const labels = groups.map((g) => (g.type === 'source' ? g.source.name : 'Unattributed'));
    assert.deepStrictEqual(labels, ['Ines Talbot', 'officials', 'Marta Quell', 'Unattributed']);
  });

  it('puts each claim under the source that carries it, in text order', () => {
    const talbot = groups[0] as SourceGroup;
    assert.deepStrictEqual(talbot.claims.map((c) => c.id), ['c1', 'c2']);
    assert.deepStrictEqual((groups[1] as SourceGroup).claims.map((c) => c.id), ['c3']);
  });

  it('keeps a source with no claims, with a count of zero', () => {
    assert.strictEqual((groups[2] as SourceGroup).claims.length, 0);
    assert.strictEqual(describeSourceGroup(groups[2] as SourceGroup), '0 claims');
  });

  it('groups unsourced statements and "reportedly" claims as Unattributed', () => {
    assert.deepStrictEqual(groups[3].claims.map((c) => c.id), ['c4', 'c5']);
  });

  it('moves a claim whose source is missing from the analysis to Unattributed rather than losing it', () => {
    const analysis = fixtureAnalysis();
    analysis.sources = analysis.sources.filter((s) => s.id !== 's2');
    const outline = buildClaimOutline(analysis);
    const unattributed = outline.find((g) => g.type === 'unattributed')!;
    assert.deepStrictEqual(unattributed.claims.map((c) => c.id), ['c3', 'c4', 'c5']);
  });

  it('has no Unattributed group when every claim has a source', () => {
    const analysis = fixtureAnalysis();
    analysis.claims = analysis.claims.filter((c) => c.sourceId !== null);
    assert.ok(buildClaimOutline(analysis).every((g) => g.type === 'source'));
  });

  it('describes a source by its claim count, then title and affiliation', () => {
    assert.strictEqual(describeSourceGroup(groups[0] as SourceGroup), '2 claims · Harbour Commissioner, Port authority');
  });

  it('labels a claim with its text on one line, shortened at a word', () => {
    const claim = { ...fixtureAnalysis().claims[0], span: { start: 0, end: 90, text: 'The council voted\non Tuesday to close the old market hall and to build a new one beside the river by 2030' } };
    const label = claimLabel(claim);
    assert.ok(label.length <= 60, label);
    assert.ok(label.endsWith('…'));
    assert.ok(!label.includes('\n'));
  });

  it('finds the claim under the cursor, the innermost when claims nest', () => {
    const analysis = fixtureAnalysis();
    assert.strictEqual(claimAt(analysis, spanOf('eleven years').start)?.id, 'c2');
    assert.strictEqual(claimAt(analysis, spanOf('Port authority approves').start), undefined);
  });
});

describe('document symbols', () => {
  const symbols = buildSymbolOutline(fixtureAnalysis());

  it('shows sources with their claims as children, and an Unattributed group', () => {
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Ines Talbot', 'officials', 'Unattributed']);
    assert.deepStrictEqual(symbols[0].children.map((c) => c.name), ['dredging will begin in April', 'We have waited eleven years for this,']);
    assert.deepStrictEqual(symbols[0].children.map((c) => c.kind), ['claim:indirect', 'claim:direct']);
  });

  it('leaves out a source with neither mentions nor claims (nothing to point at)', () => {
    assert.ok(!symbols.some((s) => s.name === 'Marta Quell'));
  });

  it('gives each source a range covering its mentions and claims, selecting the first reference', () => {
    for (const symbol of symbols) {
      assert.ok(symbol.range.start <= symbol.selectionRange.start && symbol.selectionRange.end <= symbol.range.end, symbol.name);
      for (const child of symbol.children) assert.ok(symbol.range.start <= child.range.start && child.range.end <= symbol.range.end, child.name);
    }
    assert.deepStrictEqual(symbols[0].selectionRange, { start: spanOf('Harbour Commissioner Ines Talbot').start, end: spanOf('Harbour Commissioner Ines Talbot').end });
  });

  it('details a source by claim count, title and affiliation, and gives its type', () => {
    assert.strictEqual(symbols[0].detail, '2 claims · Harbour Commissioner, Port authority');
    assert.strictEqual(symbols[0].kind, 'person');
    assert.strictEqual(symbols[1].kind, 'anonymous');
  });
});
