// A reporting verb whose clause comes without "that": after a time phrase, or after a verb that
// otherwise needs "that" when a noun phrase and its finite verb follow.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('cue followed by a clause without "that"', () => {
  it('a time phrase between the cue and a clause opened by a subject pronoun ("said on Tuesday he ...")', () => {
    assert.deepStrictEqual(attributionLines('The harbour master said on Tuesday she would close the pier.'), [
      'The harbour master|said|she would close the pier',
    ]);
    assert.deepStrictEqual(attributionLines('The dairy said on Tuesday it would close the plant.'), ['The dairy|said|it would close the plant']);
  });

  it('a time phrase, then a noun phrase and its finite verb ("reported last week the plant had closed"); "last week" stays out of the cue', () => {
    assert.deepStrictEqual(attributionLines('The county paper reported last week the ferry had stopped running.'), [
      'The county paper|reported|the ferry had stopped running',
    ]);
  });

  it('a verb that needs "that" takes a clause whose subject opens with any determiner or a name', () => {
    assert.deepStrictEqual(attributionLines('The dairy reported its profits had fallen by half.'), ['The dairy|reported|its profits had fallen by half']);
    assert.deepStrictEqual(attributionLines('The harbour master noted Lyon has grown since the war.'), [
      'The harbour master|noted|Lyon has grown since the war',
    ]);
  });

  it('no clause, no attribution: an object alone, a time phrase alone, "it" without a verb after it', () => {
    assert.deepStrictEqual(attributionLines('The harbour master posted the new timetable.'), []);
    assert.deepStrictEqual(attributionLines('The mayor spoke on Tuesday at the pier.'), []);
    assert.deepStrictEqual(attributionLines('The dairy said on Tuesday it rained.'), []);
  });

  it('a short phrase after a speech verb, then a pronoun and a finite verb ("said after the vote he would ...")', () => {
    assert.deepStrictEqual(attributionLines('Reyes said after the vote he would not resign.'), ['Reyes|said|he would not resign']);
    assert.deepStrictEqual(attributionLines('Reyes wrote in both letters she was honoured to serve.'), ['Reyes|wrote|she was honoured to serve']);
  });

  it('no clause after "whether" or "to" in that phrase', () => {
    assert.ok(!attributionLines('Reyes would not say on the radio whether he wanted the post.').some((l) => l.startsWith('Reyes|')));
  });

  it('"reported" takes what was reported as its object ("reported a loss", "reported raising $9 million")', () => {
    assert.deepStrictEqual(attributionLines('The dairy reported a loss of two million euros.'), ['The dairy|reported|a loss of two million euros']);
    assert.deepStrictEqual(attributionLines('The campaign reported raising $9 million in May.'), ['The campaign|reported|raising $9 million in May']);
    assert.deepStrictEqual(attributionLines('Police reported no arrests on Monday.'), ['Police|reported|no arrests on Monday']);
  });

  it('"reported" as an adjective or before an adverb takes nothing', () => {
    assert.deepStrictEqual(attributionLines('There were only nine reported leaks in the hull.'), []);
    assert.deepStrictEqual(attributionLines('Reyes reported daily to the board.'), []);
  });

  it('"told" + addressee + "it" and a finite verb: the addressee is not content', () => {
    assert.deepStrictEqual(attributionLines('Reyes told reporters it would pass easily.'), ['Reyes|told|it would pass easily']);
  });
});
