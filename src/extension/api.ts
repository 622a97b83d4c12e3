// What `activate` returns: the hooks integration tests and automation wait on (no sleeps),
// and the extension points other Sourcelight features plug into.
import type * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { AnalysisCache, AnalysisResult, AnalyzeOptionsProvider } from './analysisCache';
import type { ClaimTreeChange, ClaimTreeItemDecorator, ClaimTreeNode, ClaimTreeProvider } from './claimTree';
import type { AttributionHighlighter, DecorationsApplied, HighlightCounts } from './decorations';
import type { HoverSectionProvider, HoverSections } from './hover';
import type { ArticleStatus } from './statusBar';
import type { ClaimChecksApi } from './checks/index';

export interface ActivationTiming {
  /** `performance.now()` when `activate` started. */
  readonly activateStart: number;
  /** How long `activate` itself took, in milliseconds. */
  readonly activateMs: number | undefined;
  /** From the start of `activate` to the first decorations drawn in an article, in milliseconds,
   *  less the time the workbench took to show the article's editor after `activate` returned. */
  readonly firstDecorationsMs: number | undefined;
  /** From the start of `activate` to the first decorations, wall clock, waiting included. */
  readonly untilFirstDecorationsMs: number | undefined;
  /** How long Sourcelight, already active, waited for the workbench to show an article editor. */
  readonly waitForEditorMs: number | undefined;
  /** The URI of the article those first decorations were drawn in. */
  readonly firstDecoratedDocument: string | undefined;
  /** Milliseconds from the start of `activate` to each named step. */
  readonly steps: Readonly<Record<string, number>>;
  /** Resolves with `firstDecorationsMs` once the first decorations are drawn. */
  readonly whenFirstDecorations: Promise<number>;
}

export interface ClaimTreeApi {
  /** The article the tree shows (undefined: no article, the welcome message is shown). */
  readonly document: vscode.TextDocument | undefined;
  /** The version of `document` the items were built from. */
  readonly version: number | undefined;
  getRoots(): ClaimTreeNode[];
  getChildren(node: ClaimTreeNode): ClaimTreeNode[];
  getTreeItem(node: ClaimTreeNode): vscode.TreeItem;
  /** Fired after the tree was rebuilt (another article, a new analysis, no article). */
  readonly onDidChange: vscode.Event<ClaimTreeChange>;
  /** Adjusts items before they are shown (e.g. a claim's verification status). */
  registerItemDecorator(decorator: ClaimTreeItemDecorator): vscode.Disposable;
  /** Redraws the items without a new analysis. */
  refresh(): void;
  /** Whether the Claims view is visible, and what is selected in it. */
  readonly visible: boolean;
  readonly selection: readonly ClaimTreeNode[];
  readonly onDidChangeSelection: vscode.Event<vscode.TreeViewSelectionChangeEvent<ClaimTreeNode>>;
  readonly onDidChangeVisibility: vscode.Event<vscode.TreeViewVisibilityChangeEvent>;
}

export interface SourcelightApi {
  /** The analysis of the document's current version (computed now if pending). */
  getAnalysis(document: vscode.TextDocument): Promise<Analysis>;
  /** The full result (version, large-file window, engine time) for the current version. */
  getAnalysisResult(document: vscode.TextDocument): Promise<AnalysisResult>;
  /** Fired after each analysis of an article. */
  readonly onDidAnalyze: vscode.Event<AnalysisResult>;
  /** Whether Sourcelight analyses this document (its language is in `sourcelight.languages`). */
  isArticle(document: vscode.TextDocument): boolean;
  /** Supplies engine options per document (house cue verbs, the source registry); re-analyses. */
  setAnalyzeOptionsProvider(provider: AnalyzeOptionsProvider): void;
  /** Re-analyses every open article (e.g. `.sourcelight.yaml` changed). */
  refreshAnalyses(): void;

  /** Highlights drawn in an editor, per kind. */
  getDecorationCounts(editor: vscode.TextEditor): HighlightCounts;
  /** What was last drawn in an editor (counts, whether highlighting was on, the document version). */
  getAppliedDecorations(editor: vscode.TextEditor): DecorationsApplied | undefined;
  /** Fired each time an editor's highlights are set. */
  readonly onDidApplyDecorations: vscode.Event<DecorationsApplied>;

  readonly claimTree: ClaimTreeApi;
  /** Adds a section to hover cards (registry entry, verification summary). */
  registerHoverSection(provider: HoverSectionProvider): vscode.Disposable;
  /** The status bar text for the active article, undefined when hidden. */
  readonly statusBarText: string | undefined;

  readonly activationTiming: ActivationTiming;

  /** Claim checks: diagnostics events, check now, YAML problems (set by the checks at activation). */
  checks?: ClaimChecksApi;
}

export interface EditorFeatures {
  cache: AnalysisCache;
  highlighter: AttributionHighlighter;
  claimTree: ClaimTreeProvider;
  claimView: vscode.TreeView<ClaimTreeNode>;
  hoverSections: HoverSections;
  status: ArticleStatus;
  timing: ActivationTiming;
}

// The features are closures over their own state, so their functions are handed out as they are.
export const createApi = (features: EditorFeatures): SourcelightApi => {
  const { cache, highlighter, claimTree, claimView, hoverSections, status, timing } = features;
  return {
    getAnalysis: async (document) => cache.get(document).analysis,
    getAnalysisResult: async (document) => cache.get(document),
    onDidAnalyze: cache.onDidAnalyze,
    isArticle: cache.isArticle,
    setAnalyzeOptionsProvider: (provider) => cache.setOptionsProvider(provider),
    refreshAnalyses: cache.refresh,
    getDecorationCounts: highlighter.countsFor,
    getAppliedDecorations: highlighter.lastApplied,
    onDidApplyDecorations: highlighter.onDidApplyDecorations,
    claimTree: {
      get document() {
        return claimTree.currentDocument;
      },
      get version() {
        return claimTree.currentVersion;
      },
      getRoots: claimTree.getRoots,
      getChildren: claimTree.getChildren,
      getTreeItem: claimTree.getTreeItem,
      onDidChange: claimTree.onDidChange,
      registerItemDecorator: claimTree.registerItemDecorator,
      refresh: claimTree.refresh,
      get visible() {
        return claimView.visible;
      },
      get selection() {
        return claimView.selection;
      },
      onDidChangeSelection: claimView.onDidChangeSelection,
      onDidChangeVisibility: claimView.onDidChangeVisibility,
    },
    registerHoverSection: hoverSections.register,
    get statusBarText() {
      return status.text;
    },
    activationTiming: timing,
  };
};
