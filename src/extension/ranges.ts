// Engine spans (UTF-16 offsets into the document text) as editor ranges.
import * as vscode from 'vscode';
import { LineIndex } from '../engine/lineIndex';

export const spanRange = (document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));

/** Positions of offsets into `text`, a file the editor may not have open. */
export const positionsIn = (text: string): (offset: number) => vscode.Position => {
  const index = new LineIndex(text);
  return (offset) => {
    const { line, character } = index.at(offset);
    return new vscode.Position(line, character);
  };
};
