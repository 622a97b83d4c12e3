// The editor's open document for a URI, and a URI's file name. Compared as strings: two Uri objects for one file are
// not the same object.
import * as vscode from 'vscode';

/** The open document for `uri`, if the editor has one. */
export const openDocument = (uri: vscode.Uri): vscode.TextDocument | undefined => {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
};

/** The open document for `uri`, else the file opened as a document. */
export const documentFor = async (uri: vscode.Uri): Promise<vscode.TextDocument> => openDocument(uri) ?? vscode.workspace.openTextDocument(uri);

/** Where the cursor is in `document`, or -1 when the active editor shows another document. */
export const cursorOffset = (document: vscode.TextDocument): number => {
  const editor = vscode.window.activeTextEditor;
  return editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
};

/** The last path segment of `uri` ("article.sources.yaml"), for messages and titles. */
export const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
