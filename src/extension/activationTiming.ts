// Measures activation as the journalist feels it: from the start of `activate` to the first
// highlights drawn in an article.
import type * as vscode from 'vscode';
import type { ActivationTiming } from './api';
import type { DecorationsApplied } from './decorations';

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export class ActivationClock implements ActivationTiming {
  readonly activateStart = now();
  activateMs: number | undefined;
  firstDecorationsMs: number | undefined;
  private resolveFirst!: (ms: number) => void;
  readonly whenFirstDecorations = new Promise<number>((resolve) => (this.resolveFirst = resolve));

  activated(): void {
    this.activateMs = now() - this.activateStart;
  }

  /** Listens for the first decorations; the subscription ends itself. */
  watch(onDidApplyDecorations: vscode.Event<DecorationsApplied>): vscode.Disposable {
    const subscription = onDidApplyDecorations(() => {
      if (this.firstDecorationsMs !== undefined) return;
      this.firstDecorationsMs = now() - this.activateStart;
      this.resolveFirst(this.firstDecorationsMs);
      subscription.dispose();
    });
    return subscription;
  }
}
