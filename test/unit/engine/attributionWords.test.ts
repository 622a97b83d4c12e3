// The cue scan keeps what it learns about each word (its classes, its cue forms) by the word's
// number in the tokenizer's table of words, and recycles its working records from paragraph to
// paragraph. These specifications pin down that what is kept always belongs to the word and the
// paragraph at hand: after the table starts afresh, for split contractions, for the house style's
// cue verbs, and for every kind of attribution a paragraph can hold.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { firstWordNumber, tokenize } from '../../../src/engine/text';
import type { Analysis } from '../../../src/engine/types';

const SAMPLE = [
  'The ministry said that talks would resume in May.',
  '“We will cooperate,” the ministry said.',
  '“It was late,” said Mr. Smith.',
  'Tom Lee, a lawyer for the firm, argued that the deal was void.',
  'Unemployment fell, according to the central bank.',
  'Cho asked Rubio to play a role in the talks.',
  'He’s claiming that the vote was rigged, adding that he would appeal.',
  'The commissioner is expected to resign next week.',
].join('\n\n');

function summary(analysis: Analysis): string[] {
  return analysis.attributions.map((a) => `${a.kind}|${a.source?.text ?? ''}|${a.cue.text}|${a.content.map((c) => c.text).join(' / ')}`);
}

/** How many words the tokenizer's table holds (a fresh word is learnt to find out, and counted). */
function wordsKnown(): number {
  return tokenize(freshWords(1))[0]!.word - firstWordNumber() + 1;
}

/** A paragraph of `count` words never written before in this process (letters only, lowercase). */
let freshCounter = 0;
function freshWords(count: number): string {
  const words: string[] = [];
  for (let n = 0; n < count; n++) {
    let k = freshCounter++;
    let w = 'zq';
    do {
      w += String.fromCharCode(97 + (k % 26));
      k = Math.floor(k / 26);
    } while (k > 0);
    words.push(w);
  }
  return words.join(' ') + '.';
}

describe('attributions and the table of words', () => {
  it('finds the same attributions after the tokenizer forgets its words and numbers them afresh', () => {
    const expected = summary(analyze(SAMPLE));
    assert.ok(expected.length >= 8, `the sample has its attributions: ${JSON.stringify(expected)}`);
    // fill the table until it starts afresh, to learn its size
    const first = firstWordNumber();
    for (let round = 0; round < 100 && firstWordNumber() === first; round++) tokenize(freshWords(5000));
    const size = firstWordNumber() - first;
    assert.ok(size > 0, 'the table started afresh');
    // the same sentences in another order: their words are known under other numbers
    const reordered = SAMPLE.split('\n\n').reverse().join('\n\n');
    const at = wordsKnown();
    analyze(reordered);
    // fill the table again, then start it afresh so that the sample's words are numbered where
    // the reordered sentences' words were
    tokenize(freshWords(size - wordsKnown()));
    const second = firstWordNumber();
    tokenize(freshWords(at));
    assert.strictEqual(firstWordNumber(), second + size, 'the table started afresh again');
    assert.deepStrictEqual(summary(analyze(SAMPLE)), expected);
  });

  it('reads the two halves of a split contraction as the words they are', () => {
    // "She’s" is two tokens with one word number: the "’s" is the auxiliary, not the pronoun
    const a = analyze('She’s been saying that the plan would fail. He’s said to be furious.').attributions;
    assert.deepStrictEqual(
      a.map((x) => [x.kind, x.source?.text ?? null, x.cue.text, x.content.map((c) => c.text)]),
      [
        ['indirect', 'She', '’s been saying', ['that the plan would fail']],
        ['no-source', null, '’s said', ['He', 'to be furious']],
      ],
    );
  });

  it('a signature after a quotation and a speaker’s colon are attributions like any other', () => {
    const analysis = analyze(
      '“We stood in line for six hours and nobody told us anything.” ― Sonya Herridge, Leeds\n\n' +
        'PENCE: Well, look, we will see.\n\n' +
        '“It was the longest night of my life,” she said. “Never again.”',
    );
    assert.deepStrictEqual(
      analysis.attributions.map((a) => [a.kind, a.source?.text ?? null, a.cue.text, a.content.map((c) => c.text)]),
      [
        ['direct', 'Sonya Herridge', '―', ['“We stood in line for six hours and nobody told us anything.”']],
        ['indirect', 'PENCE', ':', ['Well, look, we will see']],
        ['direct', 'she', 'said', ['“It was the longest night of my life,”', '“Never again.”']],
      ],
    );
  });

  it('keeps the house style’s cue verbs apart from the default lexicon’s', () => {
    const text = 'The minister harrumphed that the talks were going nowhere.';
    assert.strictEqual(analyze(text).attributions.length, 0);
    assert.strictEqual(analyze(text, { cueVerbs: ['harrumphed'] }).attributions.length, 1);
    assert.strictEqual(analyze(text).attributions.length, 0);
  });
});
