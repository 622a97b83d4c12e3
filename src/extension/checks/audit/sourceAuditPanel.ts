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

function nonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; i < 32; i++) text += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  return text;
}

export class SourceAuditPanel implements vscode.Disposable {
  static readonly viewType = 'sourcelight.sourceAudit';
  private static current: SourceAuditPanel | undefined;

  readonly #disposables: vscode.Disposable[] = [];
  #document: vscode.TextDocument;

  /** Opens the audit for `document`, reusing the open panel if there is one. */
  static show(document: vscode.TextDocument, analyses: AuditAnalysisSource): SourceAuditPanel {
    if (SourceAuditPanel.current) {
      SourceAuditPanel.current.#document = document;
      SourceAuditPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      SourceAuditPanel.current.refresh();
      return SourceAuditPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      SourceAuditPanel.viewType,
      'Source Audit',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    SourceAuditPanel.current = new SourceAuditPanel(panel, document, analyses);
    return SourceAuditPanel.current;
  }

  /** The open panel, if any (for tests). */
  static get open(): SourceAuditPanel | undefined {
    return SourceAuditPanel.current;
  }

  /** The last HTML the panel showed (for tests). */
  html = '';

  readonly #analyses: AuditAnalysisSource;

  constructor(
    readonly panel: vscode.WebviewPanel,
    document: vscode.TextDocument,
    analyses: AuditAnalysisSource,
  ) {
    this.#analyses = analyses;
    this.#document = document;
    this.#disposables.push(
      panel.onDidDispose(() => this.dispose()),
      analyses.onDidAnalyze(({ document: analysed, analysis }) => {
        if (analysed.uri.toString() === this.#document.uri.toString()) this.#render(analysis);
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => this.#onMessage(message)),
    );
    this.refresh();
  }

  refresh(): void {
    this.#render(this.#analyses.get(this.#document).analysis);
  }

  #render(analysis: Analysis): void {
    this.panel.title = `Source Audit: ${fileName(this.#document.uri)}`;
    this.html = renderSourceAuditHtml(computeSourceAudit(analysis), {
      nonce: nonce(),
      title: fileName(this.#document.uri),
    });
    this.panel.webview.html = this.html;
  }

  async #onMessage(message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null) return;
    const { type, offset } = message as { type?: unknown; offset?: unknown };
    if (type !== 'reveal' || typeof offset !== 'number' || !Number.isFinite(offset)) return;
    const position = this.#document.positionAt(offset);
    await vscode.window.showTextDocument(this.#document, {
      viewColumn: vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
    });
  }

  #disposed = false;

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (SourceAuditPanel.current === this) SourceAuditPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.#disposables.splice(0)) d.dispose();
  }
}
