// Sourcelight: Go to Next Unverified Claim — from the cursor, the next claim (wrapping round)
// that the sidecar does not record as verified.
import * as vscode from 'vscode';
import { selectAndReveal } from '../../commands';
import { inform } from '../../notify';
import type { Claim } from '../../../engine/types';
import type { ChecksContext } from '../checksContext';
import { nextUnverifiedClaim } from '../claimSelection';
import { anchorsFor } from './claimAnnotations';

/** The command's handler (registered under `NextUnverifiedClaim` by the checks). */
export const nextUnverifiedClaimCommand = (context: ChecksContext) => async (): Promise<Claim | undefined> => {
  const editor = vscode.window.activeTextEditor;
  const document = context.activeArticle();
  if (!document) {
    inform('open an article first.');
    return undefined;
  }
  const { analysis, anchors } = await anchorsFor(context, document);
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const claim = nextUnverifiedClaim(analysis, anchors, offset);
  if (!claim) {
    inform(analysis.claims.length === 0 ? 'no claims found in this article.' : 'every claim in this article is verified.');
    return undefined;
  }
  const shown = await vscode.window.showTextDocument(document, { viewColumn: editor?.document === document ? editor.viewColumn : undefined });
  selectAndReveal(shown, document.positionAt(claim.span.start), document.positionAt(claim.span.end));
  return claim;
};
