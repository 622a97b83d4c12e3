import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { tokenize } from '../../../src/engine/text';

function sentences(text: string): string[] {
  return analyze(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('news abbreviations do not end a sentence', () => {
    const text = 'On Feb. 15, Mr. Cho met Sen. Ted Cruz and Rep. Kim at 10 a.m. in the U.S. Capitol. They talked.';
    assert.deepStrictEqual(sentences(text), ['On Feb. 15, Mr. Cho met Sen. Ted Cruz and Rep. Kim at 10 a.m. in the U.S. Capitol.', 'They talked.']);
  });

  it('titles, numbers, saints and forts: Gov., No., St., Ft., Jr.', () => {
    const text = 'Gov. Brown visited No. 10 on St. James Street and Ft. Bragg with Martin Luther King Jr. on Monday.';
    assert.strictEqual(sentences(text).length, 1);
  });

  it('initials and decimals do not end a sentence', () => {
    assert.strictEqual(sentences('John F. Kennedy won 49.7 percent of the vote.').length, 1);
  });

  it('an abbreviation that ends a sentence before a new one still splits', () => {
    assert.deepStrictEqual(sentences('He moved to the U.S. He never left.'), ['He moved to the U.S.', 'He never left.']);
  });

  it('a closing quote after terminal punctuation belongs to the sentence it closes', () => {
    assert.deepStrictEqual(sentences('"We won." Then the crowd left.'), ['"We won."', 'Then the crowd left.']);
    assert.deepStrictEqual(sentences('She said, “It is over.” The room fell silent.'), ['She said, “It is over.”', 'The room fell silent.']);
  });

  it('a quote ending in a question mark and a lowercase cue stay one sentence', () => {
    assert.strictEqual(sentences('"Why not?" he asked.').length, 1);
  });

  it('hyphenated names stay one token', () => {
    const words = tokenize('Cho Tae-yul met Kim Jong-un.').map((t) => t.lower);
    assert.deepStrictEqual(words, ['cho', 'tae-yul', 'met', 'kim', 'jong-un', '.']);
  });

  it('contractions of pronouns split into the pronoun and the auxiliary', () => {
    const words = tokenize('He’s claiming victory.').map((t) => t.lower);
    assert.deepStrictEqual(words, ['he', '’s', 'claiming', 'victory', '.']);
  });

  it('token offsets are exact UTF-16 offsets, also after astral characters', () => {
    const text = '😀 Cho said “yes.”';
    for (const t of tokenize(text)) assert.ok(t.start < t.end && t.end <= text.length);
    const said = tokenize(text).find((t) => t.lower === 'said');
    assert.strictEqual(text.slice(said!.start, said!.end), 'said');
  });
});
