// Where a speaker's quotation goes on after the sentence that attributes it: news copy gives the
// speaker once ("“A,” Ortiz said.") and lets the following quotation carry on without a new cue,
// in the same paragraph or as a paragraph of its own.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { foundWithCue as withCue } from './helpers';

describe('quotation continued after its attribution', () => {
  it('a clause after the cue does not hide the speaker of the next quotation', () => {
    const text = '“The ferry will run all winter,” Ortiz said, pointing to the new dock. “We have the crews for it.”';
    assert.deepStrictEqual(withCue(text, 'said')[0]!.content, ['“The ferry will run all winter,”', '“We have the crews for it.”']);
    const relative = '“The ferry will run all winter,” said Ortiz, who runs the harbour board. “We have the crews for it.”';
    assert.deepStrictEqual(withCue(relative, 'said')[0]!.content, ['“The ferry will run all winter,”', '“We have the crews for it.”']);
  });

  it('a quotation after the addressee or an aside on the speaker goes on the same words', () => {
    const told = '“The crews have every reason to agree,” Lind told the Gazette, “because they need one another.”';
    assert.deepStrictEqual(withCue(told, 'told')[0]!.content, ['“The crews have every reason to agree,”', '“because they need one another.”']);
    const aside = '“The crews have every reason to agree,” said Lind, a ferry pilot, “because they need one another.”';
    assert.deepStrictEqual(withCue(aside, 'said')[0]!.content, ['“The crews have every reason to agree,”', '“because they need one another.”']);
  });

  it('a sentence of the reporter’s own between the two quotations does not change the speaker', () => {
    const text = '“The ferry will run all winter,” Ortiz said. The harbour freezes most years. “We have the crews for it.”';
    assert.deepStrictEqual(withCue(text, 'said')[0]!.content, ['“The ferry will run all winter,”', '“We have the crews for it.”']);
  });

  it('a later sentence with a speaker of its own keeps its quotation', () => {
    const text = '“The ferry will run all winter,” Ortiz said. Lindqvist disagreed. “The crews are tired,” she said.';
    assert.deepStrictEqual(withCue(text, 'said')[0]!.content, ['“The ferry will run all winter,”']);
  });

  it('a sentence that only mentions a quoted word is not a continuation', () => {
    const text = '“The ferry will run all winter,” Ortiz said. The board called the plan “bold” on Monday.';
    assert.deepStrictEqual(withCue(text, 'said')[0]!.content, ['“The ferry will run all winter,”']);
  });

  it('a paragraph that is nothing but a quotation goes on the last quoted speaker’s words', () => {
    const text = [
      '“The ferry will run all winter,” Ortiz told the Gazette on Monday.',
      '',
      '“We have the crews for it. We have the boats.”',
      '',
      'The board meets again in March.',
    ].join('\n');
    const told = analyze(text).attributions.find((a) => a.cue.text === 'told')!;
    assert.deepStrictEqual(
      told.content.map((c) => c.text),
      ['“The ferry will run all winter,”', '“We have the crews for it. We have the boats.”'],
    );
  });

  it('but not after a paragraph whose last attribution reports no quotation, nor into a paragraph with a cue of its own', () => {
    const reported = ['The mayor said the ferry would run all winter.', '', '“We have the crews for it.”'].join('\n');
    assert.deepStrictEqual(analyze(reported).attributions.find((a) => a.cue.text === 'said')!.content.map((c) => c.text), ['the ferry would run all winter']);
    const own = ['“The ferry will run all winter,” Ortiz said.', '', '“We have the crews for it,” Lindqvist added.'].join('\n');
    assert.deepStrictEqual(analyze(own).attributions.find((a) => a.cue.text === 'said')!.content.map((c) => c.text), ['“The ferry will run all winter,”']);
  });

  it('a paragraph with more than the quotation in it is not taken whole', () => {
    const text = ['“The ferry will run all winter,” Ortiz said.', '', '“We have the crews.” The board was not so sure.'].join('\n');
    assert.deepStrictEqual(analyze(text).attributions.find((a) => a.cue.text === 'said')!.content.map((c) => c.text), ['“The ferry will run all winter,”']);
  });
});
