// Finding the claim a command is about, whatever invoked it: a claim in the Claims view, a
// command link in a hover card or a quick fix (`{ uri, claimId, version }`), or the cursor in
// the active editor (a pick list when the cursor is on no claim).
import * as vscode from 'vscode';
import { cursorOffset, documentFor as openArticle } from '../openDocuments';
import type { Analysis, Claim } from '../../engine/types';
import { claimLabel } from '../model/claimOutline';
import { claimUnder, relocateClaim } from './claimSelection';
import type { ChecksContext } from './checksContext';

export interface ClaimTarget {
  document: vscode.TextDocument;
  analysis: Analysis;
  claim: Claim;
}

/** The arguments of claim commands in hover links and quick fixes. */
export interface ClaimCommandArgs {
  uri: string;
  claimId: string;
  /** The document version the claim id belongs to; a newer version is refused as stale. */
  version?: number;
  /** Automation and tests: the note for Add Note (no prompt). */
  note?: string;
}

export class StaleTargetError extends Error {}

export const CLAIM_GONE = 'That claim is no longer in the article.';
export const ARTICLE_CHANGED = 'The article changed since this action was offered; nothing was changed. Try again.';

const isClaimNode = (value: unknown): value is { type: 'claim'; uri: vscode.Uri; claim: Claim } => {
  const node = value as { type?: unknown; uri?: unknown; claim?: unknown } | undefined;
  return !!node && node.type === 'claim' && node.uri instanceof vscode.Uri && typeof node.claim === 'object' && node.claim !== null;
};

const isClaimArgs = (value: unknown): value is ClaimCommandArgs => {
  const args = value as Partial<ClaimCommandArgs> | undefined;
  return !!args && typeof args.uri === 'string' && typeof args.claimId === 'string';
};

const found = (document: vscode.TextDocument, analysis: Analysis, claim: Claim | undefined): ClaimTarget => {
  if (!claim) throw new StaleTargetError(CLAIM_GONE);
  return { document, analysis, claim };
};

/** Resolves a command argument to a claim of the document's current analysis. Throws
 *  StaleTargetError when the argument names a version that is out of date. */
export const resolveClaimTarget = async (context: ChecksContext, arg: unknown): Promise<ClaimTarget | undefined> => {
  if (isClaimNode(arg)) {
    const document = await openArticle(arg.uri);
    const { analysis } = context.analyses.get(document);
    return found(document, analysis, relocateClaim(analysis, arg.claim));
  }
  if (isClaimArgs(arg)) {
    const document = await openArticle(vscode.Uri.parse(arg.uri));
    if (arg.version !== undefined && arg.version !== document.version) throw new StaleTargetError(ARTICLE_CHANGED);
    const { analysis } = context.analyses.get(document);
    return found(document, analysis, analysis.claims.find((c) => c.id === arg.claimId));
  }
  const document = context.activeArticle();
  if (!document) return undefined;
  const { analysis } = context.analyses.get(document);
  const offset = cursorOffset(document);
  const underCursor = offset >= 0 ? claimUnder(analysis, offset) : undefined;
  if (underCursor) return { document, analysis, claim: underCursor };
  if (analysis.claims.length === 0) return undefined;
  const picked = await vscode.window.showQuickPick(
    analysis.claims.map((claim) => ({ label: claimLabel(claim), description: `line ${document.positionAt(claim.span.start).line + 1}`, claim })),
    { placeHolder: 'Which claim?', matchOnDescription: true },
  );
  if (!picked) return undefined;
  // the article may have been edited while the list was open: find the claim in the analysis of now
  const current = context.analyses.get(document).analysis;
  return found(document, current, relocateClaim(current, picked.claim));
};

/** Command-link arguments for a claim of `document` at its current version. */
export const claimCommandArgs = (document: vscode.TextDocument, claimId: string): ClaimCommandArgs => ({ uri: document.uri.toString(), claimId, version: document.version });
