import * as vscode from 'vscode';
import { ActivationClock } from './activationTiming';
import type { SourcelightApi } from './api';
import { registerEditorFeatures } from './editorFeatures';

export function activate(context: vscode.ExtensionContext): SourcelightApi {
  const clock = new ActivationClock();
  const editor = registerEditorFeatures(clock);
  context.subscriptions.push(editor);
  clock.activated();
  return editor.api;
}

export function deactivate(): void {}
