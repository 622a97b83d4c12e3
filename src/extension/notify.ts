// Messages to the journalist, each headed "Sourcelight: " so it is clear where it comes from.
import * as vscode from 'vscode';

export const inform = (message: string): void => {
  void vscode.window.showInformationMessage(`Sourcelight: ${message}`);
};

export const warn = (message: string): void => {
  void vscode.window.showWarningMessage(`Sourcelight: ${message}`);
};

export const reportError = (message: string): void => {
  void vscode.window.showErrorMessage(`Sourcelight: ${message}`);
};
