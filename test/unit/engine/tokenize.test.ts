import * as assert from 'assert';
import { firstWordNumber, tokenize, type Token } from '../../../src/engine/text';

// The tokenizer remembers the words it has seen; what it hands out must not depend on that memory.

function plain(tokens: Token[]): object[] {
  return tokens.map((t) => ({ start: t.start, end: t.end, kind: t.kind, lower: t.lower, upper: t.upper, quote: t.quote, flags: t.flags }));
}

/** `count` distinct made-up words, enough to make the tokenizer forget what it knew. */
function manyWords(count: number): string {
  const words: string[] = [];
  for (let k = 0; k < count; k++) words.push('zq' + k.toString(36));
  return words.join(' ');
}

describe('tokenize', () => {
  const sample =
    'He’s sure they’re right, SAID the Minister of Finance in Seoul on Monday: “Well-known U.S. firms’ shares rose 3.5%.” ' +
    'O’Brien and then-Senator Kim weren’t there. Who’d say so? It’s THERE’S, that’ll do. ' +
    'Ünïcödé İstanbul ΣΟΦΙΑ straße ' + 'Supercalifragilisticexpialidociouslyandmore' + ' ' + '12345678901234567890123456789012345678901';

  it('gives a word the same tokens the first time and every time after', () => {
    const first = plain(tokenize(sample));
    assert.deepStrictEqual(plain(tokenize(sample)), first);
    assert.deepStrictEqual(plain(tokenize(sample, true)), first);
  });

  it('lowers a word the same whatever its case, and reads its capital from the text', () => {
    const [lower, capital, caps] = ['said', 'Said', 'SAID'].map((w) => tokenize(w)[0]!);
    assert.strictEqual(lower!.lower, 'said');
    assert.strictEqual(capital!.lower, 'said');
    assert.strictEqual(caps!.lower, 'said');
    assert.strictEqual(capital!.flags, lower!.flags);
    assert.strictEqual(caps!.flags, lower!.flags);
    assert.notStrictEqual(lower!.flags, 0);
    assert.deepStrictEqual([lower!.upper, capital!.upper, caps!.upper], [false, true, true]);
  });

  it('lowers a capital that follows a hyphen, an apostrophe or an initial inside a word', () => {
    const lowers = tokenize('then-Senator Kim, ex-President Moon, d’Alema and a.M. time').map((t) => t.lower);
    assert.ok(lowers.includes('then-senator'), lowers.join(' '));
    assert.ok(lowers.includes('ex-president'), lowers.join(' '));
    assert.ok(lowers.includes('d’alema'), lowers.join(' '));
    assert.ok(lowers.includes('a.m'), lowers.join(' '));
  });

  it('splits a pronoun contraction wherever it appears', () => {
    for (const text of ['He’s here.', 'Yes, he’s here.', 'HE’S HERE.']) {
      const lowers = tokenize(text).map((t) => t.lower);
      const at = lowers.indexOf('he');
      assert.deepStrictEqual(lowers.slice(at, at + 3), ['he', '’s', 'here'], text);
    }
  });

  it('numbers a word by its characters as written, the same wherever it appears', () => {
    const tokens = tokenize('Said said Said, he’s said. Said');
    const [said1, said2, said3, comma, he, tail, said4, period, said5] = tokens.map((t) => t.word);
    assert.strictEqual(said1, said3);
    assert.strictEqual(said1, said5);
    assert.strictEqual(said2, said4);
    assert.notStrictEqual(said1, said2);
    assert.strictEqual(he, tail, 'both tokens of a split contraction carry the whole word');
    assert.notStrictEqual(he, said2);
    assert.strictEqual(comma, -1, 'a mark is not a word');
    assert.strictEqual(period, -1);
  });

  it('never gives a forgotten word\'s number to another word', () => {
    const before = tokenize('Kim')[0]!.word;
    tokenize(manyWords(70000));
    assert.ok(before < firstWordNumber());
    assert.ok(tokenize('Kim')[0]!.word >= firstWordNumber());
  });

  it('hands out a recycled list that holds exactly the latest paragraph\'s tokens, whatever came before', () => {
    const short = 'Kim said so, again.';
    const [fullFresh, shortFresh] = [sample, short].map((text) => plain(tokenize(text)));
    for (const text of [sample, short, short, sample, '', sample, short]) {
      const recycled = tokenize(text, true);
      assert.deepStrictEqual(plain(recycled), text === sample ? fullFresh : text === short ? shortFresh : []);
      assert.strictEqual(new Set(recycled).size, recycled.length, 'each token is its own object');
    }
  });

  it('reads a paragraph inside the document it was cut from as it reads the paragraph alone', () => {
    // the paragraph's ends fall mid-word, beside a joiner and beside a quotation mark of the document
    for (const [before, after] of [['Kim', 'son'], ['U.', 'S.'], ['“', '”'], ['he’', 's'], ['--', '..'], ['', '']]) {
      const document = before + sample + after;
      const tokens = plain(tokenize(document, true, before.length, before.length + sample.length));
      assert.deepStrictEqual(tokens, plain(tokenize(sample)), JSON.stringify([before, after]));
    }
  });

  it('gives the same tokens after it has forgotten the words it knew', () => {
    const before = plain(tokenize(sample));
    tokenize(manyWords(70000));
    assert.deepStrictEqual(plain(tokenize(sample)), before);
  });
});
