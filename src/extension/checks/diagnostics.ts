// The claim-check diagnostics manager: owns the DiagnosticCollection, decides WHEN to check
// (the user's `sourcelight.checks.frequency`), debounces with a pending set, and cancels stale
// runs. WHAT a check finds is the computer's job (computeDiagnostics.ts).
import * as vscode from 'vscode';

export type CheckFrequency = 'onType' | 'onSave' | 'manual';

export interface ComputeOptions {
  /** True when the user asked for the check (Check Claims, or a document checked that way
   *  before); pre-publication rules run then, not while typing in an unannotated article. */
  explicit: boolean;
}

/** Computes the diagnostics of one document; honours the token (returns early when cancelled). */
export interface DiagnosticsComputer {
  compute(document: vscode.TextDocument, token: vscode.CancellationToken, options: ComputeOptions): Promise<vscode.Diagnostic[]>;
}

export interface DiagnosticsManagerOptions {
  /** Which documents are articles (the configured languages). */
  isArticle(document: vscode.TextDocument): boolean;
  /** The check frequency for a document's resource. */
  frequency(document: vscode.TextDocument): CheckFrequency;
  /** Fires when anything the checks read changed: settings, `.sourcelight.yaml`, a sidecar. */
  onDidChangeInputs: vscode.Event<vscode.Uri | undefined>;
  /** Debounce for typing, in milliseconds. */
  debounceMs?: number;
}

export interface DiagnosticsUpdate {
  uri: vscode.Uri;
  diagnostics: readonly vscode.Diagnostic[];
}

export interface ClaimDiagnosticsManager extends vscode.Disposable {
  readonly collection: vscode.DiagnosticCollection;
  readonly onDidUpdate: vscode.Event<DiagnosticsUpdate>;
  /** Checks `document` now (Check Claims): cancels any run in flight, returns what it found. */
  check(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
  /**
   * Re-checks `document` now if its problems are being kept (checked by command, or an
   * automatic frequency), e.g. after its annotations changed; returns its current problems.
   */
  refresh(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
  /** Schedules a debounced check of `document`. */
  schedule(document: vscode.TextDocument): void;
}

export const createClaimDiagnosticsManager = (computer: DiagnosticsComputer, options: DiagnosticsManagerOptions): ClaimDiagnosticsManager => {
  const collection = vscode.languages.createDiagnosticCollection('sourcelight');
  const queued = new Map<string, vscode.TextDocument>();
  const running = new Map<string, vscode.CancellationTokenSource>();
  /** Documents the user has checked by command: kept up to date whatever the frequency. */
  const checkedByCommand = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const updated = new vscode.EventEmitter<DiagnosticsUpdate>();
  const current = (document: vscode.TextDocument): readonly vscode.Diagnostic[] => collection.get(document.uri) ?? [];
  /** Kept current whatever the frequency: checked by command, or checked automatically. */
  const kept = (document: vscode.TextDocument, key: string): boolean => checkedByCommand.has(key) || options.frequency(document) !== 'manual';

  const run = async (document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> => {
    const key = document.uri.toString();
    queued.delete(key);
    running.get(key)?.cancel();
    const source = new vscode.CancellationTokenSource();
    running.set(key, source);
    try {
      const diagnostics = await computer.compute(document, source.token, { explicit: checkedByCommand.has(key) });
      if (source.token.isCancellationRequested) return current(document);
      collection.set(document.uri, diagnostics);
      updated.fire({ uri: document.uri, diagnostics });
      return diagnostics;
    } catch (error) {
      // A check that fails (an unreadable file system, say) leaves the last problems listed.
      console.error(`Sourcelight: checking ${key} failed`, error);
      return current(document);
    } finally {
      if (running.get(key) === source) running.delete(key);
      source.dispose();
    }
  };

  const schedule = (document: vscode.TextDocument): void => {
    queued.set(document.uri.toString(), document);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const documents = [...queued.values()];
      queued.clear();
      for (const d of documents) if (!d.isClosed) void run(d);
    }, options.debounceMs ?? 300);
  };

  const onAutomaticTrigger = (document: vscode.TextDocument, trigger: 'open' | 'type' | 'save'): void => {
    if (!options.isArticle(document)) return;
    const frequency = options.frequency(document);
    // Once checked by command, keep its problems current rather than stale (also when it is
    // opened again: its quick fixes need a check of the text as it is now).
    if (checkedByCommand.has(document.uri.toString()) || frequency === 'onType' || (frequency === 'onSave' && trigger !== 'type')) {
      schedule(document);
    }
  };

  const disposables: vscode.Disposable[] = [
    collection,
    updated,
    vscode.workspace.onDidOpenTextDocument((d) => onAutomaticTrigger(d, 'open')),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) onAutomaticTrigger(e.document, 'type');
    }),
    vscode.workspace.onDidSaveTextDocument((d) => onAutomaticTrigger(d, 'save')),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      queued.delete(key);
      running.get(key)?.cancel();
      // Untitled documents are gone for good; a file's problems stay listed (like a workspace check).
      if (document.uri.scheme === 'untitled') {
        collection.delete(document.uri);
        checkedByCommand.delete(key);
      }
    }),
    options.onDidChangeInputs(() => {
      for (const document of vscode.workspace.textDocuments) {
        if (options.isArticle(document) && kept(document, document.uri.toString())) schedule(document);
      }
    }),
  ];
  for (const document of vscode.workspace.textDocuments) onAutomaticTrigger(document, 'open');

  return {
    collection,
    onDidUpdate: updated.event,
    check: async (document) => {
      checkedByCommand.add(document.uri.toString());
      return run(document);
    },
    refresh: async (document) => {
      if (!options.isArticle(document)) return [];
      return kept(document, document.uri.toString()) ? run(document) : current(document);
    },
    schedule,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const source of running.values()) source.cancel();
      for (const d of disposables.splice(0)) d.dispose();
    },
  };
};
