// Sourcelight: Check Claims — checks the active article now, whatever the check frequency.
import * as vscode from 'vscode';
import { flash, inform } from '../../notify';
import { countLabel } from '../../model/claimOutline';
import type { ChecksContext } from '../checksContext';

/** The command's handler (registered under `CheckClaims` by the checks). */
export const checkClaimsCommand = (context: ChecksContext) => async (uri?: vscode.Uri) => {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : context.activeArticle();
  if (!document) {
    inform('open an article to check its claims.');
    return [];
  }
  const diagnostics = await context.diagnostics.check(document);
  if (diagnostics.length === 0) flash('check', 'no claim problems');
  else flash('warning', countLabel(diagnostics.length, 'claim problem'));
  return diagnostics;
};
