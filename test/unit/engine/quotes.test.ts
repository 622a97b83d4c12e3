import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';

describe('quotes', () => {
  it('pairs straight and curly double quotes and gives the inner text', () => {
    const text = 'He said "yes" and she said “no.”';
    const quotes = analyze(text).quotes;
    assert.deepStrictEqual(quotes.map((q) => q.inner.text), ['yes', 'no.']);
    assert.deepStrictEqual(quotes.map((q) => q.text), ['"yes"', '“no.”']);
  });

  it('single quotes inside double quotes stay inside the quote', () => {
    const text = '"They called it \'a disaster,\' and left," she said.';
    const quotes = analyze(text).quotes;
    assert.strictEqual(quotes.length, 1);
    assert.strictEqual(quotes[0]!.inner.text, "They called it 'a disaster,' and left,");
  });

  it('full, partial and scare quotes', () => {
    const text =
      '"We will keep fighting for every vote in this state," Ms. Park said. She said the plan was "a good start." The so-called "reciprocal" tariffs remain.';
    const kinds = analyze(text).quotes.map((q) => q.kind);
    assert.deepStrictEqual(kinds, ['full', 'partial', 'scare']);
  });

  it('a quote covered by an attribution names it', () => {
    const analysis = analyze('"We are ready," she said.');
    assert.strictEqual(analysis.quotes[0]!.attributionId, analysis.attributions[0]!.id);
  });

  it('a direct quote with no speaker has no attribution', () => {
    const analysis = analyze('The hall was quiet. "We are ready for anything that comes our way."');
    assert.strictEqual(analysis.quotes[0]!.attributionId, null);
    assert.strictEqual(analysis.quotes[0]!.kind, 'full');
  });

  it('an opening mark that never closes is reported', () => {
    const analysis = analyze('She said "we will win.\n\nThe count went on.');
    assert.deepStrictEqual(analysis.problems.map((p) => [p.code, p.text]), [['unbalanced-quote-open', '"']]);
  });

  it('a closing mark that was never opened is reported', () => {
    const analysis = analyze('She said we will win.” The count went on.');
    assert.deepStrictEqual(analysis.problems.map((p) => [p.code, p.text]), [['unbalanced-quote-close', '”']]);
  });

  it('the multi-paragraph convention: open at paragraph end, reopened at the next paragraph start', () => {
    const text = '"First part," he said. "Second part.\n\n"Third part."';
    const analysis = analyze(text);
    assert.deepStrictEqual(analysis.problems, []);
    assert.deepStrictEqual(
      analysis.quotes.map((q) => q.multiParagraph),
      [false, true, true],
    );
  });
});
