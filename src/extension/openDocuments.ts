// The editor's open document for a URI. Compared as strings: two Uri objects for one file are
// not the same object.
import * as vscode from 'vscode';

/** The open document for `uri`, if the editor has one. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** The open document for `uri`, else the file opened as a document. */
export async function documentFor(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return openDocument(uri) ?? vscode.workspace.openTextDocument(uri);
}
