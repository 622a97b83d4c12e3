import * as assert from 'assert';
import { minimalReplacement } from '../../../src/extension/checks/textDiff';

function apply(before: string, after: string): string {
  const r = minimalReplacement(before, after);
  return r === null ? before : before.slice(0, r.start) + r.text + before.slice(r.end);
}

describe('minimal replacement for sidecar writes', () => {
  it('is nothing when the texts are equal', () => {
    assert.strictEqual(minimalReplacement('a: 1\n', 'a: 1\n'), null);
  });

  it('replaces only the changed value, keeping the lines around it', () => {
    const before = '# house notes\nstatus: unverified\nnote: x\n';
    const after = '# house notes\nstatus: verified\nnote: x\n';
    const r = minimalReplacement(before, after)!;
    assert.strictEqual(before.slice(r.start, r.end), 'un');
    assert.strictEqual(r.text, '');
    assert.strictEqual(r.start, '# house notes\nstatus: '.length);
    assert.strictEqual(apply(before, after), after);
  });

  it('handles insertions at the end, deletions and repeated characters', () => {
    for (const [b, a] of [
      ['claims:\n', 'claims:\n  - text: x\n'],
      ['aaaa', 'aa'],
      ['', 'new file\n'],
      ['old', ''],
      ['abcabc', 'abcXabc'],
    ]) {
      assert.strictEqual(apply(b, a), a);
    }
  });

  it('never splits a surrogate pair', () => {
    const r = minimalReplacement('x\u{1F600}', 'x\u{1F601}')!;
    assert.strictEqual(r.start, 1);
    assert.strictEqual(apply('x\u{1F600}', 'x\u{1F601}'), 'x\u{1F601}');
  });
});
