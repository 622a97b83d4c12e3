// Sourcelight: Go to Next Unverified Claim — from the cursor, the next claim (wrapping round)
// that the sidecar does not record as verified.
import * as vscode from 'vscode';
import type { Claim } from '../../../engine/types';
import { CommandId } from '../commandIds';
import type { ChecksContext } from '../checksContext';
import { nextUnverifiedClaim } from '../claimSelection';
import { anchorsFor } from './claimAnnotations';

export function registerNextUnverifiedClaimCommand(context: ChecksContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.NextUnverifiedClaim, async (): Promise<Claim | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const document = editor && context.isArticle(editor.document) ? editor.document : context.activeArticle();
    if (!document) {
      void vscode.window.showInformationMessage('Sourcelight: open an article first.');
      return undefined;
    }
    const { analysis } = context.analyses.get(document);
    const anchors = await anchorsFor(context, document, analysis);
    const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
    const claim = nextUnverifiedClaim(analysis, anchors, offset);
    if (!claim) {
      void vscode.window.showInformationMessage(
        analysis.claims.length === 0 ? 'Sourcelight: no claims found in this article.' : 'Sourcelight: every claim in this article is verified.',
      );
      return undefined;
    }
    const shown = await vscode.window.showTextDocument(document, { viewColumn: editor?.document === document ? editor.viewColumn : undefined });
    shown.selection = new vscode.Selection(document.positionAt(claim.span.start), document.positionAt(claim.span.end));
    shown.revealRange(shown.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return claim;
  });
}
