// Title-case headlines capitalise their cue verb ("New Poll Shows Lead For Mayor").
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('capitalised cue verbs in title-case headlines', () => {
  it('"Shows", "Finds", "Calls", "Explains" are cues in a headline', () => {
    assert.deepStrictEqual(attributionLines('New Harbour Poll Shows Wide Lead For Mayor Reyes.'), ['New Harbour Poll|Shows|Wide Lead For Mayor Reyes']);
    assert.deepStrictEqual(attributionLines('Mayor Reyes Calls Toll Plan ‘A Mistake.’'), ['Mayor Reyes|Calls|Toll Plan ‘A Mistake.’']);
  });

  it('a capitalised cue word inside a name is no cue', () => {
    assert.deepStrictEqual(attributionLines('The trip was run by Lyon Shows Ltd. last year.'), []);
  });
});
