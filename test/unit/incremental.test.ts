import * as assert from 'assert';
import { wireText, rng } from '../../scripts/bench/wire';
import { analyze } from '../../src/engine/analyze';
import { commonPrefixLength, commonSuffixLength, createIncrementalAnalyzer, unchangedEnds, type TextChange } from '../../src/engine/incremental';

/** Applies changes in order, each in the coordinates left by the ones before (as VS Code does). */
function apply(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

const INSERTS = ['x', ' ', '.', '"', '“', '”', "'", '\n', '\n\n', ',', 'said', ' the ministry said.', 'A', '😀', '\r\n', '"Yes," he said.\n\n'];

/** A random edit of the kinds an editor produces: typing, deleting, pasting, splitting and joining paragraphs. */
function randomEdit(text: string, random: () => number): TextChange[] {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  if (roll < 0.4) return [{ rangeOffset: at, rangeLength: 0, text: INSERTS[Math.floor(random() * INSERTS.length)]! }];
  if (roll < 0.7) return [{ rangeOffset: at, rangeLength: Math.min(text.length - at, 1 + Math.floor(random() * 3)), text: '' }];
  if (roll < 0.8) return [{ rangeOffset: at, rangeLength: Math.min(text.length - at, Math.floor(random() * 400)), text: '' }];
  if (roll < 0.9) {
    // several cursors: changes in descending offset order, like VS Code's multi-cursor typing
    const offsets = [at, Math.floor(random() * text.length), Math.floor(random() * text.length)].sort((a, b) => b - a);
    return [...new Set(offsets)].map((o) => ({ rangeOffset: o, rangeLength: 0, text: '"' }));
  }
  const from = Math.floor(random() * text.length);
  return [{ rangeOffset: at, rangeLength: 0, text: text.slice(from, from + Math.floor(random() * 300)) }];
}

describe('incremental analysis', () => {
  it('gives exactly the analysis of the whole text on the first update', () => {
    const text = wireText(20_000, { seed: 7 });
    assert.deepStrictEqual(createIncrementalAnalyzer().update(text), analyze(text));
  });

  it('stays equal to a full analysis through two hundred random edits, with and without the change list', () => {
    const random = rng(42);
    for (const withChanges of [true, false]) {
      const analyzer = createIncrementalAnalyzer({ cacheSize: 64 });
      let text = wireText(5_000, { seed: withChanges ? 3 : 4, separator: withChanges ? '\n\n' : '\n' });
      analyzer.update(text);
      for (let i = 0; i < 100; i++) {
        const changes = randomEdit(text, random);
        text = apply(text, changes);
        const incremental = analyzer.update(text, withChanges ? changes : undefined);
        assert.deepStrictEqual(incremental, analyze(text), `edit ${i}: ${JSON.stringify(changes).slice(0, 200)}`);
      }
    }
  });

  it('re-analyses only the edited paragraph when a character is typed inside it', () => {
    const text = wireText(50_000, { seed: 11 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const paragraphs = analyzer.stats.paragraphs;
    const at = text.indexOf(' said', text.length / 2);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'x' }]);
    assert.strictEqual(analyzer.stats.analyzed, 1);
    assert.strictEqual(analyzer.stats.reused, paragraphs - 1);
    analyzer.update(text); // undo: found by comparing the texts, the old paragraph comes from the cache
    assert.strictEqual(analyzer.stats.analyzed, 0);
  });

  it('hands back the same analysis when asked again about unchanged text', () => {
    const text = wireText(5_000, { seed: 12 });
    const analyzer = createIncrementalAnalyzer();
    const first = analyzer.update(text);
    assert.strictEqual(analyzer.update(text), first);
    assert.strictEqual(analyzer.stats.analyzed, 0);
  });

  it('follows a quotation left open into the paragraphs after it, and back when it is closed', () => {
    const text = 'He said it was "fine.\n\nShe agreed.\n\n"Later," she said.\n\nThe end came on May 3, officials said.\n';
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const closed = text.replace('"fine.', '"fine."');
    assert.deepStrictEqual(analyzer.update(closed), analyze(closed));
    assert.deepStrictEqual(analyzer.update(text), analyze(text));
  });

  it('copes with empty text, whole-text replacement and a change list that does not fit', () => {
    const analyzer = createIncrementalAnalyzer();
    assert.deepStrictEqual(analyzer.update(''), analyze(''));
    const text = wireText(3000, { seed: 5 });
    assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: 0, rangeLength: 0, text }]), analyze(text));
    const other = wireText(3000, { seed: 6 });
    assert.deepStrictEqual(analyzer.update(other, [{ rangeOffset: 10, rangeLength: 5, text: 'x' }]), analyze(other));
    assert.deepStrictEqual(analyzer.update(''), analyze(''));
  });
});

describe('finding what an edit changed', () => {
  it('derives the unchanged prefix and suffix from VS Code-style change lists', () => {
    assert.deepStrictEqual(unchangedEnds(10, 11, [{ rangeOffset: 4, rangeLength: 0, text: 'x' }]), { prefix: 4, suffix: 6 });
    assert.deepStrictEqual(unchangedEnds(10, 8, [{ rangeOffset: 8, rangeLength: 2, text: '' }, { rangeOffset: 1, rangeLength: 1, text: 'ab' }, { rangeOffset: 0, rangeLength: 1, text: '' }]), { prefix: 0, suffix: 0 });
    assert.strictEqual(unchangedEnds(10, 12, [{ rangeOffset: 4, rangeLength: 0, text: 'x' }]), null, 'the lengths do not add up');
    assert.strictEqual(unchangedEnds(10, 10, [{ rangeOffset: 9, rangeLength: 5, text: 'abcde' }]), null, 'the range leaves the text');
  });

  it('compares long texts chunk by chunk to the first and last difference', () => {
    const a = 'ab'.repeat(10_000);
    const b = a.slice(0, 12_345) + 'Z' + a.slice(12_346);
    assert.strictEqual(commonPrefixLength(a, b), 12_345);
    assert.strictEqual(commonSuffixLength(a, b, 12_345), a.length - 12_346);
    assert.strictEqual(commonSuffixLength(a, a + a, 0), a.length);
    assert.strictEqual(commonSuffixLength('aaa', 'aaaa', commonPrefixLength('aaa', 'aaaa')), 0);
  });
});
