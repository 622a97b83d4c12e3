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

  it('a comma inside the relative clause that no verb follows does not end it', () => {
    assert.deepStrictEqual(attributionLines('The captain, who praised the crews, the pilots and the harbour staff, retired in May.'), [
      'who|praised|the crews, the pilots and the harbour staff',
    ]);
  });
});
