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

export class ClaimDiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('sourcelight');
  readonly #pending = new Map<string, vscode.TextDocument>();
  readonly #running = new Map<string, vscode.CancellationTokenSource>();
  /** Documents the user has checked by command: kept up to date whatever the frequency. */
  readonly #checkedByCommand = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #updated = new vscode.EventEmitter<DiagnosticsUpdate>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly onDidUpdate = this.#updated.event;

  readonly #computer: DiagnosticsComputer;
  readonly #options: DiagnosticsManagerOptions;

  constructor(
    computer: DiagnosticsComputer,
    options: DiagnosticsManagerOptions,
  ) {
    this.#computer = computer;
    this.#options = options;
    this.#disposables.push(
      this.collection,
      this.#updated,
      vscode.workspace.onDidOpenTextDocument((d) => this.#onAutomaticTrigger(d, 'open')),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.#onAutomaticTrigger(e.document, 'type');
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.#onAutomaticTrigger(d, 'save')),
      vscode.workspace.onDidCloseTextDocument((d) => this.#onClose(d)),
      options.onDidChangeInputs(() => this.#recheckAll()),
    );
    for (const document of vscode.workspace.textDocuments) this.#onAutomaticTrigger(document, 'open');
  }

  /** Checks `document` now (Check Claims): cancels any run in flight, returns what it found. */
  async check(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
    this.#checkedByCommand.add(document.uri.toString());
    this.#pending.delete(document.uri.toString());
    return this.#run(document);
  }

  /**
   * Re-checks `document` now if its problems are being kept (checked by command, or an
   * automatic frequency), e.g. after its annotations changed; returns its current problems.
   */
  async refresh(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
    const key = document.uri.toString();
    if (!this.#options.isArticle(document)) return [];
    if (this.#checkedByCommand.has(key) || this.#options.frequency(document) !== 'manual') {
      this.#pending.delete(key);
      return this.#run(document);
    }
    return this.collection.get(document.uri) ?? [];
  }

  /** Schedules a debounced check of `document`. */
  schedule(document: vscode.TextDocument): void {
    this.#pending.set(document.uri.toString(), document);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const documents = [...this.#pending.values()];
      this.#pending.clear();
      for (const d of documents) if (!d.isClosed) void this.#run(d);
    }, this.#options.debounceMs ?? 300);
  }

  #onAutomaticTrigger(document: vscode.TextDocument, trigger: 'open' | 'type' | 'save'): void {
    if (!this.#options.isArticle(document)) return;
    const key = document.uri.toString();
    const frequency = this.#options.frequency(document);
    if (this.#checkedByCommand.has(key)) {
      // Once checked by command, keep its problems current rather than stale (also when it is
      // opened again: its quick fixes need a check of the text as it is now).
      this.schedule(document);
      return;
    }
    if (frequency === 'onType' || (frequency === 'onSave' && trigger !== 'type')) {
      this.schedule(document);
    }
  }

  #recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!this.#options.isArticle(document)) continue;
      const key = document.uri.toString();
      if (this.#checkedByCommand.has(key) || this.#options.frequency(document) !== 'manual') this.schedule(document);
    }
  }

  async #run(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
    const key = document.uri.toString();
    this.#running.get(key)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.#running.set(key, source);
    try {
      const diagnostics = await this.#computer.compute(document, source.token, { explicit: this.#checkedByCommand.has(key) });
      if (source.token.isCancellationRequested) return this.collection.get(document.uri) ?? [];
      this.collection.set(document.uri, diagnostics);
      this.#updated.fire({ uri: document.uri, diagnostics });
      return diagnostics;
    } catch (error) {
      // A check that fails (an unreadable file system, say) leaves the last problems listed.
      console.error(`Sourcelight: checking ${document.uri.toString()} failed`, error);
      return this.collection.get(document.uri) ?? [];
    } finally {
      if (this.#running.get(key) === source) this.#running.delete(key);
      source.dispose();
    }
  }

  #onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.#pending.delete(key);
    this.#running.get(key)?.cancel();
    // Untitled documents are gone for good; a file's problems stay listed (like a workspace check).
    if (document.uri.scheme === 'untitled') {
      this.collection.delete(document.uri);
      this.#checkedByCommand.delete(key);
    }
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    for (const source of this.#running.values()) source.cancel();
    for (const d of this.#disposables.splice(0)) d.dispose();
  }
}
