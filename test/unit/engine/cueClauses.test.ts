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

  it('"told" + addressee + a clause with a subject of its own: the addressee is not content', () => {
    assert.deepStrictEqual(attributionLines('A port official told Valmere Radio the talks had stalled.'), ['A port official|told|the talks had stalled']);
    assert.deepStrictEqual(attributionLines('Reyes told The Harbour Gazette the ferry crashed.'), ['Reyes|told|the ferry crashed']);
    assert.deepStrictEqual(attributionLines('Reyes told the harbour board Okafor was lying.'), ['Reyes|told|Okafor was lying']);
    assert.deepStrictEqual(attributionLines('Reyes told the crowd, she would not resign.'), ['Reyes|told|she would not resign']);
    // an addressee with a number or a programme's quoted name in it
    assert.deepStrictEqual(attributionLines('Reyes told Channel 9 that the pier would close.'), ['Reyes|told|that the pier would close']);
    assert.deepStrictEqual(attributionLines('Reyes told Valmere Radio’s “Morning Tide” that the pier would close.'), ['Reyes|told|that the pier would close']);
    // near misses: a day is no subject, an -ed word before the noun is no verb, and without a finite verb the words stay content
    assert.deepStrictEqual(attributionLines('Reyes told Valmere Radio Sunday the pier was unsafe.'), ['Reyes|told|the pier was unsafe']);
    assert.deepStrictEqual(attributionLines('Reyes told reporters the armed guards left at noon.'), ['Reyes|told|the armed guards left at noon']);
    assert.deepStrictEqual(attributionLines('Reyes told reporters the story of the pier.'), ['Reyes|told|reporters the story of the pier']);
    // near misses: a question word or a preposition after the cue, and the words after it are no addressee
    assert.deepStrictEqual(attributionLines('Reyes asked how Okafor could fix the pier.'), ['Reyes|asked|how Okafor could fix the pier']);
    assert.deepStrictEqual(attributionLines('Reyes reminded the board of promises Okafor made in May.'), ['Reyes|reminded|the board of promises Okafor made in May']);
  });
});
