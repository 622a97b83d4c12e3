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

const createDecorationType = (kind: HighlightKind, overviewRuler: boolean): vscode.TextEditorDecorationType => {
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
};

export interface AttributionHighlighter extends vscode.Disposable {
  /** Fired each time an editor's decorations are set. */
  readonly onDidApplyDecorations: vscode.Event<DecorationsApplied>;
  /** Draws every visible article now (called once the listeners are in place). */
  drawVisibleEditors(): void;
  /** Highlight counts drawn in `editor` (all 0 when nothing is drawn). */
  countsFor(editor: vscode.TextEditor): HighlightCounts;
  /** What was last drawn in `editor`, with the document version it was drawn from. */
  lastApplied(editor: vscode.TextEditor): DecorationsApplied | undefined;
}

const noHighlights = (): HighlightCounts => countHighlights(emptyHighlightRanges());

export const createAttributionHighlighter = (cache: AnalysisCache, configuration: ConfigurationWatcher): AttributionHighlighter => {
  let types: Record<HighlightKind, vscode.TextEditorDecorationType> | undefined;
  let typesHaveRuler = false;
  const applied = new WeakMap<vscode.TextEditor, DecorationsApplied>();
  const emitter = new vscode.EventEmitter<DecorationsApplied>();
  let queued = new Set<vscode.TextEditor>();
  let flushScheduled = false;

  /** Draws at once: an analysis already made is applied here, a new one through onDidAnalyze. */
  const drawNow = (editor: vscode.TextEditor): void => {
    if (!cache.isArticle(editor.document)) {
      if (applied.has(editor)) clear(editor); // its language changed
      return;
    }
    const existing = cache.current(editor.document);
    if (existing) apply(editor, existing);
    else cache.get(editor.document);
  };

  /** Editors appearing or settings changing come in bursts: coalesce them into one pass. */
  const request = (editor: vscode.TextEditor): void => {
    queued.add(editor);
    if (flushScheduled) return;
    flushScheduled = true;
    queueMicrotask(() => {
      flushScheduled = false;
      const editors = [...queued];
      queued = new Set();
      for (const candidate of editors) {
        if (vscode.window.visibleTextEditors.includes(candidate)) drawNow(candidate);
      }
    });
  };

  const apply = (editor: vscode.TextEditor, result: AnalysisResult): void => {
    if (result.version !== editor.document.version) return;
    const enabled = configuration.value.highlightingEnabled;
    const ranges = enabled ? computeHighlightRanges(result.analysis) : emptyHighlightRanges();
    draw(editor, ranges);
    const drawn: DecorationsApplied = { editor, document: editor.document, version: result.version, enabled, counts: countHighlights(ranges) };
    applied.set(editor, drawn);
    emitter.fire(drawn);
  };

  /** Removes the highlights of an editor whose document is no longer an article. */
  const clear = (editor: vscode.TextEditor): void => {
    draw(editor, emptyHighlightRanges());
    applied.delete(editor);
    const enabled = configuration.value.highlightingEnabled;
    emitter.fire({ editor, document: editor.document, version: editor.document.version, enabled, counts: noHighlights() });
  };

  const draw = (editor: vscode.TextEditor, ranges: HighlightRanges): void => {
    if (!types) {
      typesHaveRuler = configuration.value.overviewRuler;
      types = Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, createDecorationType(kind, typesHaveRuler)])) as Record<HighlightKind, vscode.TextEditorDecorationType>;
    }
    const document = editor.document;
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types[kind], ranges[kind].map((r) => spanRange(document, r)));
  };

  const disposeTypes = (): void => {
    if (!types) return;
    for (const kind of HIGHLIGHT_KINDS) types[kind].dispose();
    types = undefined;
  };

  const disposables: vscode.Disposable[] = [
    emitter,
    // An analysis arrived: draw it at once in every visible editor of its document.
    cache.onDidAnalyze((result) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === result.document) apply(editor, result);
    }),
    // A newly shown editor is drawn at once (its analysis is usually ready from opening).
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) {
        const drawn = applied.get(editor);
        if (!drawn || drawn.version !== editor.document.version) drawNow(editor);
      }
    }),
    configuration.onDidChange(() => {
      if (types && typesHaveRuler !== configuration.value.overviewRuler) disposeTypes();
      vscode.window.visibleTextEditors.forEach(request);
    }),
  ];

  return {
    onDidApplyDecorations: emitter.event,
    drawVisibleEditors: () => vscode.window.visibleTextEditors.forEach(drawNow),
    countsFor: (editor) => applied.get(editor)?.counts ?? noHighlights(),
    lastApplied: (editor) => applied.get(editor),
    dispose: () => {
      disposeTypes();
      disposeAll(disposables);
    },
  };
};

/** `sourcelight.toggleHighlighting`: flips `sourcelight.highlighting.enabled` where it is set
 *  (the workspace, else user settings). */
export const toggleHighlighting = async (): Promise<boolean> => {
  const config = vscode.workspace.getConfiguration('sourcelight');
  const enabled = config.get<boolean>('highlighting.enabled', true);
  const inspected = config.inspect<boolean>('highlighting.enabled');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlighting.enabled', !enabled, target);
  return !enabled;
};
