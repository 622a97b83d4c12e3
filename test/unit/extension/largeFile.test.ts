import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { chooseAnalysisWindow, formatSize, shiftAnalysis, windowCovers } from '../../../src/extension/model/largeFile';
import { describeStatus } from '../../../src/extension/model/statusText';
import { fixtureAnalysis } from './analysisFixture';

const PARAGRAPH = 'The mayor said the tram line would open in June, according to a city statement.\n\n';

describe('the large-file policy', () => {
  const text = PARAGRAPH.repeat(2000); // about 160 KB

  it('analyses the whole text when it fits', () => {
    assert.deepStrictEqual(chooseAnalysisWindow('short', 100, 3), { start: 0, end: 5 });
  });

  it('chooses a window no larger than the limit, holding the place the journalist looks at', () => {
    const focus = 100_000;
    const window = chooseAnalysisWindow(text, 20_000, focus);
    assert.ok(window.end - window.start <= 20_000);
    assert.ok(window.start <= focus && focus < window.end);
  });

  it('starts and ends the window on paragraph boundaries', () => {
    const window = chooseAnalysisWindow(text, 20_000, 77_777);
    assert.strictEqual(text.slice(window.start - 2, window.start), '\n\n');
    assert.ok(text.slice(window.start).startsWith('The mayor'));
    assert.strictEqual(text[window.end - 1], '\n');
  });

  it('copes with a single line longer than the limit', () => {
    const line = 'x'.repeat(50_000);
    const window = chooseAnalysisWindow(line, 10_000, 45_000);
    assert.ok(window.end - window.start <= 10_000 && window.start <= 45_000 && 45_000 <= window.end);
  });

  it('tells whether the visible range is still inside the window', () => {
    assert.ok(windowCovers({ start: 10, end: 100 }, { start: 20, end: 90 }));
    assert.ok(!windowCovers({ start: 10, end: 100 }, { start: 90, end: 120 }));
  });

  it('moves every span of a window\'s analysis into the whole text\'s offsets', () => {
    const analysis = fixtureAnalysis();
    const shifted = shiftAnalysis(analysis, 1000, analysis.length + 5000);
    assert.strictEqual(shifted.length, analysis.length + 5000);
    assert.strictEqual(shifted.sources[0].mentions[0].start, analysis.sources[0].mentions[0].start + 1000);
    assert.strictEqual(shifted.attributions[0].cue.end, analysis.attributions[0].cue.end + 1000);
    assert.strictEqual(shifted.attributions[3].content[1].start, analysis.attributions[3].content[1].start + 1000);
    assert.strictEqual(shifted.claims[4].span.start, analysis.claims[4].span.start + 1000);
    assert.strictEqual(shifted.quotes[0].inner.start, analysis.quotes[0].inner.start + 1000);
    assert.strictEqual(shifted.credits[0].end, analysis.credits[0].end + 1000);
    assert.strictEqual(shifted.attributions[0].cue.text, analysis.attributions[0].cue.text);
  });

  it('matches the engine\'s own analysis of the window text', () => {
    const window = chooseAnalysisWindow(text, 5_000, 50_000);
    const shifted = shiftAnalysis(analyze(text.slice(window.start, window.end)), window.start, text.length);
    for (const attribution of shifted.attributions) {
      assert.strictEqual(text.slice(attribution.cue.start, attribution.cue.end), attribution.cue.text);
    }
  });

  it('says in the status bar that a large file is only partly analysed', () => {
    const analysis = { ...fixtureAnalysis(), length: 5 * 1024 * 1024 };
    const status = describeStatus(analysis, { start: 0, end: 2 * 1024 * 1024 });
    assert.ok(status.warning);
    assert.match(status.text, /partial/);
    assert.match(status.tooltip, /Large file \(5\.0 MB\).*2\.0 MB/);
  });

  it('formats sizes for people', () => {
    assert.strictEqual(formatSize(2 * 1024 * 1024), '2.0 MB');
    assert.strictEqual(formatSize(12 * 1024 * 1024), '12 MB');
    assert.strictEqual(formatSize(300 * 1024), '300 KB');
  });
});

describe('the status bar summary', () => {
  it('counts sources and claims', () => {
    const status = describeStatus(fixtureAnalysis());
    assert.strictEqual(status.text, '$(quote) 3 sources · 5 claims');
    assert.match(status.tooltip, /4 attributions, 1 anonymous source, 2 unattributed claims/);
    assert.ok(!status.warning);
  });

  it('uses the singular for one', () => {
    const analysis = fixtureAnalysis();
    analysis.sources = analysis.sources.slice(0, 1);
    analysis.claims = analysis.claims.slice(0, 1);
    assert.strictEqual(describeStatus(analysis).text, '$(quote) 1 source · 1 claim');
  });
});
