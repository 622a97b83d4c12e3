// The Source Audit webview: one panel that follows the article it was opened for and redraws
// when that article's analysis changes.
import * as vscode from 'vscode';
import type { Analysis } from '../../../engine/types';
import { fileName } from '../../openDocuments';
import { computeSourceAudit } from './computeSourceAudit';
import { renderSourceAuditHtml } from './renderSourceAudit';

export interface AuditAnalysisSource {
  get(document: vscode.TextDocument): { analysis: Analysis };
  onDidAnalyze: vscode.Event<{ document: vscode.TextDocument; analysis: Analysis }>;
}

const nonce = (): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; i < 32; i++) text += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  return text;
};

export interface SourceAuditPanel extends vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  /** The last HTML the panel showed (for tests). */
  readonly html: string;
  refresh(): void;
}

export const SOURCE_AUDIT_VIEW_TYPE = 'sourcelight.sourceAudit';

/** The one open panel, if any. */
let current: (SourceAuditPanel & { show(document: vscode.TextDocument): void }) | undefined;

/** The open panel, if any (for tests). */
export const openSourceAudit = (): SourceAuditPanel | undefined => current;

/** Opens the audit for `document`, reusing the open panel if there is one. */
export const showSourceAudit = (document: vscode.TextDocument, analyses: AuditAnalysisSource): SourceAuditPanel => {
  if (current) {
    current.show(document);
    return current;
  }
  const panel = vscode.window.createWebviewPanel(
    SOURCE_AUDIT_VIEW_TYPE,
    'Source Audit',
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: true, localResourceRoots: [] },
  );
  let shown = document;
  let disposed = false;
  const render = (analysis: Analysis): void => {
    panel.title = `Source Audit: ${fileName(shown.uri)}`;
    audit.html = renderSourceAuditHtml(computeSourceAudit(analysis), { nonce: nonce(), title: fileName(shown.uri) });
    panel.webview.html = audit.html;
  };
  const audit = {
    panel,
    html: '',
    refresh: () => render(analyses.get(shown).analysis),
    show: (next: vscode.TextDocument) => {
      shown = next;
      panel.reveal(vscode.ViewColumn.Beside, true);
      audit.refresh();
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      if (current === audit) current = undefined;
      panel.dispose();
      for (const d of disposables.splice(0)) d.dispose();
    },
  };
  const disposables = [
    panel.onDidDispose(audit.dispose),
    analyses.onDidAnalyze(({ document: analysed, analysis }) => {
      if (analysed.uri.toString() === shown.uri.toString()) render(analysis);
    }),
    panel.webview.onDidReceiveMessage(async (message: unknown) => {
      if (typeof message !== 'object' || message === null) return;
      const { type, offset } = message as { type?: unknown; offset?: unknown };
      if (type !== 'reveal' || typeof offset !== 'number' || !Number.isFinite(offset)) return;
      const position = shown.positionAt(offset);
      await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    }),
  ];
  audit.refresh();
  current = audit;
  return audit;
};
