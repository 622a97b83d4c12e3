// Sourcelight: Mark Claim Verified / Disputed / False — records the status, today's date and
// the reviewer in the sidecar.
import * as vscode from 'vscode';
import type { ClaimStatus } from '../../../engine/annotations/index';
import { CommandId } from '../commandIds';
import type { ChecksContext } from '../checksContext';
import { annotateClaim, reviewStamp } from './annotateClaim';

function registerMarkClaimCommand(context: ChecksContext, id: CommandId, status: ClaimStatus): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (arg?: unknown) => {
    const resource = context.activeArticle()?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return annotateClaim(context, arg, { status, ...reviewStamp(resource) }, `Claim marked ${status}`);
  });
}

export function registerMarkVerifiedCommand(context: ChecksContext): vscode.Disposable {
  return registerMarkClaimCommand(context, CommandId.MarkVerified, 'verified');
}

export function registerMarkDisputedCommand(context: ChecksContext): vscode.Disposable {
  return registerMarkClaimCommand(context, CommandId.MarkDisputed, 'disputed');
}

export function registerMarkFalseCommand(context: ChecksContext): vscode.Disposable {
  return registerMarkClaimCommand(context, CommandId.MarkFalse, 'false');
}
