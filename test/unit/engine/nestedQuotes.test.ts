import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { attributionLines as found } from './helpers';

// Writers sometimes quote inside a quote with the same double marks instead of single ones. When
// the outer quote's closing mark follows the inner quote's, the whole is one quotation.

function read(text: string): { quotes: string[]; problems: string[] } {
  const analysis = analyze(text);
  return { quotes: analysis.quotes.map((q) => q.text), problems: analysis.problems.map((p) => `${p.code} ${p.text}`) };
}

describe('a quote inside a quote with the same marks', () => {
  it('reads curly marks as one quotation holding the inner one', () => {
    assert.deepStrictEqual(read('\u201cHe called the plan \u201ca mess\u201d and walked out,\u201d Ms. Lund said.'), {
      quotes: ['\u201cHe called the plan \u201ca mess\u201d and walked out,\u201d'],
      problems: [],
    });
  });

  it('reads straight marks the same way', () => {
    assert.deepStrictEqual(read('"If a man walks in and says, "Sell me a crate of shells," you would wonder," she said.').quotes, [
      '"If a man walks in and says, "Sell me a crate of shells," you would wonder,"',
    ]);
  });

  it('attributes the whole quotation to the speaker after it', () => {
    assert.deepStrictEqual(found('\u201cThe idea that peace \u201cdepends on what we give up\u201d is plain wrong,\u201d wrote Ana Kell, the group\u2019s director.'), [
      'Ana Kell, the group\u2019s director|wrote|\u201cThe idea that peace \u201cdepends on what we give up\u201d is plain wrong,\u201d',
    ]);
  });

  it('still reports a quote left open when the next mark opens another quote', () => {
    const text = '\u201cWe will stay. \u201cNo one leaves,\u201d he said. \u201cNot today.\u201d';
    assert.deepStrictEqual(read(text), {
      quotes: ['\u201cNo one leaves,\u201d', '\u201cNot today.\u201d'],
      problems: ['unbalanced-quote-open \u201c'],
    });
    assert.deepStrictEqual(found(text), ['he|said|\u201cNo one leaves,\u201d / \u201cNot today.\u201d']);
  });

  it('still reports a quote left open when the paragraph ends after the inner quote', () => {
    assert.deepStrictEqual(read('\u201cWe will stay. \u201cNo one leaves,\u201d he said.'), {
      quotes: ['\u201cNo one leaves,\u201d'],
      problems: ['unbalanced-quote-open \u201c'],
    });
  });

  it('leaves quotes side by side as they are', () => {
    assert.deepStrictEqual(read('She chose \u201cyes\u201d over \u201cno\u201d and \u201cmaybe.\u201d'), {
      quotes: ['\u201cyes\u201d', '\u201cno\u201d', '\u201cmaybe.\u201d'],
      problems: [],
    });
  });
});
