// Two speakers joined by "and" are one source: a name or a subject pronoun, then a noun phrase.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('a source of two speakers joined by "and"', () => {
  it('a name and a noun phrase opened by a determiner ("Reyes and his deputy said")', () => {
    assert.deepStrictEqual(attributionLines('Reyes and his deputy said the ferry would run late.'), ['Reyes and his deputy|said|the ferry would run late']);
  });

  it('a subject pronoun and a noun phrase, before or after the content', () => {
    assert.deepStrictEqual(attributionLines('She and another nurse said the ward was short of beds.'), [
      'She and another nurse|said|the ward was short of beds',
    ]);
    assert.deepStrictEqual(attributionLines('The ward was short of beds, she and another nurse said.'), [
      'she and another nurse|said|The ward was short of beds',
    ]);
    assert.deepStrictEqual(attributionLines('The ward was short of beds, he and Dr. Okafor said.'), [
      'he and Dr. Okafor|said|The ward was short of beds',
    ]);
  });

  it('a pronoun that is an object stays out ("met her and she said")', () => {
    assert.deepStrictEqual(attributionLines('The reporters met her and she said the ward was full.'), ['she|said|the ward was full']);
  });
});
