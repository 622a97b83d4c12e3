// Shared by the editor-feature integration tests: get Sourcelight's API and wait on its
// events (never sleep-and-hope). Every wait has a deadline so a broken feature fails fast.
import * as vscode from 'vscode';
import type { SourcelightApi } from '../../src/extension/api';
import type { ClaimTreeChange, ClaimTreeNode } from '../../src/extension/claimTree';
import type { DecorationsApplied, HighlightCounts } from '../../src/extension/decorations';

export const EXTENSION_ID = 'sourcelight.sourcelight';

export async function sourcelight(): Promise<SourcelightApi> {
  const extension = vscode.extensions.getExtension<SourcelightApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Resolves with the first value of `event` that satisfies `accept`; `current` is consulted
 * first (after subscribing, so nothing fired in between is missed).
 */
export function waitFor<T>(
  event: vscode.Event<T>,
  accept: (value: T) => boolean,
  what: string,
  current?: () => T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
    const now = current?.();
    if (now !== undefined && accept(now)) {
      clearTimeout(timer);
      subscription.dispose();
      resolve(now);
    }
  });
}

/** Waits until `editor` shows highlights of its current version that satisfy `accept`. */
export async function decorationsOf(api: SourcelightApi, editor: vscode.TextEditor, accept: (counts: HighlightCounts, enabled: boolean) => boolean, what: string): Promise<HighlightCounts> {
  const fits = (a: DecorationsApplied) => a.editor === editor && a.version === editor.document.version && accept(a.counts, a.enabled);
  const applied = await waitFor(api.onDidApplyDecorations, fits, what, () => api.getAppliedDecorations(editor));
  return applied.counts;
}

export function totalHighlights(counts: HighlightCounts): number {
  return counts.source + counts.anonymousSource + counts.cue + counts.quote + counts.paraphrase;
}

/** Waits until the Claims view shows `document` at its current version. */
export function treeShows(api: SourcelightApi, document: vscode.TextDocument): Promise<ClaimTreeChange> {
  const shows = () => api.claimTree.document === document && api.claimTree.version === document.version;
  return waitFor(api.claimTree.onDidChange, shows, `the Claims view to show ${document.uri.path}@${document.version}`, () =>
    shows() ? { document, version: document.version } : undefined,
  );
}

/** The tree as plain labels: "Source (n)" → claim texts; handy for comparisons. */
export function treeLabels(api: SourcelightApi): { label: string; children: string[] }[] {
  const label = (node: ClaimTreeNode) => {
    const item = api.claimTree.getTreeItem(node);
    return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
  };
  return api.claimTree.getRoots().map((root) => ({ label: label(root), children: api.claimTree.getChildren(root).map(label) }));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
