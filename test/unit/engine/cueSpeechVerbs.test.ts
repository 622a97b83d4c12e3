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
    ['the chairman fumed.', 'the chairman', 'fumed'],
    ['she marveled.', 'she', 'marveled'],
    ['the farmer groused.', 'the farmer', 'groused'],
    ['he sighed.', 'he', 'sighed'],
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
    assert.deepStrictEqual(found('Steam fumed from the vent.'), []);
    assert.deepStrictEqual(found('Fans gushed over the band and sighed.'), []);
  });

  it('does not take the nouns "counter", "beam" or "muse" for cues', () => {
    assert.deepStrictEqual(found('The clerk at the counter said the office was closed.'), ['The clerk at the counter|said|the office was closed']);
    assert.deepStrictEqual(found('His muse, he said, was the river.').length, 1);
  });
});

describe('attributions: a cue opening the sentence before its source', () => {
  it('reads "Said Ellis: “...”" as a direct quote by Ellis, not a speaker called "Said Ellis"', () => {
    const a = analyze('Said Ellis: “We are ready.”').attributions;
    assert.strictEqual(a.length, 1);
    assert.strictEqual(a[0]!.kind, 'direct');
    assert.deepStrictEqual(found('Said Ellis: “We are ready.”'), ['Ellis|Said|“We are ready.”']);
  });

  it('takes a longer source and a comma before the quote too', () => {
    assert.deepStrictEqual(found('Said the harbour master, “No ship leaves tonight.”'), ['the harbour master|Said|“No ship leaves tonight.”']);
    assert.deepStrictEqual(found('Adds Dana Reyes: “The show must end.”'), ['Dana Reyes|Adds|“The show must end.”']);
  });

  it('takes unquoted words after the colon as reported speech', () => {
    assert.deepStrictEqual(found('Added the mayor: the city would pay.'), ['the mayor|Added|the city would pay']);
  });

  it('leaves an imperative and a speaker label alone', () => {
    assert.deepStrictEqual(found('Tell the council: we are ready.').filter((x) => x.includes('Tell|')), []);
    assert.deepStrictEqual(found('MORALES: Well, we are ready.'), ['MORALES|:|Well, we are ready']);
  });
});

describe('attributions: a quote that ends an aside before the cue', () => {
  it('takes a quoted title in an appositive as part of the source, not as content', () => {
    assert.deepStrictEqual(found('Dana Reyes, a host of “The Morning Hour,” said the show would end.'), [
      'Dana Reyes, a host of “The Morning Hour,”|said|the show would end',
    ]);
    assert.deepStrictEqual(found('Lee, a writer for “The Ledger,” says the paper will close.'), ['Lee, a writer for “The Ledger,”|says|the paper will close']);
  });

  it('finds the main cue after a relative clause with a quoted word, and ends that clause before it', () => {
    assert.deepStrictEqual(found('Ms. Ruiz, who calls the plan a “fiasco,” said she would vote no.'), [
      'who|calls|the plan a “fiasco,”',
      'Ms. Ruiz, who calls the plan a “fiasco,”|said|she would vote no',
    ]);
  });

  it('still reads a quote ending a clause of its own as the content of an inverted cue', () => {
    assert.deepStrictEqual(found('He called it a “fiasco,” said Ellis.').slice(-1), ['Ellis|said|He called it a “fiasco,”']);
    assert.deepStrictEqual(found('“The plan is a fiasco,” said Ellis.'), ['Ellis|said|“The plan is a fiasco,”']);
    assert.deepStrictEqual(found('It was a “fiasco,” the mayor said.'), ['the mayor|said|It was a “fiasco,”']);
  });
});
