// One analysis per document version, shared by every feature. Articles (documents in the
// configured languages, any scheme) are analysed at once when opened and again after a short
// pause in typing; a newer edit cancels the pending run. Large files get a window of the text
// (see model/largeFile.ts) instead of freezing the editor.
import * as vscode from 'vscode';
import { disposeAll } from './disposables';
import { analyze, emptyAnalysis } from '../engine/analyze';
import { createIncrementalAnalyzer } from '../engine/incremental';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import type { ConfigurationWatcher, SourcelightConfiguration } from './configuration';
import { now } from './activationTiming';
import { chooseAnalysisWindow, shiftAnalysis, windowCovers, type AnalysisWindow } from './model/largeFile';

export interface AnalysisResult {
  document: vscode.TextDocument;
  /** The document version this analysis was computed from. */
  version: number;
  analysis: Analysis;
  /** Set when the document is past the large-file size and only this window was analysed. */
  window?: AnalysisWindow;
  /** Engine time for this run, in milliseconds. */
  durationMs: number;
  /** For an incremental run: how many paragraphs were analysed again and how many reused. */
  stats?: ReanalysisStats;
}

/** One edit as VS Code reports it (`TextDocumentContentChangeEvent`, offsets only). */
export interface DocumentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** Analyses one document's successive texts (one per document, so an incremental analyser
 *  can keep what it learnt about the previous version). `changes`, when known, are the edits
 *  since the previous call, in order. */
export interface DocumentAnalyzer {
  analyze(text: string, changes: readonly DocumentChange[] | undefined): Analysis;
  /** What the last run re-analysed, when the analyser works incrementally. */
  readonly stats?: ReanalysisStats;
}

export interface ReanalysisStats {
  /** Paragraphs analysed by the last run. */
  analyzed: number;
  /** Paragraphs whose earlier result was reused. */
  reused: number;
  paragraphs: number;
}

export type DocumentAnalyzerFactory = (options: AnalyzeOptions) => DocumentAnalyzer;

export const fullDocumentAnalyzer: DocumentAnalyzerFactory = (options) => ({ analyze: (text) => analyze(text, options) });

/** Re-analyses only the paragraphs an edit can reach (the result equals a full analysis). */
export const incrementalDocumentAnalyzer: DocumentAnalyzerFactory = (options) => {
  const analyzer = createIncrementalAnalyzer(options);
  return {
    analyze: (text, changes) => analyzer.update(text, changes),
    get stats() {
      return { ...analyzer.stats };
    },
  };
};

/** Supplies the engine options for a document (house cue verbs, the source registry). */
export type AnalyzeOptionsProvider = (document: vscode.TextDocument) => AnalyzeOptions | undefined;

interface Entry {
  document: vscode.TextDocument;
  /** Created on first analysis with the document's options; dropped when they may change. */
  analyzer?: DocumentAnalyzer;
  /** Edits since the analyser last saw the text; undefined when some were missed. */
  changes: DocumentChange[] | undefined;
  result?: AnalysisResult;
  timer?: ReturnType<typeof setTimeout>;
  /** Where the analyser's text starts when a large file is analysed in a window. */
  windowStart?: number;
}

/** Plain-text panes that are never articles: output channels, the debug console, terminals. */
const NOT_ARTICLE_SCHEMES: ReadonlySet<string> = new Set(['output', 'debug', 'vscode-terminal']);

export interface AnalysisCache extends vscode.Disposable {
  /** Fired after every analysis, with the document version it belongs to. */
  readonly onDidAnalyze: vscode.Event<AnalysisResult>;
  /** Whether Sourcelight analyses this document: its language is one of `sourcelight.languages`,
   *  on any scheme (files, untitled, virtual) except the workbench's own output panes. */
  isArticle(document: vscode.TextDocument): boolean;
  /** The analysis of the document's current version, if it has been computed. */
  current(document: vscode.TextDocument): AnalysisResult | undefined;
  /** The most recent analysis, possibly of an older version (for views that may lag a keystroke). */
  latest(document: vscode.TextDocument): AnalysisResult | undefined;
  /** The analysis of the document's current version, computed now if it is pending. */
  get(document: vscode.TextDocument): AnalysisResult;
  /** Lets the checks supply registry and house cue verbs; re-analyses open articles. */
  setOptionsProvider(provider: AnalyzeOptionsProvider, options?: { refresh?: boolean }): void;
  /** Drops every cached analysis and re-analyses the open articles (settings changed). */
  refresh(): void;
}

export const createAnalysisCache = (configuration: ConfigurationWatcher, createAnalyzer: DocumentAnalyzerFactory = incrementalDocumentAnalyzer): AnalysisCache => {
  const entries = new Map<string, Entry>();
  const emitter = new vscode.EventEmitter<AnalysisResult>();
  let optionsProvider: AnalyzeOptionsProvider = () => undefined;
  let settings = analysisSettings(configuration.value);

  const isArticle = (document: vscode.TextDocument): boolean =>
    configuration.value.languages.includes(document.languageId) && !NOT_ARTICLE_SCHEMES.has(document.uri.scheme);

  const latest = (document: vscode.TextDocument): AnalysisResult | undefined => entries.get(key(document))?.result;

  const current = (document: vscode.TextDocument): AnalysisResult | undefined => {
    const result = latest(document);
    return result && result.version === document.version ? result : undefined;
  };

  const refresh = (): void => {
    for (const [id, entry] of entries) {
      if (entry.timer) clearTimeout(entry.timer);
      if (entry.document.isClosed) {
        entries.delete(id);
        continue;
      }
      entry.analyzer = undefined;
      entry.windowStart = undefined;
      entry.changes = undefined;
      entry.result = undefined;
      if (isArticle(entry.document)) analyzeNow(entry.document);
      else entries.delete(id);
    }
  };

  const entryFor = (document: vscode.TextDocument): Entry => {
    const id = key(document);
    let entry = entries.get(id);
    if (!entry) {
      entry = { document, changes: undefined };
      entries.set(id, entry);
    }
    entry.document = document;
    return entry;
  };

  /** Re-analyses after the configured pause; `force` re-analyses an unchanged version too
   *  (the large-file window moved). */
  const schedule = (document: vscode.TextDocument, force = false): void => {
    const entry = entryFor(document);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!document.isClosed && (force || current(document) === undefined)) analyzeNow(document);
    }, configuration.value.analysisDelay);
  };

  const analyzeNow = (document: vscode.TextDocument): AnalysisResult => {
    const entry = entryFor(document);
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    const started = now();
    const text = document.getText();
    const changes = entry.changes;
    entry.changes = [];
    const maxSize = configuration.value.largeFileMaxSize;
    let analysis: Analysis;
    let window: AnalysisWindow | undefined;
    let stats: ReanalysisStats | undefined;
    try {
      if (text.length > maxSize) window = chooseAnalysisWindow(text, maxSize, focusOffset(document));
      // Typing inside a window that stays put is incremental too (the analyser finds what
      // changed by comparing texts); a window that moved, or appeared or went, is analysed afresh.
      if (entry.windowStart !== window?.start) entry.analyzer = undefined;
      entry.windowStart = window?.start;
      const fresh = entry.analyzer === undefined;
      const analyzer = (entry.analyzer ??= createAnalyzer(safeOptions(optionsProvider, document)));
      analysis = window
        ? shiftAnalysis(analyzer.analyze(text.slice(window.start, window.end), undefined), window.start, text.length)
        : analyzer.analyze(text, fresh ? undefined : changes);
      stats = analyzer.stats;
    } catch (error) {
      // The engine promises never to throw; if it ever does, the editor keeps working.
      console.error('Sourcelight: analysis failed', error);
      entry.analyzer = undefined;
      analysis = emptyAnalysis(text.length);
    }
    const result: AnalysisResult = { document, version: document.version, analysis, window, durationMs: now() - started, stats };
    entry.result = result;
    emitter.fire(result);
    return result;
  };

  /** Where the journalist is looking in a document: the first visible line of its editor. */
  const focusOffset = (document: vscode.TextDocument): number => {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document)?.visibleRanges[0];
    return visible ? document.offsetAt(visible.start) : 0;
  };

  const disposables: vscode.Disposable[] = [
    emitter,
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isArticle(document)) analyzeNow(document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || !isArticle(event.document)) return;
      const entry = entryFor(event.document);
      for (const change of event.contentChanges) {
        entry.changes?.push({ rangeOffset: change.rangeOffset, rangeLength: change.rangeLength, text: change.text });
      }
      schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const id = key(document);
      const entry = entries.get(id);
      if (entry?.timer) clearTimeout(entry.timer);
      entries.delete(id);
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor: editor }) => {
      const window = latest(editor.document)?.window;
      const visible = editor.visibleRanges[0];
      if (!window || !visible) return;
      const range = { start: editor.document.offsetAt(visible.start), end: editor.document.offsetAt(visible.end) };
      if (!windowCovers(window, range)) schedule(editor.document, true);
    }),
    configuration.onDidChange((value) => {
      // Only what changes an analysis re-analyses: not the highlighting toggle or the delay.
      const next = analysisSettings(value);
      if (next === settings) return;
      settings = next;
      refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
  ];

  return {
    onDidAnalyze: emitter.event,
    isArticle,
    current,
    latest,
    get: (document) => current(document) ?? analyzeNow(document),
    setOptionsProvider: (provider, options = {}) => {
      optionsProvider = provider;
      // A provider that starts with what the cache already used (the checks, before the house
      // file is read) need not re-analyse every open article during activation.
      if (options.refresh !== false) refresh();
    },
    refresh,
    dispose: () => {
      for (const entry of entries.values()) if (entry.timer) clearTimeout(entry.timer);
      entries.clear();
      disposeAll(disposables);
    },
  };
};

/** The settings an analysis depends on, as one comparable string. */
const analysisSettings = (value: SourcelightConfiguration): string => JSON.stringify([value.languages, value.largeFileMaxSize]);

const key = (document: vscode.TextDocument): string => document.uri.toString();


/** The workspace's options (its `.sourcelight.yaml`) apply only once the folder is trusted:
 *  in Restricted Mode the analysis uses the built-in lexicons alone. */
const safeOptions = (provider: AnalyzeOptionsProvider, document: vscode.TextDocument): AnalyzeOptions => {
  if (!vscode.workspace.isTrusted) return {};
  try {
    return provider(document) ?? {};
  } catch {
    return {};
  }
};
