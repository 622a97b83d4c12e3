// "went on to explain", "goes on to slam": the whole phrase is the cue, for any cue verb.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('"go on to" before a cue verb', () => {
  it('joins the cue ("went on to explain that ...")', () => {
    assert.deepStrictEqual(attributionLines('Reyes went on to explain that the pier was unsafe.'), ['Reyes|went on to explain|that the pier was unsafe']);
    assert.deepStrictEqual(attributionLines('The editorial goes on to criticize the toll as unfair.'), ['The editorial|goes on to criticize|the toll as unfair']);
  });

  it('a verb that is no cue stays no cue ("went on to cheer")', () => {
    assert.deepStrictEqual(attributionLines('The crowd went on to cheer for an hour.'), []);
  });
});
