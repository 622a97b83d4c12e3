// Attribution highlighting: source mentions, cues, quoted and paraphrased content and anonymous
// sources, drawn with decoration types created once, in theme colours from
// `contributes.colors`. Quiet by design: thin underlines and faint tints.
import * as vscode from 'vscode';
import { disposeAll } from './disposables';
import { spanRange } from './ranges';
import type { AnalysisCache, AnalysisResult } from './analysisCache';
import type { ConfigurationWatcher } from './configuration';
import { HIGHLIGHT_KINDS, computeHighlightRanges, countHighlights, emptyHighlightRanges, type HighlightKind, type HighlightRanges } from './model/decorationRanges';

export type HighlightCounts = Record<HighlightKind, number>;

export interface DecorationsApplied {
  editor: vscode.TextEditor;
  document: vscode.TextDocument;
  /** The document version the decorations were computed from. */
  version: number;
  /** Whether highlighting is on (all counts are 0 when it is off). */
  enabled: boolean;
  counts: HighlightCounts;
}

/** How a kind is drawn. Its theme colours are `sourcelight.<kind>Background`, `<kind>Border`
 *  and `<kind>OverviewRuler` (see `contributes.colors`). */
interface StyleSpec {
  /** An underline in this style, in the kind's border colour. */
  borderStyle?: 'solid' | 'dashed' | 'dotted';
  /** Whether the kind has a mark in the overview ruler. */
  overviewRuler?: boolean;
}

const STYLES: Record<HighlightKind, StyleSpec> = {
  source: { borderStyle: 'solid', overviewRuler: true },
  anonymousSource: { borderStyle: 'dashed', overviewRuler: true },
  cue: { borderStyle: 'dotted' },
  quote: { overviewRuler: true },
  paraphrase: {},
};

function createDecorationType(kind: HighlightKind, overviewRuler: boolean): vscode.TextEditorDecorationType {
  const spec = STYLES[kind];
  const colour = (part: string) => new vscode.ThemeColor(`sourcelight.${kind}${part}`);
  const options: vscode.DecorationRenderOptions = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  options.backgroundColor = colour('Background');
  if (spec.borderStyle) {
    options.borderColor = colour('Border');
    options.borderStyle = `none none ${spec.borderStyle} none`;
    options.borderWidth = '0 0 1px 0';
  }
  if (overviewRuler && spec.overviewRuler) {
    options.overviewRulerColor = colour('OverviewRuler');
    options.overviewRulerLane = vscode.OverviewRulerLane.Center;
  }
  return vscode.window.createTextEditorDecorationType(options);
}

export class AttributionHighlighter implements vscode.Disposable {
  #types: Record<HighlightKind, vscode.TextEditorDecorationType> | undefined;
  #typesHaveRuler = false;
  readonly #applied = new WeakMap<vscode.TextEditor, DecorationsApplied>();
  readonly #emitter = new vscode.EventEmitter<DecorationsApplied>();
  readonly #disposables: vscode.Disposable[] = [];
  #pending = new Set<vscode.TextEditor>();
  #flushScheduled = false;

  /** Fired each time an editor's decorations are set. */
  readonly onDidApplyDecorations = this.#emitter.event;

  readonly #cache: AnalysisCache;
  readonly #configuration: ConfigurationWatcher;

  constructor(
    cache: AnalysisCache,
    configuration: ConfigurationWatcher,
  ) {
    this.#cache = cache;
    this.#configuration = configuration;
    this.#disposables.push(
      this.#emitter,
      cache.onDidAnalyze((result) => this.#applyToEditorsOf(result)),
      // A newly shown editor is drawn at once (its analysis is usually ready from opening).
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) {
          const drawn = this.#applied.get(editor);
          if (!drawn || drawn.version !== editor.document.version) this.#drawNow(editor);
        }
      }),
      configuration.onDidChange(() => {
        if (this.#types && this.#typesHaveRuler !== configuration.value.overviewRuler) this.#disposeTypes();
        vscode.window.visibleTextEditors.forEach((editor) => this.#request(editor));
      }),
    );
  }

  /** Draws every visible article now (called once the listeners are in place). */
  drawVisibleEditors(): void {
    for (const editor of vscode.window.visibleTextEditors) this.#drawNow(editor);
  }

  /** Draws at once: an analysis already made is applied here, a new one through onDidAnalyze. */
  #drawNow(editor: vscode.TextEditor): void {
    if (!this.#cache.isArticle(editor.document)) {
      if (this.#applied.has(editor)) this.#clear(editor); // its language changed
      return;
    }
    const existing = this.#cache.current(editor.document);
    if (existing) this.#apply(editor, existing);
    else this.#cache.get(editor.document);
  }

  /** Highlight counts drawn in `editor` (all 0 when nothing is drawn). */
  countsFor(editor: vscode.TextEditor): HighlightCounts {
    return this.#applied.get(editor)?.counts ?? countHighlights(emptyHighlightRanges());
  }

  /** What was last drawn in `editor`, with the document version it was drawn from. */
  lastApplied(editor: vscode.TextEditor): DecorationsApplied | undefined {
    return this.#applied.get(editor);
  }

  /** An analysis arrived: draw it at once in every visible editor of its document. */
  #applyToEditorsOf(result: AnalysisResult): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === result.document) this.#apply(editor, result);
    }
  }

  /** Editors appearing or settings changing come in bursts: coalesce them into one pass. */
  #request(editor: vscode.TextEditor): void {
    this.#pending.add(editor);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => {
      this.#flushScheduled = false;
      const editors = [...this.#pending];
      this.#pending = new Set();
      for (const candidate of editors) {
        if (!vscode.window.visibleTextEditors.includes(candidate)) continue;
        this.#drawNow(candidate);
      }
    });
  }

  #apply(editor: vscode.TextEditor, result: AnalysisResult): void {
    if (result.version !== editor.document.version) return;
    const enabled = this.#configuration.value.highlightingEnabled;
    const ranges = enabled ? computeHighlightRanges(result.analysis) : emptyHighlightRanges();
    this.#draw(editor, ranges);
    const applied: DecorationsApplied = { editor, document: editor.document, version: result.version, enabled, counts: countHighlights(ranges) };
    this.#applied.set(editor, applied);
    this.#emitter.fire(applied);
  }

  /** Removes the highlights of an editor whose document is no longer an article. */
  #clear(editor: vscode.TextEditor): void {
    this.#draw(editor, emptyHighlightRanges());
    this.#applied.delete(editor);
    const enabled = this.#configuration.value.highlightingEnabled;
    this.#emitter.fire({ editor, document: editor.document, version: editor.document.version, enabled, counts: countHighlights(emptyHighlightRanges()) });
  }

  #draw(editor: vscode.TextEditor, ranges: HighlightRanges): void {
    const types = this.#decorationTypes();
    const document = editor.document;
    for (const kind of HIGHLIGHT_KINDS) {
      editor.setDecorations(
        types[kind],
        ranges[kind].map((r) => spanRange(document, r)),
      );
    }
  }

  #decorationTypes(): Record<HighlightKind, vscode.TextEditorDecorationType> {
    if (!this.#types) {
      const ruler = this.#configuration.value.overviewRuler;
      this.#typesHaveRuler = ruler;
      this.#types = {
        source: createDecorationType('source', ruler),
        anonymousSource: createDecorationType('anonymousSource', ruler),
        cue: createDecorationType('cue', ruler),
        quote: createDecorationType('quote', ruler),
        paraphrase: createDecorationType('paraphrase', ruler),
      };
    }
    return this.#types;
  }

  #disposeTypes(): void {
    if (!this.#types) return;
    for (const kind of HIGHLIGHT_KINDS) this.#types[kind].dispose();
    this.#types = undefined;
  }

  dispose(): void {
    this.#disposeTypes();
    disposeAll(this.#disposables);
  }
}

/** `sourcelight.toggleHighlighting`: flips `sourcelight.highlighting.enabled` where it is set
 *  (the workspace, else user settings). */
export async function toggleHighlighting(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('sourcelight');
  const enabled = config.get<boolean>('highlighting.enabled', true);
  const inspected = config.inspect<boolean>('highlighting.enabled');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlighting.enabled', !enabled, target);
  return !enabled;
}
