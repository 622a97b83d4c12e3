// Just enough of the `vscode` module for the analysis cache to run in plain Node: events the
// test fires by hand, documents it edits, and a clock it advances. Installed in require's
// cache under the name 'vscode' before the cache module is loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import Module = require('module');

type Listener<T> = (value: T) => void;

export class FakeEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class FakeDocument {
  version = 1;
  isClosed = false;
  readonly uri: { scheme: string; toString(): string };
  constructor(
    private text: string,
    public languageId = 'plaintext',
    name = 'article.txt',
    scheme = 'file',
  ) {
    this.uri = { scheme, toString: () => `${scheme}:/${name}` };
  }
  getText(): string {
    return this.text;
  }
  /** Replaces `[offset, offset + length)` by `insert`, as VS Code would, and returns the change. */
  edit(offset: number, length: number, insert: string) {
    this.text = this.text.slice(0, offset) + insert + this.text.slice(offset + length);
    this.version++;
    return { rangeOffset: offset, rangeLength: length, text: insert };
  }
  offsetAt(position: number): number {
    return position;
  }
}

export const fake = {
  onDidOpen: new FakeEmitter<FakeDocument>(),
  onDidChange: new FakeEmitter<{ document: FakeDocument; contentChanges: { rangeOffset: number; rangeLength: number; text: string }[] }>(),
  onDidClose: new FakeEmitter<FakeDocument>(),
  onDidChangeVisibleRanges: new FakeEmitter<unknown>(),
  onDidGrantTrust: new FakeEmitter<void>(),
  trusted: true,
};

class Disposable {
  constructor(private readonly callOnDispose: () => void) {}
  static from(...disposables: { dispose(): unknown }[]) {
    return new Disposable(() => disposables.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

const fakeModule = {
  EventEmitter: FakeEmitter,
  Disposable,
  workspace: {
    onDidOpenTextDocument: fake.onDidOpen.event,
    onDidChangeTextDocument: fake.onDidChange.event,
    onDidCloseTextDocument: fake.onDidClose.event,
    onDidGrantWorkspaceTrust: fake.onDidGrantTrust.event,
    get isTrusted() {
      return fake.trusted;
    },
  },
  window: {
    visibleTextEditors: [] as unknown[],
    onDidChangeTextEditorVisibleRanges: fake.onDidChangeVisibleRanges.event,
  },
};

const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string });
const original = resolve._resolveFilename;
resolve._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : original.call(this, request, ...rest);
};
(require.cache as Record<string, unknown>)['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: fakeModule };

/** A hand-driven clock for setTimeout/clearTimeout while a test runs. */
export class ManualClock {
  private now = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;
  private saved: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } | undefined;

  install(): void {
    this.saved = { setTimeout: global.setTimeout, clearTimeout: global.clearTimeout };
    global.setTimeout = ((run: () => void, ms = 0) => {
      const id = this.nextId++;
      this.timers.set(id, { at: this.now + ms, run });
      return id;
    }) as unknown as typeof setTimeout;
    global.clearTimeout = ((id: number) => this.timers.delete(id)) as unknown as typeof clearTimeout;
  }

  uninstall(): void {
    if (this.saved) Object.assign(global, this.saved);
    this.timers.clear();
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward, running every timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = until;
  }
}
