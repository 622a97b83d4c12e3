// The Claims view (`sourcelight.claims`): sources with their claims, and the unattributed
// claims, for the article in the active editor. Click reveals a claim; moving the cursor
// selects the claim under it. Context values `source`, `claim` and `unattributed` let other
// features add menu actions.
import * as vscode from 'vscode';
import { disposeAll } from './disposables';
import { fileName } from './openDocuments';
import type { Claim } from '../engine/types';
import type { AnalysisCache, AnalysisResult } from './analysisCache';
import {
  CLAIM_KIND_ICONS,
  CLAIM_KIND_LABELS,
  SOURCE_TYPE_ICONS,
  SOURCE_TYPE_LABELS,
  UNATTRIBUTED_LABEL,
  buildClaimOutline,
  claimAt,
  claimLabel,
  countLabel,
  describeSourceGroup,
  titleAndAffiliation,
  type SourceGroup,
  type UnattributedGroup,
} from './model/claimOutline';
import { REVEAL_CLAIM_COMMAND, escapeMarkdown as escape } from './model/hoverCard';

export const CLAIMS_VIEW_ID = 'sourcelight.claims';
export const HAS_ARTICLE_CONTEXT = 'sourcelight.hasArticle';
/** How long the Claims view waits for more requests to refresh before refreshing once. */
const REFRESH_COALESCE_MS = 30;

export interface SourceNode {
  type: 'source';
  uri: vscode.Uri;
  group: SourceGroup;
  children: ClaimNode[];
}

export interface UnattributedNode {
  type: 'unattributed';
  uri: vscode.Uri;
  group: UnattributedGroup;
  children: ClaimNode[];
}

export interface ClaimNode {
  type: 'claim';
  uri: vscode.Uri;
  claim: Claim;
  parent: SourceNode | UnattributedNode;
}

export type ClaimTreeNode = SourceNode | UnattributedNode | ClaimNode;

/** Lets other features adjust an item (a verification icon, a richer context value). */
export type ClaimTreeItemDecorator = (node: ClaimTreeNode, item: vscode.TreeItem) => void;

export interface ClaimTreeChange {
  /** The article shown, or undefined when no article is open. */
  document: vscode.TextDocument | undefined;
  /** Its version the tree was built from. */
  version: number | undefined;
}

export const buildClaimTreeNodes = (uri: vscode.Uri, result: AnalysisResult): ClaimTreeNode[] => {
  const roots: ClaimTreeNode[] = [];
  for (const group of buildClaimOutline(result.analysis)) {
    const node: SourceNode | UnattributedNode = group.type === 'source'
      ? { type: 'source', uri, group, children: [] }
      : { type: 'unattributed', uri, group, children: [] };
    node.children = group.claims.map((claim) => ({ type: 'claim', uri, claim, parent: node }));
    roots.push(node);
  }
  return roots;
};

export interface ClaimTreeProvider extends vscode.TreeDataProvider<ClaimTreeNode>, vscode.Disposable {
  readonly onDidChangeTreeData: vscode.Event<ClaimTreeNode | undefined>;
  /** Fired after the tree was rebuilt (new article, new analysis, no article). */
  readonly onDidChange: vscode.Event<ClaimTreeChange>;
  readonly currentDocument: vscode.TextDocument | undefined;
  readonly currentVersion: number | undefined;
  registerItemDecorator(decorator: ClaimTreeItemDecorator): vscode.Disposable;
  /** Rebuilds items (e.g. a claim's verification changed) without a new analysis. */
  refresh(): void;
  /** Shows the article of the active editor; an editor that is not an article empties the view. */
  follow(editor: vscode.TextEditor | undefined): void;
  getRoots(): ClaimTreeNode[];
  getChildren(node?: ClaimTreeNode): ClaimTreeNode[];
  getParent(node: ClaimTreeNode): ClaimTreeNode | undefined;
  /** The claim node whose claim holds `offset`, for following the cursor. */
  nodeAt(offset: number): ClaimNode | undefined;
  getTreeItem(node: ClaimTreeNode): vscode.TreeItem;
}

export const createClaimTreeProvider = (cache: AnalysisCache): ClaimTreeProvider => {
  let shown: vscode.TextDocument | undefined;
  let version: number | undefined;
  let roots: ClaimTreeNode[] = [];
  const decorators = new Set<ClaimTreeItemDecorator>();
  const treeDataEmitter = new vscode.EventEmitter<ClaimTreeNode | undefined>();
  const changeEmitter = new vscode.EventEmitter<ClaimTreeChange>();
  // Requests for a refresh within a few milliseconds are one refresh: an analysis, the checks'
  // diagnostics and a sidecar read each ask for one, and every refresh of the whole tree makes
  // VS Code forget the items it had; an expanded source whose claims it asks for between two
  // refreshes gets none and stays empty.
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): void => {
    refreshTimer ??= setTimeout(() => {
      refreshTimer = undefined;
      treeDataEmitter.fire(undefined);
    }, REFRESH_COALESCE_MS);
  };

  /** Shows `document` (undefined: none) as built from `result`. */
  const show = (document: vscode.TextDocument | undefined, result?: AnalysisResult): void => {
    shown = document;
    version = result?.version;
    roots = result ? buildClaimTreeNodes(result.document.uri, result) : [];
    void vscode.commands.executeCommand('setContext', HAS_ARTICLE_CONTEXT, !!result);
    refresh();
    changeEmitter.fire({ document, version });
  };

  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor && cache.isArticle(editor.document)) {
      if (editor.document === shown && version === editor.document.version) return;
      const result = cache.current(editor.document);
      if (result) show(result.document, result);
      else {
        shown = editor.document;
        cache.get(editor.document); // fires onDidAnalyze, which shows it
      }
      return;
    }
    if (editor === undefined && shown && !shown.isClosed) return; // focus left the editors
    show(undefined);
  };

  const disposables: vscode.Disposable[] = [
    new vscode.Disposable(() => refreshTimer && clearTimeout(refreshTimer)),
    treeDataEmitter,
    changeEmitter,
    vscode.window.onDidChangeActiveTextEditor(follow),
    cache.onDidAnalyze((result) => {
      if (result.document === shown || (!shown && result.document === vscode.window.activeTextEditor?.document)) show(result.document, result);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === shown) follow(vscode.window.activeTextEditor);
    }),
  ];
  follow(vscode.window.activeTextEditor);

  return {
    onDidChangeTreeData: treeDataEmitter.event,
    onDidChange: changeEmitter.event,
    get currentDocument() {
      return shown;
    },
    get currentVersion() {
      return version;
    },
    registerItemDecorator: (decorator) => {
      decorators.add(decorator);
      refresh();
      return new vscode.Disposable(() => {
        decorators.delete(decorator);
        refresh();
      });
    },
    refresh,
    follow,
    getRoots: () => roots,
    getChildren: (node) => (!node ? roots : node.type === 'claim' ? [] : node.children),
    getParent: (node) => (node.type === 'claim' ? node.parent : undefined),
    nodeAt: (offset) => {
      const result = shown ? cache.latest(shown) : undefined;
      const claim = result && claimAt(result.analysis, offset);
      if (!claim) return undefined;
      for (const root of roots) {
        if (root.type === 'claim') continue;
        const found = root.children.find((child) => child.claim.id === claim.id);
        if (found) return found;
      }
      return undefined;
    },
    getTreeItem: (node) => {
      const item = createTreeItem(node);
      for (const decorator of decorators) {
        try {
          decorator(node, item);
        } catch (error) {
          console.error('Sourcelight: a claim tree decorator failed', error);
        }
      }
      return item;
    },
    dispose: () => disposeAll(disposables),
  };
};

const treeItem = (label: string, collapsible: vscode.TreeItemCollapsibleState, description: string, icon: string, contextValue: ClaimTreeNode['type'], tooltip: string | vscode.MarkdownString, command?: vscode.Command): vscode.TreeItem => {
  const item = new vscode.TreeItem(label, collapsible);
  item.description = description;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = contextValue;
  item.tooltip = tooltip;
  if (command) item.command = command;
  return item;
};

export const createTreeItem = (node: ClaimTreeNode): vscode.TreeItem => {
  const { Expanded, None } = vscode.TreeItemCollapsibleState;
  if (node.type === 'source') {
    const { source } = node.group;
    const first = source.mentions[0];
    const tooltip = [`**${escape(source.name)}** (${SOURCE_TYPE_LABELS[source.type]})`, titleAndAffiliation(source, ', ', escape), countLabel(node.children.length, 'claim')]
      .filter(Boolean)
      .join('  \n');
    return treeItem(
      source.name,
      node.children.length > 0 ? Expanded : None,
      describeSourceGroup(node.group),
      SOURCE_TYPE_ICONS[source.type],
      'source',
      new vscode.MarkdownString(tooltip),
      first && revealCommand(node.uri, first, `Go to the first reference to ${source.name}`),
    );
  }
  if (node.type === 'unattributed') {
    return treeItem(UNATTRIBUTED_LABEL, Expanded, countLabel(node.children.length, 'claim'), 'circle-slash', 'unattributed', 'Checkable statements and reports that no named source carries');
  }
  const { claim } = node;
  const kind = CLAIM_KIND_LABELS[claim.kind];
  return treeItem(
    claimLabel(claim),
    None,
    kind,
    CLAIM_KIND_ICONS[claim.kind],
    'claim',
    new vscode.MarkdownString(`${kind}\n\n> ${escape(claim.span.text)}`),
    revealCommand(node.uri, claim.span, 'Go to this claim'),
  );
};

const revealCommand = (uri: vscode.Uri, span: { start: number; end: number }, title: string): vscode.Command => ({ command: REVEAL_CLAIM_COMMAND, title, arguments: [uri.toString(), span.start, span.end] });

/** Creates the view, keeps it on the active article and selects the claim under the cursor. */
export const registerClaimTree = (provider: ClaimTreeProvider): vscode.Disposable & { view: vscode.TreeView<ClaimTreeNode> } => {
  const view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let cursorTimer: ReturnType<typeof setTimeout> | undefined;
  const describe = () => {
    const document = provider.currentDocument;
    view.description = document ? fileName(document.uri) : undefined;
    view.message = document && provider.getRoots().length === 0 ? 'No attributions found in this article yet.' : undefined;
  };
  const revealUnderCursor = (editor: vscode.TextEditor) => {
    if (!view.visible || editor.document !== provider.currentDocument) return;
    const node = provider.nodeAt(editor.document.offsetAt(editor.selection.active));
    if (node) void view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  };
  describe();
  const disposable = vscode.Disposable.from(
    view,
    provider.onDidChange(() => {
      describe();
      const editor = vscode.window.activeTextEditor;
      if (editor) revealUnderCursor(editor);
    }),
    view.onDidChangeVisibility((event) => {
      const editor = vscode.window.activeTextEditor;
      if (event.visible && editor) revealUnderCursor(editor);
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (cursorTimer) clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => revealUnderCursor(event.textEditor), 120);
    }),
    new vscode.Disposable(() => cursorTimer && clearTimeout(cursorTimer)),
  );
  return { view, dispose: () => disposable.dispose() };
};
