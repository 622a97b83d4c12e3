// A cue inside the content of a hedge ("seemed to", "reportedly") is an attribution of its own;
// one inside a question frame ("asked whether ...") stays part of it.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('cue inside the content of a no-source cue', () => {
  it('after a hedge, a later speaker keeps an attribution of its own', () => {
    const lines = attributionLines('The grey sky seemed to suit the mood, and Reyes warned that the pier would close.');
    assert.ok(lines.includes('Reyes|warned|that the pier would close'), lines.join('\n'));
  });

  it('inside a question frame, the words of the question are not a new attribution', () => {
    const lines = attributionLines('Asked whether she thought the toll was fair, the mayor declined to answer.');
    assert.ok(!lines.some((l) => l.includes('|thought|')), lines.join('\n'));
  });
});
