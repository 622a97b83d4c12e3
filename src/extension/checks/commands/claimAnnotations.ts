// Reading a claim's current annotation (for prefilling prompts and finding unverified claims).
import type { AnchoredAnnotation, ClaimAnnotation } from '../../../engine/annotations/index';
import type { Analysis } from '../../../engine/types';
import type * as vscode from 'vscode';
import type { ChecksContext } from '../checksContext';
import type { ClaimTarget } from '../claimTarget';

/** The sidecar's annotations anchored to the current analysis of `document`. */
export async function anchorsFor(context: ChecksContext, document: vscode.TextDocument, analysis: Analysis): Promise<AnchoredAnnotation[]> {
  const sidecar = await context.sidecars.read(document.uri);
  return context.sidecars.anchor(sidecar, document.getText(), analysis);
}

export async function currentAnnotation(context: ChecksContext, target: ClaimTarget): Promise<ClaimAnnotation | undefined> {
  const anchors = await anchorsFor(context, target.document, target.analysis);
  return anchors.find((a) => a.claimId === target.claim.id)?.annotation;
}
