import * as assert from 'assert';
import { FakeDocument, ManualClock, fake, FakeEmitter } from './fakeVscode';
import type { AnalysisCache as AnalysisCacheType, AnalysisResult, DocumentAnalyzerFactory, DocumentChange } from '../../../src/extension/analysisCache';
import type { ConfigurationWatcher, SourcelightConfiguration } from '../../../src/extension/configuration';
import type { TextDocument } from 'vscode';

// Loaded after the fake 'vscode' is in place.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createAnalysisCache } = require('../../../src/extension/analysisCache') as typeof import('../../../src/extension/analysisCache');

const ARTICLE = 'Mayor Clara Wendt said the bridge will reopen in May.\n\nThe council said the repairs cost 3 million dollars.\n';

interface Harness {
  cache: AnalysisCacheType;
  analyses: AnalysisResult[];
  calls: { text: string; changes: readonly DocumentChange[] | undefined }[];
  settings: FakeEmitter<SourcelightConfiguration>;
  config: SourcelightConfiguration;
}

function harness(overrides: Partial<SourcelightConfiguration> = {}): Harness {
  const config: SourcelightConfiguration = { languages: ['plaintext', 'markdown', 'news-article'], highlightingEnabled: true, overviewRuler: false, largeFileMaxSize: 100_000, analysisDelay: 200, ...overrides };
  const settings = new FakeEmitter<SourcelightConfiguration>();
  const watcher = { get value() { return config; }, onDidChange: settings.event } as unknown as ConfigurationWatcher;
  const calls: Harness['calls'] = [];
  const recording: DocumentAnalyzerFactory = () => ({
    analyze: (text, changes) => {
      calls.push({ text, changes: changes && [...changes] });
      return { length: text.length, paragraphs: [], sentences: [], quotes: [], attributions: [], sources: [], claims: [], credits: [], problems: [] };
    },
  });
  const cache = createAnalysisCache(watcher, recording);
  const analyses: AnalysisResult[] = [];
  cache.onDidAnalyze((result) => analyses.push(result));
  return { cache, analyses, calls, settings, config };
}

const doc = (document: FakeDocument) => document as unknown as TextDocument;

describe('the analysis cache', () => {
  const clock = new ManualClock();
  let h: Harness;
  beforeEach(() => clock.install());
  afterEach(() => {
    h?.cache.dispose();
    clock.uninstall();
    fake.trusted = true;
  });

  it('analyses an article as soon as it opens, on any scheme', () => {
    h = harness();
    const untitled = new FakeDocument(ARTICLE, 'plaintext', 'Untitled-1', 'untitled');
    fake.onDidOpen.fire(untitled);
    assert.strictEqual(h.analyses.length, 1);
    assert.strictEqual(h.cache.current(doc(untitled))?.version, 1);
  });

  it('leaves other languages and output panes alone', () => {
    h = harness();
    fake.onDidOpen.fire(new FakeDocument('{"said": 1}', 'json', 'x.json'));
    fake.onDidOpen.fire(new FakeDocument(ARTICLE, 'plaintext', 'extension-output', 'output'));
    assert.strictEqual(h.analyses.length, 0);
  });

  it('waits for a pause in typing, then analyses the latest version once', () => {
    h = harness();
    const article = new FakeDocument(ARTICLE);
    fake.onDidOpen.fire(article);
    for (const letter of 'Deputy ') {
      fake.onDidChange.fire({ document: article, contentChanges: [article.edit(0, 0, letter)] });
      clock.advance(50);
    }
    assert.strictEqual(h.analyses.length, 1, 'nothing while typing');
    clock.advance(200);
    assert.strictEqual(h.analyses.length, 2);
    assert.strictEqual(h.analyses[1].version, article.version);
  });

  it('hands the analyser every edit since its last run, in order', () => {
    h = harness();
    const article = new FakeDocument(ARTICLE);
    fake.onDidOpen.fire(article);
    const first = article.edit(0, 0, 'A');
    fake.onDidChange.fire({ document: article, contentChanges: [first] });
    const second = article.edit(5, 2, '');
    fake.onDidChange.fire({ document: article, contentChanges: [second] });
    clock.advance(200);
    assert.strictEqual(h.calls[0].changes, undefined, 'the first run sees the whole text');
    assert.deepStrictEqual(h.calls[1].changes, [first, second]);
    assert.strictEqual(h.calls[1].text, article.getText());
  });

  it('answers a request for the current version at once and cancels the pending run', () => {
    h = harness();
    const article = new FakeDocument(ARTICLE);
    fake.onDidOpen.fire(article);
    fake.onDidChange.fire({ document: article, contentChanges: [article.edit(0, 0, 'X')] });
    assert.strictEqual(h.cache.current(doc(article)), undefined, 'the pending version is not current');
    const result = h.cache.get(doc(article));
    assert.strictEqual(result.version, article.version);
    assert.strictEqual(clock.pending, 0, 'no stale run left');
    clock.advance(1000);
    assert.strictEqual(h.analyses.length, 2);
    assert.strictEqual(h.cache.get(doc(article)), result, 'one analysis per version');
  });

  it('forgets a closed document and its pending run', () => {
    h = harness();
    const article = new FakeDocument(ARTICLE);
    fake.onDidOpen.fire(article);
    fake.onDidChange.fire({ document: article, contentChanges: [article.edit(0, 0, 'X')] });
    article.isClosed = true;
    fake.onDidClose.fire(article);
    clock.advance(1000);
    assert.strictEqual(h.analyses.length, 1);
    assert.strictEqual(h.cache.latest(doc(article)), undefined);
  });

  it('analyses a window of a file past the large-file size, in the whole file\'s offsets', () => {
    h = harness({ largeFileMaxSize: 1000 });
    const article = new FakeDocument(ARTICLE.repeat(100));
    fake.onDidOpen.fire(article);
    const result = h.analyses[0];
    assert.ok(result.window && result.window.end - result.window.start <= 1000);
    assert.strictEqual(result.analysis.length, article.getText().length);
    assert.strictEqual(h.calls[0].text, article.getText().slice(result.window.start, result.window.end));
  });

  it('re-analyses when the languages or the large-file size change, not when highlighting is toggled', () => {
    h = harness();
    const article = new FakeDocument(ARTICLE, 'markdown', 'notes.md');
    fake.onDidOpen.fire(article);
    h.config.highlightingEnabled = false;
    h.settings.fire(h.config);
    assert.strictEqual(h.analyses.length, 1);
    h.config.languages = ['plaintext'];
    h.settings.fire(h.config);
    assert.strictEqual(h.cache.isArticle(doc(article)), false);
    assert.strictEqual(h.cache.latest(doc(article)), undefined, 'no longer an article: dropped');
    h.config.languages = ['plaintext', 'markdown'];
    h.settings.fire(h.config);
    assert.strictEqual(h.cache.get(doc(article)).version, article.version);
  });

  it('uses the workspace\'s options only in a trusted workspace', () => {
    h = harness();
    const seen: unknown[] = []; // the options each new analyser is created with
    const article = new FakeDocument(ARTICLE);
    fake.trusted = false;
    const watcher = { value: h.config, onDidChange: h.settings.event } as unknown as ConfigurationWatcher;
    const cache = createAnalysisCache(watcher, (options) => {
      seen.push(options);
      return { analyze: (text) => ({ length: text.length, paragraphs: [], sentences: [], quotes: [], attributions: [], sources: [], claims: [], credits: [], problems: [] }) };
    });
    try {
      cache.setOptionsProvider(() => ({ cueVerbs: ['opined'] }), { refresh: false });
      cache.get(doc(article));
      fake.trusted = true;
      fake.onDidGrantTrust.fire();
      assert.deepStrictEqual(seen, [{}, { cueVerbs: ['opined'] }]);
    } finally {
      cache.dispose();
    }
  });
});
