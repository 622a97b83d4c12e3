// Property test: for random and adversarial strings analyze returns, every span lies inside
// the text with the text it names, and the result is deterministic.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { rng } from '../../../scripts/bench/wire';
import { assertSpansExact, fixture } from './helpers';

const PIECES = [
  'said', ' said ', 'according to', ' the ministry', ' Mr.', ' U.S.', '"', '“', '”', "'", "''", '``', ',', '.', '?', '!', ':', ';',
  ' -- ', '—', '―', '(', ')', '\n', '\n\n', '\r\n', ' ', '\t', '\u0000', '\ud800', '\udc00', '😀', 'Cho Tae-yul', ' told reporters',
  ' reportedly', ' is expected to', '(Yonhap)', 'SEOUL, May 20 (Yonhap) --', 'By Jane Doe', '3.4 percent', '$5 million', 'Feb. 15',
  'was criticized by', ' adding that', ' who', ', which', 'He', 'She', '’s', 'n’t', '\u2028', '\ufeff', 'a'.repeat(50),
];

function randomText(rand: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += PIECES[Math.floor(rand() * PIECES.length)]!;
  return out;
}

function check(text: string): void {
  const first = analyze(text);
  assertSpansExact(text, first);
  assert.deepStrictEqual(analyze(text), first, 'deterministic');
}

describe('analyze on any string', () => {
  it('random news-like fragments', () => {
    const rand = rng(20260520);
    for (let i = 0; i < 300; i++) check(randomText(rand, Math.floor(rand() * 400)));
  });

  it('random code units, including lone surrogates and control characters', () => {
    const rand = rng(7);
    for (let i = 0; i < 100; i++) {
      let text = '';
      const n = Math.floor(rand() * 200);
      for (let k = 0; k < n; k++) text += String.fromCharCode(Math.floor(rand() * 0x10000));
      check(text);
    }
  });

  it('empty and whitespace-only texts', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n\t ', '\u0000']) check(text);
  });

  it('a megabyte on one line', () => {
    const rand = rng(3);
    const line = randomText(rand, 1_000_000).replace(/[\n\r\u2028]/g, ' ');
    const analysis = analyze(line);
    assert.strictEqual(analysis.length, line.length);
    assertSpansExact(line, analysis);
  });

  it('a hundred thousand quotation marks', () => {
    for (const mark of ['"', '“', '”']) {
      const text = mark.repeat(100_000);
      const analysis = analyze(text);
      assertSpansExact(text, analysis);
    }
  });

  it('a single endless sentence full of cues', () => {
    const text = 'Officials said that '.repeat(20_000);
    const analysis = analyze(text);
    assertSpansExact(text, analysis);
  });

  it('an analysis stays as it was while others are made after it (the engine lends out nothing it keeps)', () => {
    const articles = ['multi-paragraph-quote.article', 'seoul-ottawa-call.article', 'wire-budget-vote.article'].map(fixture);
    // unnamed speakers, said again and again, make the mentions coreference keeps from one analysis to the next
    const unnamed = 'Importers said prices rose. Farmers told reporters the rain came late. Importers said again that costs rose.';
    const rand = rng(11);
    const texts = [...articles, unnamed, ...articles.map((a) => `${unnamed}\n\n${a}`), ...Array.from({ length: 40 }, () => randomText(rand, 300))];
    const kept = texts.map((text) => {
      const analysis = analyze(text);
      return { analysis, written: JSON.stringify(analysis) };
    });
    for (const text of texts) analyze(text);
    for (const { analysis, written } of kept) assert.strictEqual(JSON.stringify(analysis), written);
    for (let k = 0; k < texts.length; k++) assert.strictEqual(JSON.stringify(analyze(texts[k]!)), kept[k]!.written, 'the same analysis again');
  });

  it('odd options do not throw', () => {
    const text = 'The minister harrumphed that it was fine.';
    check(text);
    assert.doesNotThrow(() => analyze(text, { cueVerbs: ['', '   ', 'x'.repeat(1000), 'harrumphed'] }));
    assert.doesNotThrow(() => analyze(text, undefined));
  });
});
