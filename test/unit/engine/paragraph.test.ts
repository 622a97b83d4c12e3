import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { analyzeParagraph, assembleAnalysis, NO_CARRY, splitParagraphs, type ParagraphResult } from '../../../src/engine/paragraph';

describe('paragraphs', () => {
  it('blank lines and single line breaks both separate paragraphs', () => {
    const text = 'First paragraph.\n\nSecond paragraph.\nThird paragraph.';
    assert.deepStrictEqual(
      splitParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['First paragraph.', 'Second paragraph.', 'Third paragraph.'],
    );
  });

  it('a hard-wrapped sentence stays one paragraph', () => {
    const text = 'The minister said the talks\nwould continue next week.\n\nNext.';
    assert.deepStrictEqual(
      splitParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['The minister said the talks\nwould continue next week.', 'Next.'],
    );
  });

  it('paragraph extents exclude surrounding whitespace and CRLF line ends', () => {
    const text = '  Indented line.  \r\n\r\nNext line.\r\n';
    assert.deepStrictEqual(
      splitParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['Indented line.', 'Next line.'],
    );
  });

  it('a paragraph analysis depends only on its own text: offsets are relative to the paragraph', () => {
    const a = analyzeParagraph('"We are ready," she said.', NO_CARRY);
    const b = analyzeParagraph('"We are ready," she said.', NO_CARRY);
    assert.deepStrictEqual(a, b);
    assert.strictEqual(a.attributions[0]!.cue.start, 20);
  });

  it('the carry says whether a quote is still open at the paragraph end', () => {
    assert.strictEqual(analyzeParagraph('"It goes on', NO_CARRY).carryOut.open, true);
    assert.strictEqual(analyzeParagraph('"It ends."', NO_CARRY).carryOut.open, false);
  });

  it('assembling paragraph results gives the same analysis as analyze', () => {
    const text = 'SEOUL, May 20 (Yonhap) -- The ministry said talks would resume.\n\n"We are ready," Cho said.\n\nRubio agreed, according to Bruce.';
    const paragraphs = splitParagraphs(text);
    const results: ParagraphResult[] = [];
    let carry = NO_CARRY;
    for (const p of paragraphs) {
      const r = analyzeParagraph(text.slice(p.start, p.end), carry);
      results.push(r);
      carry = r.carryOut;
    }
    assert.deepStrictEqual(assembleAnalysis(text, paragraphs, results), analyze(text));
  });

  it('nested attributions get a parent id', () => {
    const analysis = analyze('Rubio reiterated that the alliance is strong, the ministry said.');
    const inner = analysis.attributions.find((a) => a.source?.text === 'Rubio');
    const outer = analysis.attributions.find((a) => a.source?.text === 'the ministry');
    assert.strictEqual(inner?.parentId, outer?.id);
    assert.strictEqual(outer?.parentId, null);
  });
});
