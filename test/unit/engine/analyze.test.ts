import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';

describe('analyze', () => {
  it('reports the length of the text it analysed', () => {
    assert.strictEqual(analyze('Cho said.').length, 9);
  });
});
