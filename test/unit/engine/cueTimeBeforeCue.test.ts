// A time phrase between the source and the cue ("Reyes on Thursday said") belongs to neither.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('time phrase between the source and the cue', () => {
  it('is left out of the source', () => {
    assert.deepStrictEqual(attributionLines('Harbour master Ann Reyes on Thursday evening said the pier would reopen.'), [
      'Harbour master Ann Reyes|said|the pier would reopen',
    ]);
    assert.deepStrictEqual(attributionLines('The ferry company last week announced that it would cut two sailings.'), [
      'The ferry company|announced|that it would cut two sailings',
    ]);
    assert.deepStrictEqual(attributionLines('The dairy yesterday said it would close the plant.'), ['The dairy|said|it would close the plant']);
    assert.deepStrictEqual(attributionLines('Harbour Creamery only last month announced it would cut prices.'), ['Harbour Creamery|announced|it would cut prices']);
  });

  it('stays with a participle it belongs to ("a poll released Friday")', () => {
    assert.deepStrictEqual(attributionLines('A harbour poll released Friday found that most residents want the pier reopened.'), [
      'A harbour poll released Friday|found|that most residents want the pier reopened',
    ]);
  });
});

describe('a date right after the cue', () => {
  it('is not the preposition a verb takes ("agreed on Tuesday to ...")', () => {
    assert.deepStrictEqual(attributionLines('Aranda and Holm agreed on Tuesday to restart the stalled talks.'), [
      'Aranda and Holm|agreed|to restart the stalled talks',
    ]);
    assert.deepStrictEqual(attributionLines('The harbour board agreed in March to step down.'), ['The harbour board|agreed|to step down']);
    assert.deepStrictEqual(attributionLines('Aranda agreed on Tuesday that the talks would restart.'), ['Aranda|agreed|that the talks would restart']);
  });

  it('leaves a preposition that names what was agreed with the cue', () => {
    assert.deepStrictEqual(attributionLines('Aranda agreed on a plan to restart the talks.'), ['Aranda|agreed on|a plan to restart the talks']);
  });
});
