// Reading a claim's current annotation (for prefilling prompts and finding unverified claims).
import type { AnchoredAnnotation, ClaimAnnotation } from '../../../engine/annotations/index';
import type { Analysis } from '../../../engine/types';
import type * as vscode from 'vscode';
import type { ChecksContext } from '../checksContext';
import type { ClaimTarget } from '../claimTarget';
import { relocateClaim } from '../claimSelection';

/**
 * The sidecar's annotations anchored to the analysis of `document` as it is once the sidecar has
 * been read (an edit made meanwhile is included), with that analysis.
 */
export const anchorsFor = async (context: ChecksContext, document: vscode.TextDocument): Promise<{ analysis: Analysis; anchors: AnchoredAnnotation[] }> => {
  const sidecar = await context.sidecars.read(document.uri);
  const { analysis } = context.analyses.get(document);
  return { analysis, anchors: context.sidecars.anchor(sidecar, document.getText(), analysis) };
};

export const currentAnnotation = async (context: ChecksContext, target: ClaimTarget): Promise<ClaimAnnotation | undefined> => {
  const { analysis, anchors } = await anchorsFor(context, target.document);
  const claim = analysis === target.analysis ? target.claim : relocateClaim(analysis, target.claim);
  return claim ? anchors.find((a) => a.claimId === claim.id)?.annotation : undefined;
};
