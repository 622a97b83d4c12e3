// A second speaker after "and" (no comma) starts an attribution of its own.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('a second speaker joined by "and"', () => {
  it('"... and Okafor said ...": the name starts a sibling attribution that ends the first content', () => {
    assert.deepStrictEqual(attributionLines('Reyes said the ferry was late and Okafor said the pier was closed.'), [
      'Reyes|said|the ferry was late',
      'Okafor|said|the pier was closed',
    ]);
    assert.deepStrictEqual(attributionLines('A nurse asked for more beds and Okafor said, “We have none left.”'), [
      'A nurse|asked for|more beds',
      'Okafor|said|“We have none left.”',
    ]);
  });

  it('a name inside the content that is no speaker stays in it', () => {
    assert.deepStrictEqual(attributionLines('Reyes said the ferry and Okafor were late.'), ['Reyes|said|the ferry and Okafor were late']);
  });

  it('a subject pronoun after "and" is a new speaker too', () => {
    assert.deepStrictEqual(attributionLines('Reyes praised the crews but she said the pier would stay closed.'), [
      'Reyes|praised|the crews',
      'she|said|the pier would stay closed',
    ]);
  });
});
