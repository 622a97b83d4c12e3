import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { attributionLines as found } from './helpers';
import { tokenize } from '../../../src/engine/text';

// Some newsrooms write quotation marks as two apostrophes ('' ... '') and quotes inside quotes as
// single apostrophes. An inner quote that closes right where the outer one closes is written as
// three apostrophes: the inner mark, then the outer pair.

// TokenKind.Punct and TokenKind.Quote (a const enum, not visible to the tests)
const PUNCT = 3;
const QUOTE = 4;

/** The marks of a text as the tokenizer cuts them (words left out); a quotation mark is prefixed with Q. */
function marks(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === PUNCT || t.kind === QUOTE)
    .map((t) => (t.kind === QUOTE ? 'Q' : '') + text.slice(t.start, t.end));
}

describe('quotes written with two apostrophes', () => {
  describe('the tokenizer', () => {
    it('reads three apostrophes after a word and before a space as the inner close, then the outer pair', () => {
      assert.deepStrictEqual(marks("''They keep saying, 'wait,''' she said."), ["Q''", ',', "'", ',', "'", "Q''", '.']);
    });

    it('reads three apostrophes at the end of a paragraph the same way', () => {
      assert.deepStrictEqual(marks("''Ask him about 'fairness.'''"), ["Q''", "'", '.', "'", "Q''"]);
    });

    it('reads three apostrophes before a letter as the outer pair, then the inner opening mark', () => {
      assert.deepStrictEqual(marks("She replied, '''Fairness' is a slogan,'' and left."), [',', "Q''", "'", "'", ',', "Q''", '.']);
    });

    it('leaves three apostrophes at the paragraph start as the outer pair first', () => {
      assert.deepStrictEqual(marks("''' Odd spacing"), ["Q''", "'"]);
    });

    it('leaves a pair of apostrophes as one quotation mark', () => {
      assert.deepStrictEqual(marks("''We will,'' he said."), ["Q''", ',', "Q''", '.']);
    });

    it('reads four apostrophes as two pairs, wherever they stand', () => {
      assert.deepStrictEqual(marks("''Done,'''' he said."), ["Q''", ',', "Q''", "Q''", '.']);
      assert.deepStrictEqual(marks("'''' he said."), ["Q''", "Q''", '.']);
    });

    it('leaves apostrophes inside and before words alone', () => {
      assert.deepStrictEqual(
        tokenize("rock 'n' roll in the '90s at O'Hare's gate").map((t) => t.lower),
        ['rock', "'", 'n', "'", 'roll', 'in', 'the', "'", '90s', 'at', "o'hare's", 'gate'],
      );
    });
  });

  describe('attributions', () => {
    it('finds the speaker after a quote whose inner quote closes with it', () => {
      const text = "''People tell me every week, 'Just be patient,''' Ms. Varga said. ''I am out of patience.''";
      assert.deepStrictEqual(found(text), [
        "Ms. Varga|said|''People tell me every week, 'Just be patient,''' / ''I am out of patience.''",
      ]);
    });

    it('finds a speaker who follows the cue after such a quote', () => {
      const text = "''I would call the plan 'bold,''' said Tomas Reyes, a city planner.";
      assert.deepStrictEqual(found(text), ["Tomas Reyes, a city planner|said|''I would call the plan 'bold,'''"]);
    });

    it('ends the sentence after a question inside the inner quote', () => {
      const text = "''They all ask me, 'Why now?''' the mayor said.";
      assert.deepStrictEqual(found(text), ["the mayor|said|''They all ask me, 'Why now?'''"]);
    });

    it('keeps a quote without an inner quote as it was', () => {
      assert.deepStrictEqual(found("''We will rebuild the bridge,'' the mayor said."), ["the mayor|said|''We will rebuild the bridge,''"]);
    });

    it('keeps an inner quote that opens and closes before the outer close inside the quote', () => {
      const text = "''They called it 'a detour,' not a closure,'' the mayor said.";
      assert.deepStrictEqual(found(text), ["the mayor|said|''They called it 'a detour,' not a closure,''"]);
    });

    it('keeps apostrophes in words inside such a quote', () => {
      assert.deepStrictEqual(found("''The '90s were all rock 'n' roll,'' he said."), ["he|said|''The '90s were all rock 'n' roll,''"]);
    });

    it('never throws on runs of apostrophes', () => {
      for (const text of ["'''", "''''", "'''''", "a'''b", " ''' ", "x,'''", "''a'''''b''", "'''\n'''"]) {
        assert.doesNotThrow(() => analyze(text), text);
      }
    });
  });
});

describe('inch marks', () => {
  it('reads the double mark of a height in feet and inches as no quotation mark', () => {
    assert.deepStrictEqual(marks('He is 6\u20192\u201d and 5\'11" is his brother.'), ['\u2019', '\u201d', "'", '"', '.']);
  });

  it('lets the quote that holds a height close at its own mark', () => {
    const text = '\u201cShe is taller than me; she is like 6\u20191\u201d,\u201d Mr. Diaz said.';
    assert.deepStrictEqual(found(text), ['Mr. Diaz|said|\u201cShe is taller than me; she is like 6\u20191\u201d,\u201d']);
  });

  it('leaves a closing mark after a year or a score a quotation mark', () => {
    assert.deepStrictEqual(found('\u201cI was born in \u201992,\u201d she said.'), ['she|said|\u201cI was born in \u201992,\u201d']);
    assert.deepStrictEqual(marks('"We won 3-2" and "7 to 5"'), ['Q"', 'Q"', 'Q"', 'Q"']);
  });
});
