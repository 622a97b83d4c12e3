import * as vscode from 'vscode';
import { startActivationClock } from './activationTiming';
import type { SourcelightApi } from './api';
import { registerClaimChecks } from './checks/index';
import { registerEditorFeatures } from './editorFeatures';

export function activate(context: vscode.ExtensionContext): SourcelightApi {
  const clock = startActivationClock();
  const editor = registerEditorFeatures(clock);
  context.subscriptions.push(editor);
  const checks = registerClaimChecks(editor);
  context.subscriptions.push(checks);
  editor.api.checks = checks.api;
  clock.mark('checks');
  clock.activated();
  return editor.api;
}

export function deactivate(): void {}
