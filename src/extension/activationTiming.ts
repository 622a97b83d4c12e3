// Measures activation as the journalist feels it: from the start of `activate` to the first
// highlights drawn in an article. When VS Code activates Sourcelight because a document
// opened but has not shown its editor yet, the wait for the editor is the workbench's, not
// ours: it is measured apart (`waitForEditorMs`) and left out of `firstDecorationsMs`, which
// still counts every analysis Sourcelight ran meanwhile.
import * as vscode from 'vscode';
import type { ActivationTiming } from './api';
import type { DecorationsApplied } from './decorations';

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export class ActivationClock implements ActivationTiming {
  readonly activateStart = now();
  activateMs: number | undefined;
  firstDecorationsMs: number | undefined;
  untilFirstDecorationsMs: number | undefined;
  waitForEditorMs: number | undefined;
  firstDecoratedDocument: string | undefined;
  #resolveFirst!: (ms: number) => void;
  readonly whenFirstDecorations = new Promise<number>((resolve) => (this.#resolveFirst = resolve));

  /** Milliseconds from the start of `activate` to named steps, to see where the time goes. */
  readonly steps: Record<string, number> = {};

  mark(step: string): void {
    this.steps[step] = Math.round((now() - this.activateStart) * 10) / 10;
  }

  activated(): void {
    this.activateMs = now() - this.activateStart;
  }

  #editorShownAt: number | undefined;
  /** Engine time spent after `activate` returned and before an article editor appeared: our
   *  work, so it is not counted as waiting for the workbench. */
  #analysingWhileWaitingMs = 0;

  /** Counts analyses that run after `activate` and before the first article editor shows. */
  watchAnalyses(onDidAnalyze: vscode.Event<{ durationMs: number }>): vscode.Disposable {
    const subscription = onDidAnalyze((result) => {
      if (this.firstDecorationsMs !== undefined) return subscription.dispose();
      if (this.activateMs !== undefined && this.#editorShownAt === undefined) this.#analysingWhileWaitingMs += result.durationMs;
    });
    return subscription;
  }

  /** Notes when the first article editor is visible (call before anything draws). */
  watchEditors(isArticle: (document: vscode.TextDocument) => boolean): vscode.Disposable {
    const noteEditors = (editors: readonly vscode.TextEditor[]) => {
      if (this.#editorShownAt !== undefined || !editors.some((e) => isArticle(e.document))) return;
      this.#editorShownAt = now();
      this.mark('articleEditorShown');
      subscription.dispose();
    };
    const subscription = vscode.window.onDidChangeVisibleTextEditors(noteEditors);
    noteEditors(vscode.window.visibleTextEditors);
    return subscription;
  }

  /** Listens for the first decorations; the subscription ends itself. */
  watchDecorations(onDidApplyDecorations: vscode.Event<DecorationsApplied>): vscode.Disposable {
    const subscription = onDidApplyDecorations((applied) => {
      if (this.firstDecorationsMs !== undefined) return;
      const at = now();
      const shownAfterActivate = this.#editorShownAt !== undefined && this.activateMs !== undefined;
      this.untilFirstDecorationsMs = at - this.activateStart;
      this.waitForEditorMs = shownAfterActivate ? Math.max(0, this.#editorShownAt! - this.activateStart - this.activateMs! - this.#analysingWhileWaitingMs) : 0;
      this.firstDecorationsMs = this.untilFirstDecorationsMs - this.waitForEditorMs;
      this.firstDecoratedDocument = applied.document.uri.toString();
      this.mark('firstDecorations');
      this.#resolveFirst(this.firstDecorationsMs);
      subscription.dispose();
    });
    return subscription;
  }
}
