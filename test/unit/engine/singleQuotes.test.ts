import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { attributionLines as found } from './helpers';

// Headlines, and some newsrooms' copy, quote with single marks. Outside double quotes a single
// opening mark before a letter and a closing mark after it make a quotation; apostrophes in and
// before words do not.

function quotes(text: string): string[] {
  return analyze(text).quotes.map((q) => q.text);
}

describe('quotes written with single marks', () => {
  it('reads curly single marks in a headline as a quotation', () => {
    assert.deepStrictEqual(quotes('Union chief on the strike: \u2018We Will Not Back Down.\u2019\n\nThe talks went on.'), ['\u2018We Will Not Back Down.\u2019']);
  });

  it('reads straight single marks the same way', () => {
    assert.deepStrictEqual(quotes("Governor sees 'hope' for the old mill"), ["'hope'"]);
  });

  it('gives a headline cue its quoted words', () => {
    assert.deepStrictEqual(found('Mayor declares \u2018victory,\u2019 skips the recount\n\nThe count went on.'), ['Mayor|declares|\u2018victory,\u2019 skips the recount']);
  });

  it('leaves single marks inside double quotes to the double quote', () => {
    assert.deepStrictEqual(quotes('\u201cThey called it \u2018a detour,\u2019 and left,\u201d she said.'), ['\u201cThey called it \u2018a detour,\u2019 and left,\u201d']);
  });

  it('leaves apostrophes in and before words alone', () => {
    assert.deepStrictEqual(quotes("He loves rock 'n' roll, the '90s and the voters' choice."), []);
    assert.deepStrictEqual(quotes('O\u2019Brien\u2019s team won in \u201998, the players\u2019 union said.'), []);
  });

  it('leaves a single opening mark that never closes alone, without a problem', () => {
    const analysis = analyze("The 'old guard never left the room.");
    assert.deepStrictEqual([analysis.quotes.length, analysis.problems.length], [0, 0]);
  });
});
