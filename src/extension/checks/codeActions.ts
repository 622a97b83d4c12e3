// Quick fixes for claim-check diagnostics, keyed on the rule code. Edits of the article come
// from the finding (the engine's fix: a loaded verb → "said", a completed first reference);
// fixes that write YAML (mark verified, add to the registry, ignore for this claim) are
// commands that carry the document version and refuse to act if the article changed.
// A diagnostic from an older version of the document gets no fix at all (never a stale edit).
import * as vscode from 'vscode';
import { spanRange } from '../ranges';
import type { Finding } from '../../engine/checks/types';
import type { Source } from '../../engine/types';
import { CommandId } from './commandIds';
import type { ClaimDiagnosticsComputer } from './computeDiagnostics';
import { claimCommandArgs } from './claimTarget';
import { DIAGNOSTIC_SOURCE } from './findingPresentation';
import type { SourceCommandArgs } from './commands/addSourceToRegistry';
import type { IgnoreFindingArgs } from './commands/ignoreFinding';

/** Rules whose source may be worth registering (so aliases and titles resolve next time). */
const REGISTRY_RULES = new Set(['first-reference', 'name-variant']);

export const CODE_ACTIONS_METADATA: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

export const createClaimCheckCodeActions = (computer: ClaimDiagnosticsComputer, sources: (document: vscode.TextDocument) => readonly Source[]): vscode.CodeActionProvider => ({
  provideCodeActions(document, _range, context, token) {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (token.isCancellationRequested) break;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const checked = computer.findingFor(document, diagnostic);
      if (!checked) continue; // out of date, or not ours
      actions.push(...actionsFor(document, diagnostic, checked.finding, sources));
    }
    return actions;
  },
});

const actionsFor = (document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, sources: (document: vscode.TextDocument) => readonly Source[]): vscode.CodeAction[] => {
  const actions: vscode.CodeAction[] = [];
  /** A quick fix for this diagnostic; with a command, one that runs it with `arg`. */
  const add = (title: string, isPreferred: boolean | undefined, command?: string, arg?: unknown): vscode.CodeAction => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    if (command) action.command = { command, title, arguments: [arg] };
    action.diagnostics = [diagnostic];
    if (isPreferred !== undefined) action.isPreferred = isPreferred;
    actions.push(action);
    return action;
  };
  const edit = articleEdit(document, finding);
  if (edit) add(edit.title, edit.isPreferred).edit = edit.edit;
  if (finding.rule === 'unverified-claim' && finding.claimId) {
    add('Mark claim verified', true, CommandId.MarkVerified, claimCommandArgs(document, finding.claimId));
  }
  if (finding.rule === 'anonymous-source' && finding.claimId) {
    add('Add a note on why anonymity was granted', true, CommandId.AddNote, claimCommandArgs(document, finding.claimId));
  }
  if (finding.sourceId && REGISTRY_RULES.has(finding.rule)) {
    const source = sources(document).find((s) => s.id === finding.sourceId);
    if (source && !source.fromRegistry && source.type !== 'anonymous') {
      const args: SourceCommandArgs = { uri: document.uri.toString(), sourceId: source.id, version: document.version };
      add(`Add ${source.name} to the source registry`, undefined, CommandId.AddSourceToRegistry, args);
    }
  }
  if (finding.claimId && finding.rule !== 'unverified-claim') {
    const args: IgnoreFindingArgs = { ...claimCommandArgs(document, finding.claimId), rule: finding.rule };
    add(`Ignore ${finding.rule} for this claim (recorded in the sidecar)`, undefined, CommandId.IgnoreFinding, args);
  }
  return actions;
};

/** The finding's own edit of the article, checked against the current text. */
const articleEdit = (document: vscode.TextDocument, finding: Finding): { title: string; edit: vscode.WorkspaceEdit; isPreferred: boolean } | undefined => {
  const fix = finding.fix;
  if (!fix || fix.edits.length === 0) return undefined;
  const length = document.getText().length;
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    if (e.start < 0 || e.end > length || e.start > e.end) return undefined;
    edit.replace(document.uri, spanRange(document, e), e.newText);
  }
  return { title: fix.title, edit, isPreferred: fix.isPreferred ?? false };
};
