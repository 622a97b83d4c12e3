// The editor's open document for a URI, and a URI's file name. Compared as strings: two Uri objects for one file are
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

/** The last path segment of `uri` ("article.sources.yaml"), for messages and titles. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
