// Sourcelight's settings, read in one place and handed to features as a plain object so a
// feature never reaches into `workspace.getConfiguration` itself (and tests can pass one).
import * as vscode from 'vscode';

export interface SourcelightConfiguration {
  /** Language ids whose documents are analysed. */
  languages: readonly string[];
  highlightingEnabled: boolean;
  overviewRuler: boolean;
  /** Past this many characters (about bytes for most articles), analyse a window only. */
  largeFileMaxSize: number;
  /** Wait after the last keystroke before re-analysing, in milliseconds. */
  analysisDelay: number;
}

export const DEFAULT_CONFIGURATION: SourcelightConfiguration = {
  languages: ['plaintext', 'markdown', 'news-article'],
  highlightingEnabled: true,
  overviewRuler: false,
  largeFileMaxSize: 2 * 1024 * 1024,
  analysisDelay: 200,
};

export const readConfiguration = (): SourcelightConfiguration => {
  const config = vscode.workspace.getConfiguration('sourcelight');
  const languages = config.get<unknown>('languages');
  return {
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : DEFAULT_CONFIGURATION.languages,
    highlightingEnabled: config.get<boolean>('highlighting.enabled', DEFAULT_CONFIGURATION.highlightingEnabled) !== false,
    overviewRuler: config.get<boolean>('highlighting.overviewRuler', DEFAULT_CONFIGURATION.overviewRuler) === true,
    largeFileMaxSize: positiveNumber(config.get<number>('largeFile.maxSize'), DEFAULT_CONFIGURATION.largeFileMaxSize),
    analysisDelay: Math.min(2000, Math.max(0, numberOr(config.get<number>('analysis.delay'), DEFAULT_CONFIGURATION.analysisDelay))),
  };
};

const numberOr = (value: unknown, fallback: number): number => typeof value === 'number' && Number.isFinite(value) ? value : fallback;

const positiveNumber = (value: unknown, fallback: number): number => {
  const n = numberOr(value, fallback);
  return n > 0 ? n : fallback;
};

/** Current settings plus a change event, shared by every feature. */
export interface ConfigurationWatcher extends vscode.Disposable {
  readonly value: SourcelightConfiguration;
  readonly onDidChange: vscode.Event<SourcelightConfiguration>;
}

export const watchConfiguration = (): ConfigurationWatcher => {
  let current = readConfiguration();
  const emitter = new vscode.EventEmitter<SourcelightConfiguration>();
  const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('sourcelight')) return;
    current = readConfiguration();
    emitter.fire(current);
  });
  return {
    get value() {
      return current;
    },
    onDidChange: emitter.event,
    dispose: () => {
      subscription.dispose();
      emitter.dispose();
    },
  };
};
