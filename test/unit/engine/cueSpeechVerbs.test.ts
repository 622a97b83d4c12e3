import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';

/** "source|cue|content" for each attribution of the text. */
function found(text: string): string[] {
  return analyze(text).attributions.map((a) => `${a.source?.text ?? ''}|${a.cue.text}|${a.content.map((c) => c.text).join('…')}`);
}

describe('cue lexicon: less common speech verbs after a quote', () => {
  const quote = '"The council will not wait,"';
  for (const [tail, source, cue] of [
    ['scoffed the mayor.', 'the mayor', 'scoffed'],
    ['she mused.', 'she', 'mused'],
    ['he opined.', 'he', 'opined'],
    ['the coach beamed.', 'the coach', 'beamed'],
    ['the organizer exhorted.', 'the organizer', 'exhorted'],
    ['the treasurer countered.', 'the treasurer', 'countered'],
  ] as const) {
    it(`reads "${quote} ${tail}" as a direct quote by ${source}`, () => {
      assert.deepStrictEqual(found(`${quote} ${tail}`), [`${source}|${cue}|${quote}`]);
    });
  }

  it('takes "opined that ..." as reported speech', () => {
    assert.deepStrictEqual(found('The columnist opined that the levy was doomed.'), ['The columnist|opined|that the levy was doomed']);
  });

  it('takes "exhorted voters to ..." with the content from "to"', () => {
    assert.deepStrictEqual(found('The pastor exhorted volunteers to knock on every door.'), ['The pastor|exhorted|to knock on every door']);
  });

  it('does not read a physical beam or a counter-punch as speech', () => {
    assert.deepStrictEqual(found('The probe beamed pictures back to the lab.'), []);
    assert.deepStrictEqual(found('The boxer countered the jab with a hook.'), []);
  });

  it('does not take the nouns "counter", "beam" or "muse" for cues', () => {
    assert.deepStrictEqual(found('The clerk at the counter said the office was closed.'), ['The clerk at the counter|said|the office was closed']);
    assert.deepStrictEqual(found('His muse, he said, was the river.').length, 1);
  });
});
