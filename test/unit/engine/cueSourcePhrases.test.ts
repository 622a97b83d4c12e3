// Source phrases before a cue that end in a phrase of their own.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('source phrase ending in a phrase after the noun', () => {
  it('"close to him", "familiar with them": the object pronoun ends the source', () => {
    assert.deepStrictEqual(attributionLines('A source close to him said the talks had stalled.'), ['A source close to him|said|the talks had stalled']);
    assert.deepStrictEqual(attributionLines('The talks had stalled, a source close to him said.'), ['a source close to him|said|The talks had stalled']);
    assert.deepStrictEqual(attributionLines('Those familiar with them said the talks had stalled.'), ['Those familiar with them|said|the talks had stalled']);
  });

  it('an object pronoun after a verb is no source', () => {
    assert.deepStrictEqual(attributionLines('She handed the keys to him, aides said.'), ['aides|said|She handed the keys to him']);
  });

  it('after an inverted cue, a source may open with any determiner ("said several passengers")', () => {
    assert.deepStrictEqual(attributionLines('The ferry was late again, said several passengers.'), ['several passengers|said|The ferry was late again']);
    assert.deepStrictEqual(attributionLines('“The ferry was late again,” said both captains.'), ['both captains|said|“The ferry was late again,”']);
  });

  it('"that" after an inverted cue opens no source', () => {
    assert.deepStrictEqual(attributionLines('The ferry was late, said that passenger.'), []);
  });
});
