// Claim checks in the editor: diagnostics with configurable frequency and severities, quick
// fixes, the annotation commands, `.sourcelight.yaml` and sidecars, and the Source Audit.
// One call wires it all to the editor features' shared analysis cache.
import * as vscode from 'vscode';
import type { EditorFeaturesRegistration } from '../editorFeatures';
import { registerForArticles } from '../articleSelector';
import { openSourceAudit } from './audit/sourceAuditPanel';
import { articleGlobFor, type ChecksContext } from './checksContext';
import { claimStatusDecorator } from './claimTreeStatus';
import { CODE_ACTIONS_METADATA, createClaimCheckCodeActions } from './codeActions';
import { CommandId } from './commandIds';
import { addNoteCommand } from './commands/addNote';
import { addSourceToRegistryCommand } from './commands/addSourceToRegistry';
import { checkClaimsCommand } from './commands/checkClaims';
import { checkWorkspaceCommand } from './commands/checkWorkspace';
import { ignoreFindingCommand } from './commands/ignoreFinding';
import { markClaimCommand } from './commands/markClaim';
import { nextUnverifiedClaimCommand } from './commands/nextUnverifiedClaim';
import { showSourceAuditCommand } from './commands/showSourceAudit';
import { createClaimDiagnosticsComputer } from './computeDiagnostics';
import { checkFrequency, createConfigStore } from './configStore';
import { createClaimDiagnosticsManager, type DiagnosticsUpdate } from './diagnostics';
import { claimHoverSection } from './hoverSection';
import { createSidecarStore, isSidecarUri, sidecarUriFor } from './sidecarStore';

/** The checks' part of the extension's test/automation API. */
export interface ClaimChecksApi {
  /** Fired each time an article's claim-check diagnostics are set. */
  readonly onDidUpdateDiagnostics: vscode.Event<DiagnosticsUpdate>;
  /** Checks a document now and returns its diagnostics (what Check Claims does). */
  checkDocument(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
  /** Problems Sourcelight found in a YAML file it reads (`.sourcelight.yaml`, a sidecar). */
  yamlDiagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** The sidecar URI of an article. */
  sidecarUriFor(article: vscode.Uri): vscode.Uri;
  /** The Source Audit panel's current HTML, when it is open. */
  readonly sourceAuditHtml: string | undefined;
}

export interface ClaimChecksRegistration extends vscode.Disposable {
  readonly api: ClaimChecksApi;
}

export const registerClaimChecks = (editor: Pick<EditorFeaturesRegistration, 'api' | 'cache' | 'configuration'>): ClaimChecksRegistration => {
  const { cache, configuration } = editor;
  const config = createConfigStore();
  const sidecars = createSidecarStore(config.yamlDiagnostics);
  const computer = createClaimDiagnosticsComputer(cache, config, sidecars);
  const inputsChanged = new vscode.EventEmitter<vscode.Uri | undefined>();
  const isArticle = (document: vscode.TextDocument) => cache.isArticle(document) && !isSidecarUri(document.uri);
  const diagnostics = createClaimDiagnosticsManager(computer, {
    isArticle,
    frequency: (document) => checkFrequency(document.uri),
    onDidChangeInputs: inputsChanged.event,
  });
  // Views that show verification statuses (the Claims view) read the sidecars again.
  const refreshTree = () => editor.api.claimTree.refresh();
  let lastArticle: vscode.TextDocument | undefined;
  const trackActive = (e: vscode.TextEditor | undefined) => {
    if (e && isArticle(e.document)) lastArticle = e.document;
  };
  trackActive(vscode.window.activeTextEditor);

  const context: ChecksContext = {
    analyses: cache,
    diagnostics,
    computer,
    config,
    sidecars,
    activeArticle: () => {
      const active = vscode.window.activeTextEditor?.document;
      if (active && isArticle(active)) return active;
      return lastArticle && !lastArticle.isClosed ? lastArticle : undefined;
    },
    isArticle,
    articleGlob: () => articleGlobFor(configuration.value.languages),
    annotationsChanged: refreshTree,
    log: (message) => console.log(`Sourcelight: ${message}`),
  };

  // The registry and house cue verbs feed the engine; a config change re-analyses and re-checks.
  // Until a folder's house file is read its articles get the defaults, as they already have:
  // no re-analysis now; `config.onDidChange` re-analyses once the registry arrives.
  cache.setOptionsProvider(config.analyzeOptionsFor, { refresh: false });
  for (const document of vscode.workspace.textDocuments) if (isArticle(document)) config.analyzeOptionsFor(document);
  const codeActions = createClaimCheckCodeActions(computer, (document) => cache.get(document).analysis.sources);

  const commands: Record<CommandId, (...args: never[]) => unknown> = {
    [CommandId.CheckClaims]: checkClaimsCommand(context),
    [CommandId.CheckWorkspace]: checkWorkspaceCommand(context),
    [CommandId.MarkVerified]: markClaimCommand(context, 'verified'),
    [CommandId.MarkDisputed]: markClaimCommand(context, 'disputed'),
    [CommandId.MarkFalse]: markClaimCommand(context, 'false'),
    [CommandId.AddNote]: addNoteCommand(context),
    [CommandId.NextUnverifiedClaim]: nextUnverifiedClaimCommand(context),
    [CommandId.AddSourceToRegistry]: addSourceToRegistryCommand(context),
    [CommandId.ShowSourceAudit]: showSourceAuditCommand(context),
    [CommandId.IgnoreFinding]: ignoreFindingCommand(context),
  };

  const disposable = vscode.Disposable.from(
    config,
    sidecars,
    inputsChanged,
    diagnostics,
    config.onDidChange(() => {
      cache.refresh();
      inputsChanged.fire(undefined);
    }),
    sidecars.onDidChange((uri) => {
      inputsChanged.fire(uri);
      refreshTree();
    }),
    registerForArticles(configuration, (selector) => vscode.languages.registerCodeActionsProvider(selector, codeActions, CODE_ACTIONS_METADATA)),
    configuration.onDidChange(() => inputsChanged.fire(undefined)),
    // Read an article's sidecar as soon as it is analysed, so its first hover card and the
    // Claims view already show the verification statuses.
    cache.onDidAnalyze(({ document }) => {
      if (!sidecars.peek(document.uri) && isArticle(document)) void sidecars.read(document.uri).then(refreshTree);
    }),
    // A check re-reads the sidecar: the Claims view shows the statuses it found.
    diagnostics.onDidUpdate(refreshTree),
    vscode.window.onDidChangeActiveTextEditor(trackActive),
    vscode.workspace.onDidCloseTextDocument((document) => computer.forget(document.uri)),
    editor.api.registerHoverSection(claimHoverSection(context)),
    editor.api.claimTree.registerItemDecorator(claimStatusDecorator(context)),
    ...Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
    new vscode.Disposable(() => openSourceAudit()?.dispose()),
  );

  const api: ClaimChecksApi = {
    onDidUpdateDiagnostics: diagnostics.onDidUpdate,
    checkDocument: (document) => diagnostics.check(document),
    yamlDiagnostics: (uri) => config.yamlDiagnostics.get(uri) ?? [],
    sidecarUriFor,
    get sourceAuditHtml() {
      return openSourceAudit()?.html;
    },
  };
  return { api, dispose: () => disposable.dispose() };
};
