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

export class ClaimCheckCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  readonly #computer: ClaimDiagnosticsComputer;
  readonly #sources: (document: vscode.TextDocument) => readonly Source[];

  constructor(
    computer: ClaimDiagnosticsComputer,
    sources: (document: vscode.TextDocument) => readonly Source[],
  ) {
    this.#computer = computer;
    this.#sources = sources;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (token.isCancellationRequested) break;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const checked = this.#computer.findingFor(document, diagnostic);
      if (!checked) continue; // out of date, or not ours
      actions.push(...this.#actionsFor(document, diagnostic, checked.finding));
    }
    return actions;
  }

  #actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const edit = this.#articleEdit(document, finding);
    if (edit) {
      const action = new vscode.CodeAction(edit.title, vscode.CodeActionKind.QuickFix);
      action.edit = edit.edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = edit.isPreferred;
      actions.push(action);
    }
    if (finding.rule === 'unverified-claim' && finding.claimId) {
      const action = new vscode.CodeAction('Mark claim verified', vscode.CodeActionKind.QuickFix);
      action.command = { command: CommandId.MarkVerified, title: 'Mark claim verified', arguments: [claimCommandArgs(document, finding.claimId)] };
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    if (finding.rule === 'anonymous-source' && finding.claimId) {
      const action = new vscode.CodeAction('Add a note on why anonymity was granted', vscode.CodeActionKind.QuickFix);
      action.command = { command: CommandId.AddNote, title: action.title, arguments: [claimCommandArgs(document, finding.claimId)] };
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    if (finding.sourceId && REGISTRY_RULES.has(finding.rule)) {
      const source = this.#sources(document).find((s) => s.id === finding.sourceId);
      if (source && !source.fromRegistry && source.type !== 'anonymous') {
        const args: SourceCommandArgs = { uri: document.uri.toString(), sourceId: source.id, version: document.version };
        const action = new vscode.CodeAction(`Add ${source.name} to the source registry`, vscode.CodeActionKind.QuickFix);
        action.command = { command: CommandId.AddSourceToRegistry, title: action.title, arguments: [args] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    if (finding.claimId && finding.rule !== 'unverified-claim') {
      const args: IgnoreFindingArgs = { ...claimCommandArgs(document, finding.claimId), rule: finding.rule };
      const action = new vscode.CodeAction(`Ignore ${finding.rule} for this claim (recorded in the sidecar)`, vscode.CodeActionKind.QuickFix);
      action.command = { command: CommandId.IgnoreFinding, title: action.title, arguments: [args] };
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }

  /** The finding's own edit of the article, checked against the current text. */
  #articleEdit(document: vscode.TextDocument, finding: Finding): { title: string; edit: vscode.WorkspaceEdit; isPreferred: boolean } | undefined {
    const fix = finding.fix;
    if (!fix || fix.edits.length === 0) return undefined;
    const length = document.getText().length;
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) {
      if (e.start < 0 || e.end > length || e.start > e.end) return undefined;
      edit.replace(document.uri, spanRange(document, e), e.newText);
    }
    return { title: fix.title, edit, isPreferred: fix.isPreferred ?? false };
  }
}
