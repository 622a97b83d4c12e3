// "N sources · M claims" for the active article; a click focuses the Claims view. Large files
// say that only part of them is analysed.
import * as vscode from 'vscode';
import { disposeAll } from './disposables';
import type { AnalysisCache, AnalysisResult } from './analysisCache';
import { describeStatus } from './model/statusText';

export const FOCUS_CLAIMS_COMMAND = 'sourcelight.focusClaims';

export class ArticleStatus implements vscode.Disposable {
  #item: vscode.StatusBarItem | undefined;
  readonly #disposables: vscode.Disposable[] = [];

  readonly #cache: AnalysisCache;

  constructor(cache: AnalysisCache) {
    this.#cache = cache;
    this.#disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.#update(editor)),
      cache.onDidAnalyze((result) => {
        if (result.document === vscode.window.activeTextEditor?.document) this.#show(result);
      }),
    );
    this.#update(vscode.window.activeTextEditor);
  }

  #update(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.#cache.isArticle(editor.document)) {
      this.#item?.hide();
      return;
    }
    const result = this.#cache.latest(editor.document);
    if (result) this.#show(result);
  }

  #show(result: AnalysisResult): void {
    const status = describeStatus(result.analysis, result.window);
    if (!this.#item) {
      this.#item = vscode.window.createStatusBarItem('sourcelight.status', vscode.StatusBarAlignment.Right, 100);
      this.#item.name = 'Sourcelight';
      this.#item.command = FOCUS_CLAIMS_COMMAND;
    }
    this.#item.text = status.text;
    // Screen readers get words, not the icon and the middle dot.
    this.#item.accessibilityInformation = { label: `Sourcelight: ${status.text.replace(/\$\([^)]*\)\s*/g, '').replace(/ · /g, ', ')}`, role: 'button' };
    this.#item.tooltip = new vscode.MarkdownString(status.tooltip);
    this.#item.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.#item.show();
  }

  /** The text shown, for tests ("3 sources · 7 claims"); undefined when hidden or not created. */
  get text(): string | undefined {
    return this.#item?.text;
  }

  dispose(): void {
    this.#item?.dispose();
    disposeAll(this.#disposables);
  }
}
