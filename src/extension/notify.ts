// Messages to the journalist, each headed "Sourcelight: " so it is clear where it comes from.
import * as vscode from 'vscode';

export const inform = (message: string): void => {
  void vscode.window.showInformationMessage(`Sourcelight: ${message}`);
};

export const warn = (message: string): void => {
  void vscode.window.showWarningMessage(`Sourcelight: ${message}`);
};

/** A short confirmation in the status bar ("$(check) Sourcelight: Claim marked verified"). */
export const flash = (icon: 'check' | 'warning', message: string): void => {
  vscode.window.setStatusBarMessage(`$(${icon}) Sourcelight: ${message}`, 4000);
};

export const reportError = (message: string): void => {
  void vscode.window.showErrorMessage(`Sourcelight: ${message}`);
};
