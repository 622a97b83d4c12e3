import * as assert from 'assert';
import { AnalysisBuilder, findingsOf, findingsOnText, flagged } from './builder';

describe('rule unattributed-quote', () => {
  it('flags a full quotation that no attribution covers', () => {
    const b = new AnalysisBuilder('The harbour reopened on Monday.\n"We lost everything in one night."\nThe mayor visited the docks.');
    b.quote('"We lost everything in one night."', 'full', null);
    const findings = findingsOf('unattributed-quote', b);
    assert.deepStrictEqual(flagged(b.text, findings), ['"We lost everything in one night."']);
    assert.strictEqual(findings[0].severity, 'warning');
    assert.match(findings[0].message, /no speaker/);
  });

  it('does not flag a quotation with a speaker', () => {
    const b = new AnalysisBuilder('"We lost everything in one night," the fisherman said.');
    b.source('s1', 'fisherman', 'person', [['the fisherman', 'role']]);
    b.attribution('a1', 'direct', 'the fisherman', 'said', '"We lost everything in one night,"', 's1');
    b.quote('"We lost everything in one night,"', 'full', 'a1');
    assert.deepStrictEqual(findingsOf('unattributed-quote', b), []);
  });

  it('does not flag partial or scare quotes inside the reporter\'s own sentence', () => {
    const b = new AnalysisBuilder('The council called the plan "ambitious" and its timing "reckless" in a vote.');
    b.quote('"ambitious"', 'scare', null).quote('"reckless"', 'partial', null);
    assert.deepStrictEqual(findingsOf('unattributed-quote', b), []);
  });

  it('treats a multi-paragraph quotation as attributed when one of its paragraphs is', () => {
    const text = '"The first paragraph of the statement ends here.\n"The second paragraph closes it," the mayor said.';
    const b = new AnalysisBuilder(text);
    b.source('s1', 'mayor', 'person', [['the mayor', 'role']]);
    b.attribution('a1', 'direct', 'the mayor', 'said', '"The second paragraph closes it,"', 's1');
    b.quote('"The first paragraph of the statement ends here.', 'full', null, true);
    b.quote('"The second paragraph closes it,"', 'full', 'a1', true);
    assert.deepStrictEqual(findingsOf('unattributed-quote', b), []);
  });

  it('on a real analysis: attributed quotations are left alone, a lone one is flagged', () => {
    const text = [
      '"The bridge will be closed until spring," the transport ministry said in a statement.',
      '',
      'Engineers found cracks in two supports last week.',
      '',
      '"Nobody told us anything."',
      '',
    ].join('\n');
    const findings = findingsOnText('unattributed-quote', text);
    assert.deepStrictEqual(flagged(text, findings), ['"Nobody told us anything."']);
  });
});

describe('rule unbalanced-quote', () => {
  it('reports the quotation problems the engine found, as errors', () => {
    const b = new AnalysisBuilder('"We will rebuild, the mayor said.\nThe council met on Friday.');
    b.problem('"', 'unbalanced-quote-open', 'This quotation never closes.');
    const findings = findingsOf('unbalanced-quote', b);
    assert.strictEqual(findings.length, 1);
    assert.strictEqual(findings[0].severity, 'error');
    assert.strictEqual(findings[0].start, 0);
    assert.strictEqual(findings[0].message, 'This quotation never closes.');
  });

  it('flags an opening mark that never closes in a real analysis', () => {
    const text = 'The mayor said "we will rebuild the harbour by June.\n\nThe council met on Friday.\n';
    assert.strictEqual(findingsOnText('unbalanced-quote', text).length, 1);
  });

  it("respects news style's multi-paragraph quotations (no closing mark before the next paragraph reopens)", () => {
    const text = [
      '"We will rebuild the harbour," the mayor said. "It will take two years.',
      '',
      '"And it will cost more than anyone expects," she added.',
      '',
    ].join('\n');
    assert.deepStrictEqual(findingsOnText('unbalanced-quote', text), []);
  });

  it('does not flag balanced quotations', () => {
    assert.deepStrictEqual(findingsOnText('unbalanced-quote', '"Yes," she said. "No," he said.\n'), []);
  });
});
