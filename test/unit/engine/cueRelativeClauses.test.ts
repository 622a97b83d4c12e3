// A relative clause set off by commas ("Reyes, who backs the plan, ...") holds its own cue; the
// main clause after its closing comma is not its content.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('cue in a relative clause between commas', () => {
  it('the content ends at the closing comma when the main verb follows, so a later cue is kept', () => {
    assert.deepStrictEqual(attributionLines('The governor, who opposes the toll, blocked the measure because she said it was unfair.'), [
      'who|opposes|the toll',
      'she|said|it was unfair',
    ]);
  });

  it('so does a clause whose speaker follows "which" ("The toll, which the mayor vowed to veto, passed")', () => {
    assert.deepStrictEqual(attributionLines('The toll, which the mayor has vowed to veto, passed 5-4.'), ['the mayor|has vowed|which / to veto']);
    assert.deepStrictEqual(attributionLines('The audit, which officials say is flawed, was released on Monday.'), ['officials|say|which / is flawed']);
    // near miss: without the comma before "which" the clause is not set off, and its content runs on
    assert.deepStrictEqual(attributionLines('It is the toll which the mayor vowed to veto, passed or not.'), ['the mayor|vowed|which / to veto, passed or not']);
  });

  it('a comma inside the relative clause that no verb follows does not end it', () => {
    assert.deepStrictEqual(attributionLines('The captain, who praised the crews, the pilots and the harbour staff, retired in May.'), [
      'who|praised|the crews, the pilots and the harbour staff',
    ]);
  });
});
