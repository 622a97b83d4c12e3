// Wires the editor features together around one analysis cache: highlighting, hover cards,
// the Claims view, document symbols, the status bar and their commands.
import * as vscode from 'vscode';
import { ActivationClock } from './activationTiming';
import { AnalysisCache, type DocumentAnalyzerFactory } from './analysisCache';
import { createApi, type SourcelightApi } from './api';
import { ClaimTreeProvider, registerClaimTree } from './claimTree';
import { registerEditorCommands } from './commands';
import { ConfigurationWatcher } from './configuration';
import { AttributionHighlighter } from './decorations';
import { registerDocumentSymbols } from './documentSymbols';
import { HoverSections, registerHoverCards } from './hover';
import { ArticleStatus } from './statusBar';

export interface EditorFeaturesRegistration extends vscode.Disposable {
  readonly api: SourcelightApi;
  readonly cache: AnalysisCache;
  readonly configuration: ConfigurationWatcher;
}

export function registerEditorFeatures(clock: ActivationClock, createAnalyzer?: DocumentAnalyzerFactory): EditorFeaturesRegistration {
  const configuration = new ConfigurationWatcher();
  const cache = new AnalysisCache(configuration, createAnalyzer);
  const highlighter = new AttributionHighlighter(cache, configuration);
  const firstDecorations = clock.watch(highlighter.onDidApplyDecorations);
  const hoverSections = new HoverSections();
  const claimTree = new ClaimTreeProvider(cache);
  const status = new ArticleStatus(cache);
  const disposable = vscode.Disposable.from(
    configuration,
    cache,
    highlighter,
    firstDecorations,
    registerHoverCards(cache, configuration, hoverSections),
    registerDocumentSymbols(cache, configuration),
    claimTree,
    registerClaimTree(claimTree),
    status,
    registerEditorCommands(),
  );
  highlighter.drawVisibleEditors();
  const api = createApi({ cache, highlighter, claimTree, hoverSections, status, timing: clock });
  return { api, cache, configuration, dispose: () => disposable.dispose() };
}
