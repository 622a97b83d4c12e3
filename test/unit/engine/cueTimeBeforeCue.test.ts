// A time phrase between the source and the cue ("Reyes on Thursday said") belongs to neither.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { attributionLines } from './helpers';

describe('time phrase between the source and the cue', () => {
  it('a day is never the source, alone or opening the sentence', () => {
    assert.deepStrictEqual(attributionLines('Wednesday added one more twist to the race.'), []);
    assert.deepStrictEqual(attributionLines('Monday, the mayor said the plan would fail.'), ['the mayor|said|the plan would fail']);
    const sources = analyze('Sunday, on the evening news, while commenting on the strike, the mayor said talks would resume.').sources.map((s) => s.name);
    assert.deepStrictEqual(sources, ['the mayor']);
    // near miss: a day after the name still leaves the name the source
    assert.deepStrictEqual(attributionLines('Ruiz on Tuesday said the plan would fail.'), ['Ruiz|said|the plan would fail']);
  });

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
