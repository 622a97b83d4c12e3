// Measures activation as the journalist feels it: from the start of `activate` to the first
// highlights drawn in an article. When VS Code activates Sourcelight because a document
// opened but has not shown its editor yet, the wait for the editor is the workbench's, not
// ours: it is measured apart (`waitForEditorMs`) and left out of `firstDecorationsMs`, which
// still counts every analysis Sourcelight ran meanwhile.
import * as vscode from 'vscode';
import type { ActivationTiming } from './api';
import type { DecorationsApplied } from './decorations';

export const now = (): number => typeof performance !== 'undefined' ? performance.now() : Date.now();

export interface ActivationClock extends ActivationTiming {
  activateMs: number | undefined;
  firstDecorationsMs: number | undefined;
  untilFirstDecorationsMs: number | undefined;
  waitForEditorMs: number | undefined;
  firstDecoratedDocument: string | undefined;
  /** Milliseconds from the start of `activate` to named steps, to see where the time goes. */
  readonly steps: Record<string, number>;
  mark(step: string): void;
  activated(): void;
  /** Counts analyses that run after `activate` and before the first article editor shows. */
  watchAnalyses(onDidAnalyze: vscode.Event<{ durationMs: number }>): vscode.Disposable;
  /** Notes when the first article editor is visible (call before anything draws). */
  watchEditors(isArticle: (document: vscode.TextDocument) => boolean): vscode.Disposable;
  /** Listens for the first decorations; the subscription ends itself. */
  watchDecorations(onDidApplyDecorations: vscode.Event<DecorationsApplied>): vscode.Disposable;
}

/** Starts the clock (the first thing `activate` does). */
export const startActivationClock = (): ActivationClock => {
  let resolveFirst!: (ms: number) => void;
  let editorShownAt: number | undefined;
  /** Engine time spent after `activate` returned and before an article editor appeared: our
   *  work, so it is not counted as waiting for the workbench. */
  let analysingWhileWaitingMs = 0;
  const clock: ActivationClock = {
    activateStart: now(),
    activateMs: undefined,
    firstDecorationsMs: undefined,
    untilFirstDecorationsMs: undefined,
    waitForEditorMs: undefined,
    firstDecoratedDocument: undefined,
    whenFirstDecorations: new Promise<number>((resolve) => (resolveFirst = resolve)),
    steps: {},
    mark: (step) => {
      clock.steps[step] = Math.round((now() - clock.activateStart) * 10) / 10;
    },
    activated: () => {
      clock.activateMs = now() - clock.activateStart;
    },
    watchAnalyses: (onDidAnalyze) => {
      const subscription = onDidAnalyze((result) => {
        if (clock.firstDecorationsMs !== undefined) return subscription.dispose();
        if (clock.activateMs !== undefined && editorShownAt === undefined) analysingWhileWaitingMs += result.durationMs;
      });
      return subscription;
    },
    watchEditors: (isArticle) => {
      const noteEditors = (editors: readonly vscode.TextEditor[]) => {
        if (editorShownAt !== undefined || !editors.some((e) => isArticle(e.document))) return;
        editorShownAt = now();
        clock.mark('articleEditorShown');
        subscription.dispose();
      };
      const subscription = vscode.window.onDidChangeVisibleTextEditors(noteEditors);
      noteEditors(vscode.window.visibleTextEditors);
      return subscription;
    },
    watchDecorations: (onDidApplyDecorations) => {
      const subscription = onDidApplyDecorations((applied) => {
        if (clock.firstDecorationsMs !== undefined) return;
        const at = now();
        const shownAfterActivate = editorShownAt !== undefined && clock.activateMs !== undefined;
        clock.untilFirstDecorationsMs = at - clock.activateStart;
        clock.waitForEditorMs = shownAfterActivate ? Math.max(0, editorShownAt! - clock.activateStart - clock.activateMs! - analysingWhileWaitingMs) : 0;
        clock.firstDecorationsMs = clock.untilFirstDecorationsMs - clock.waitForEditorMs;
        clock.firstDecoratedDocument = applied.document.uri.toString();
        clock.mark('firstDecorations');
        resolveFirst(clock.firstDecorationsMs);
        subscription.dispose();
      });
      return subscription;
    },
  };
  return clock;
};
