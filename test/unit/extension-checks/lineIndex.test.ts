import * as assert from 'assert';
import { LineIndex } from '../../../src/engine/lineIndex';

describe('line and column of an offset in a YAML file or transcript', () => {
  const index = new LineIndex('claims:\n  - text: x\r\n    status: verified\n');

  it('counts lines from 0 and columns in UTF-16 units', () => {
    assert.deepStrictEqual(index.at(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.at(8), { line: 1, character: 0 });
    assert.deepStrictEqual(index.at(12), { line: 1, character: 4 });
    assert.deepStrictEqual(index.at(21), { line: 2, character: 0 });
  });

  it('clamps offsets outside the text and survives nonsense', () => {
    assert.deepStrictEqual(index.at(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(index.at(10_000), { line: 3, character: 0 });
    assert.deepStrictEqual(index.at(Number.NaN), { line: 0, character: 0 });
    assert.deepStrictEqual(new LineIndex('').at(3), { line: 0, character: 0 });
  });
});
