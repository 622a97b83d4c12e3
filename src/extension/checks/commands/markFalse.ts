// Sourcelight: Mark Claim False — records the status, today's date and the reviewer in the sidecar.
import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { ChecksContext } from '../checksContext';
import { annotateClaim, reviewStamp } from './annotateClaim';

export function registerMarkFalseCommand(context: ChecksContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.MarkFalse, async (arg?: unknown) => {
    const resource = context.activeArticle()?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return annotateClaim(context, arg, { status: 'false', ...reviewStamp(resource) }, 'Claim marked false');
  });
}
