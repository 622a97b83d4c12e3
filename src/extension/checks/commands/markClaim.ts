// Sourcelight: Mark Claim Verified / Disputed / False — records the status, today's date and
// the reviewer in the sidecar.
import * as vscode from 'vscode';
import type { ClaimStatus } from '../../../engine/annotations/index';
import type { ChecksContext } from '../checksContext';
import { annotateClaim, reviewStamp } from './annotateClaim';

/** The handler of Mark Verified, Mark Disputed or Mark False. */
export const markClaimCommand = (context: ChecksContext, status: ClaimStatus) => async (arg?: unknown) => {
  const resource = context.activeArticle()?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
  return annotateClaim(context, arg, { status, ...reviewStamp(resource) }, `Claim marked ${status}`);
};
