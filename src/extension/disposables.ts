// Disposing what a feature registered, in one call.
import * as vscode from 'vscode';

export const disposeAll = (disposables: readonly vscode.Disposable[]): void => {
  vscode.Disposable.from(...disposables).dispose();
};
