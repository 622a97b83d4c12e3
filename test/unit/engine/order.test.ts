import * as assert from 'assert';
import { sortIndicesInOrder, sortInOrder } from '../../../src/engine/order';

describe('sortInOrder (the engine sorts its text-ordered lists with it)', () => {
  const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

  it('puts items in the same order as the stable Array.prototype.sort, ties kept in input order', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 400; round++) {
      const length = Math.floor(random() * 60);
      const items = Array.from({ length }, (_, id) => ({ start: Math.floor(random() * (round % 3 === 0 ? 4 : 100)), id }));
      if (round % 5 === 0) items.sort(byStart); // already in order
      const expected = items.slice().sort(byStart);
      assert.deepStrictEqual(sortInOrder(items, byStart), expected);
      assert.deepStrictEqual(items, expected, 'sorted in place');
    }
  });

  it('sorts long lists that are nearly in order, and long lists far from it, as the stable sort would', () => {
    let seed = 3;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (const length of [25, 200, 3000]) {
      for (const swaps of [1, 10, length]) {
        const items = Array.from({ length }, (_, id) => ({ start: Math.floor(id / 3), id }));
        for (let s = 0; s < swaps; s++) {
          const a = Math.floor(random() * length);
          const b = Math.min(length - 1, a + Math.floor(random() * (swaps === length ? length : 8)));
          [items[a], items[b]] = [items[b]!, items[a]!];
        }
        const expected = items.slice().sort(byStart);
        assert.deepStrictEqual(sortInOrder(items, byStart), expected);
      }
    }
  });

  it('returns the same array, untouched, when it is already in order', () => {
    const items = [{ start: 1 }, { start: 1 }, { start: 5 }];
    const copy = items.slice();
    assert.strictEqual(sortInOrder(items, byStart), items);
    copy.forEach((item, k) => assert.strictEqual(items[k], item));
  });

  it('sorts a prefix of a list of indices as the stable Array.prototype.sort would, leaving the rest', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(random() * 60);
      const keys = Array.from({ length: n }, () => Math.floor(random() * (round % 3 === 0 ? 4 : 100)));
      const byKey = (a: number, b: number): number => keys[a]! - keys[b]!;
      const order = new Int32Array(n + 3).fill(-7);
      for (let i = 0; i < n; i++) order[i] = i;
      sortIndicesInOrder(order, n, byKey);
      const expected = Array.from({ length: n }, (_, i) => i).sort(byKey);
      assert.deepStrictEqual(Array.from(order.subarray(0, n)), expected);
      assert.deepStrictEqual(Array.from(order.subarray(n)), [-7, -7, -7]);
    }
  });
});
