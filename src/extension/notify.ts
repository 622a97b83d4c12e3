// Messages to the journalist, each headed "Sourcelight: " so it is clear where it comes from.
import * as vscode from 'vscode';

export function inform(message: string): void {
  void vscode.window.showInformationMessage(`Sourcelight: ${message}`);
}

export function warn(message: string): void {
  void vscode.window.showWarningMessage(`Sourcelight: ${message}`);
}

export function reportError(message: string): void {
  void vscode.window.showErrorMessage(`Sourcelight: ${message}`);
}
