// Wires the editor features together around one analysis cache: highlighting, hover cards,
// the Claims view, document symbols, the status bar and their commands.
import * as vscode from 'vscode';
import type { ActivationClock } from './activationTiming';
import { createAnalysisCache, type AnalysisCache, type DocumentAnalyzerFactory } from './analysisCache';
import { createApi, type SourcelightApi } from './api';
import { createClaimTreeProvider, registerClaimTree } from './claimTree';
import { registerEditorCommands } from './commands';
import { watchConfiguration, type ConfigurationWatcher } from './configuration';
import { createAttributionHighlighter } from './decorations';
import { registerDocumentSymbols } from './documentSymbols';
import { createHoverSections, registerHoverCards } from './hover';
import { createArticleStatus } from './statusBar';

export interface EditorFeaturesRegistration extends vscode.Disposable {
  readonly api: SourcelightApi;
  readonly cache: AnalysisCache;
  readonly configuration: ConfigurationWatcher;
}

export const registerEditorFeatures = (clock: ActivationClock, createAnalyzer?: DocumentAnalyzerFactory): EditorFeaturesRegistration => {
  const configuration = watchConfiguration();
  const cache = createAnalysisCache(configuration, createAnalyzer);
  const firstEditor = clock.watchEditors((document) => cache.isArticle(document));
  const analysesBeforeEditor = clock.watchAnalyses(cache.onDidAnalyze);
  const highlighter = createAttributionHighlighter(cache, configuration);
  const firstDecorations = clock.watchDecorations(highlighter.onDidApplyDecorations);
  const firstAnalysis = cache.onDidAnalyze((result) => {
    clock.mark(`firstAnalysis (engine ${Math.round(result.durationMs * 10) / 10} ms)`);
    firstAnalysis.dispose();
  });
  clock.mark('cache');
  // Highlights first: they are what the journalist sees; the views can follow.
  highlighter.drawVisibleEditors();
  clock.mark('highlights');
  const hoverSections = createHoverSections();
  const claimTree = createClaimTreeProvider(cache);
  const status = createArticleStatus(cache);
  const claimView = registerClaimTree(claimTree);
  clock.mark('views');
  const disposable = vscode.Disposable.from(
    configuration,
    cache,
    highlighter,
    firstEditor,
    analysesBeforeEditor,
    firstDecorations,
    registerHoverCards(cache, configuration, hoverSections),
    registerDocumentSymbols(cache, configuration),
    claimTree,
    claimView,
    status,
    registerEditorCommands(),
  );
  clock.mark('registered');
  const api = createApi({ cache, highlighter, claimTree, claimView: claimView.view, hoverSections, status, timing: clock });
  return { api, cache, configuration, dispose: () => disposable.dispose() };
};
