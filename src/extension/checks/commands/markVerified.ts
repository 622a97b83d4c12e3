// Sourcelight: Mark Claim Verified — records the status, today's date and the reviewer in the sidecar.
import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { ChecksContext } from '../checksContext';
import { annotateClaim, reviewStamp } from './annotateClaim';

export function registerMarkVerifiedCommand(context: ChecksContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.MarkVerified, async (arg?: unknown) => {
    const resource = context.activeArticle()?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return annotateClaim(context, arg, { status: 'verified', ...reviewStamp(resource) }, 'Claim marked verified');
  });
}
