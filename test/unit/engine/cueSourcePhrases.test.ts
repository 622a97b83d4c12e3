// Source phrases before a cue that end in a phrase of their own.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('source phrase ending in a phrase after the noun', () => {
  it('"close to him", "familiar with them": the object pronoun ends the source', () => {
    assert.deepStrictEqual(attributionLines('A source close to him said the talks had stalled.'), ['A source close to him|said|the talks had stalled']);
    assert.deepStrictEqual(attributionLines('The talks had stalled, a source close to him said.'), ['a source close to him|said|The talks had stalled']);
    assert.deepStrictEqual(attributionLines('Those familiar with them said the talks had stalled.'), ['Those familiar with them|said|the talks had stalled']);
  });

  it('a name ending in ’s before "said" or "told" is the source ("Harrow’s said"), a possessive before a noun-like cue is not', () => {
    assert.deepStrictEqual(attributionLines('Harrow’s said sales rose 4 percent.'), ['Harrow’s|said|sales rose 4 percent']);
    assert.deepStrictEqual(attributionLines('Sales rose, Dellingham\'s told investors.'), ['Dellingham\'s|told|Sales rose']);
    // near misses: after a possessive a cue that can be a noun or an adjective is one
    assert.deepStrictEqual(attributionLines('Harrow’s claims were false.'), []);
    assert.deepStrictEqual(attributionLines('Harrow’s reported profit fell.'), []);
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

  it('a noun in -ing after a possessive ("aware of her reasoning") or "the" before a phrase ("the planning for ...")', () => {
    assert.deepStrictEqual(attributionLines('People aware of her reasoning say she now backs the toll.'), ['People aware of her reasoning|say|she now backs the toll']);
    assert.deepStrictEqual(attributionLines('A person familiar with the planning for the vote says the council will meet twice.'), [
      'A person familiar with the planning for the vote|says|the council will meet twice',
    ]);
  });

  it('an -ing adjective right before a noun cue makes no source ("a simmering dispute")', () => {
    assert.ok(!attributionLines('The talks stalled when a simmering dispute over the pier flared up.').some((l) => l.startsWith('a simmering')));
  });

  it('"privy to", "loyal to" join the phrase after them', () => {
    assert.deepStrictEqual(attributionLines('Sources privy to the talks say the deal is close.'), ['Sources privy to the talks|say|the deal is close']);
    assert.deepStrictEqual(attributionLines('Aides loyal to the mayor said the deal is close.'), ['Aides loyal to the mayor|said|the deal is close']);
  });

  it('"here" between the source and the cue is left out', () => {
    assert.deepStrictEqual(attributionLines('Its volunteers here said they had knocked on every door.'), [
      'Its volunteers|said|they had knocked on every door',
    ]);
  });

  it('"at least", "more than", "fewer than" open a share of a group', () => {
    assert.deepStrictEqual(attributionLines('At least 300 residents said they would attend.'), ['At least 300 residents|said|they would attend']);
    assert.deepStrictEqual(attributionLines('More than 4 in 10 said the toll was too high.'), ['More than 4 in 10|said|the toll was too high']);
    assert.deepStrictEqual(attributionLines('Fewer than half of the drivers said they paid it.'), ['Fewer than half of the drivers|said|they paid it']);
  });
});
