// The editor features' commands: toggle highlighting, focus the Claims view, reveal a claim
// (internal, used by hover links and tree items).
import * as vscode from 'vscode';
import { documentFor } from './openDocuments';
import { toggleHighlighting } from './decorations';
import { CLAIMS_VIEW_ID } from './claimTree';
import { REVEAL_CLAIM_COMMAND } from './model/hoverCard';
import { FOCUS_CLAIMS_COMMAND } from './statusBar';

export const TOGGLE_HIGHLIGHTING_COMMAND = 'sourcelight.toggleHighlighting';

/** Opens the article (if needed) and selects `[start, end)` in it. Offsets are UTF-16 indices. */
export const revealClaim = async (uri: string | vscode.Uri, start: number, end: number): Promise<vscode.TextEditor | undefined> => {
  if (typeof start !== 'number' || typeof end !== 'number') return undefined;
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const document = await documentFor(target);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  const length = document.getText().length;
  const clamp = (offset: number) => document.positionAt(Math.max(0, Math.min(offset, length)));
  return selectAndReveal(editor, clamp(start), clamp(end));
};

/** Selects `[start, end)` in `editor` and scrolls it into the middle of the view if it is off screen. */
export const selectAndReveal = (editor: vscode.TextEditor, start: vscode.Position, end: vscode.Position): vscode.TextEditor => {
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
};

export const registerEditorCommands = (): vscode.Disposable => vscode.Disposable.from(
  vscode.commands.registerCommand(TOGGLE_HIGHLIGHTING_COMMAND, toggleHighlighting),
  vscode.commands.registerCommand(FOCUS_CLAIMS_COMMAND, () => vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`)),
  vscode.commands.registerCommand(REVEAL_CLAIM_COMMAND, revealClaim),
);
