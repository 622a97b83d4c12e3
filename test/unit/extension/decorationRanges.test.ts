import * as assert from 'assert';
import { computeHighlightRanges, countHighlights } from '../../../src/extension/model/decorationRanges';
import { ARTICLE, fixtureAnalysis } from './analysisFixture';

const texts = (ranges: { start: number; end: number }[]) => ranges.map((r) => ARTICLE.slice(r.start, r.end));

describe('attribution highlighting ranges', () => {
  const ranges = computeHighlightRanges(fixtureAnalysis());

  it('marks every mention of a named source, once, even where the attribution repeats it', () => {
    assert.deepStrictEqual(texts(ranges.source), ['Harbour Commissioner Ines Talbot', 'Talbot']);
  });

  it('marks anonymous sources apart from named ones', () => {
    assert.deepStrictEqual(texts(ranges.anonymousSource), ['Officials']);
  });

  it('marks each cue', () => {
    assert.deepStrictEqual(texts(ranges.cue), ['said on Monday that', 'said', 'said', 'reportedly']);
  });

  it('draws quoted content apart from paraphrased content', () => {
    assert.deepStrictEqual(texts(ranges.quote), ['We have waited eleven years for this,']);
    assert.deepStrictEqual(texts(ranges.paraphrase), ['dredging will begin in April', 'the work will cost 40 million euros', 'The project was', 'delayed by a lawsuit']);
  });

  it('draws an attribution source that no mention covers', () => {
    const analysis = fixtureAnalysis();
    analysis.sources = [];
    assert.deepStrictEqual(texts(computeHighlightRanges(analysis).source), ['Harbour Commissioner Ines Talbot', 'Talbot', 'Officials']);
  });

  it('keeps ranges inside the text and drops empty ones', () => {
    const analysis = fixtureAnalysis();
    analysis.attributions[0].cue = { start: 5, end: 5, text: '' };
    analysis.attributions[1].content = [{ start: ARTICLE.length - 3, end: ARTICLE.length + 40, text: 'overflow' }];
    const clipped = computeHighlightRanges(analysis);
    assert.ok(clipped.cue.every((r) => r.end > r.start));
    assert.ok(clipped.quote.every((r) => r.end <= ARTICLE.length));
  });

  it('counts highlights per kind', () => {
    assert.deepStrictEqual(countHighlights(ranges), { source: 2, anonymousSource: 1, cue: 4, quote: 1, paraphrase: 4 });
  });

  it('draws nothing for an empty analysis', () => {
    const empty = computeHighlightRanges({ length: 0, paragraphs: [], sentences: [], quotes: [], attributions: [], sources: [], claims: [], credits: [], problems: [] });
    assert.deepStrictEqual(countHighlights(empty), { source: 0, anonymousSource: 0, cue: 0, quote: 0, paraphrase: 0 });
  });
});
