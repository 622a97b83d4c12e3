// "N sources · M claims" for the active article; a click focuses the Claims view. Large files
// say that only part of them is analysed.
import * as vscode from 'vscode';
import { disposeAll } from './disposables';
import type { AnalysisCache, AnalysisResult } from './analysisCache';
import { describeStatus } from './model/statusText';

export const FOCUS_CLAIMS_COMMAND = 'sourcelight.focusClaims';

export interface ArticleStatus extends vscode.Disposable {
  /** The text shown, for tests ("3 sources · 7 claims"); undefined when hidden or not created. */
  readonly text: string | undefined;
}

export const createArticleStatus = (cache: AnalysisCache): ArticleStatus => {
  let item: vscode.StatusBarItem | undefined;

  const show = (result: AnalysisResult): void => {
    const status = describeStatus(result.analysis, result.window);
    if (!item) {
      item = vscode.window.createStatusBarItem('sourcelight.status', vscode.StatusBarAlignment.Right, 100);
      item.name = 'Sourcelight';
      item.command = FOCUS_CLAIMS_COMMAND;
    }
    item.text = status.text;
    item.accessibilityInformation = { label: `Sourcelight: ${status.text.replace(/\$\([^)]*\)\s*/g, '').replace(/ · /g, ', ')}`, role: 'button' };
    item.tooltip = new vscode.MarkdownString(status.tooltip);
    item.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  const update = (editor: vscode.TextEditor | undefined): void => {
    if (!editor || !cache.isArticle(editor.document)) {
      item?.hide();
      return;
    }
    const result = cache.latest(editor.document);
    if (result) show(result);
  };

  const disposables = [
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidAnalyze((result) => {
      if (result.document === vscode.window.activeTextEditor?.document) show(result);
    }),
  ];
  update(vscode.window.activeTextEditor);

  return {
    get text() {
      return item?.text;
    },
    dispose: () => {
      item?.dispose();
      disposeAll(disposables);
    },
  };
};
