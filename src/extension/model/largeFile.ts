// The large-file policy: past `sourcelight.largeFile.maxSize` the extension analyses one
// window of the text (around what the journalist is looking at) instead of freezing the
// editor on the whole file. Pure (no vscode).
import type { Analysis } from '../../engine/types';

export interface AnalysisWindow {
  start: number;
  end: number;
}

/** How far back to look for a paragraph break when snapping a window edge. */
const SNAP_DISTANCE = 20_000;

/**
 * A window of at most `maxSize` characters holding `focus`, starting at a paragraph (or at
 * least line) boundary so the engine never sees half a sentence at its start. A quarter of
 * the window lies before the focus, so scrolling down stays inside it for a while.
 */
export const chooseAnalysisWindow = (text: string, maxSize: number, focus: number): AnalysisWindow => {
  const size = Math.max(1, Math.floor(maxSize));
  if (text.length <= size) return { start: 0, end: text.length };
  const clampedFocus = Math.min(Math.max(0, focus), text.length);
  let start = Math.max(0, Math.min(clampedFocus - Math.floor(size / 4), text.length - size));
  start = snapBack(text, start);
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const snapped = snapBack(text, end);
    if (snapped > start) end = snapped;
  }
  return { start, end };
};

/** The nearest paragraph start at or before `offset` (else a line start, else `offset`). */
const snapBack = (text: string, offset: number): number => {
  if (offset <= 0) return 0;
  const floor = Math.max(0, offset - SNAP_DISTANCE);
  const paragraph = text.lastIndexOf('\n\n', offset - 1);
  if (paragraph >= floor) return Math.min(offset, paragraph + 2);
  const line = text.lastIndexOf('\n', offset - 1);
  if (line >= floor) return line + 1;
  return offset;
};

/** Whether the window still covers the range the journalist is looking at. */
export const windowCovers = (window: AnalysisWindow, visible: { start: number; end: number }): boolean => visible.start >= window.start && visible.end <= window.end;

/** The analysis of `text.slice(delta)` re-expressed in offsets of the whole text. */
export const shiftAnalysis = (analysis: Analysis, delta: number, fullLength: number): Analysis => {
  if (delta === 0 && analysis.length === fullLength) return analysis;
  const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + delta, end: span.end + delta });
  return {
    ...analysis,
    length: fullLength,
    paragraphs: analysis.paragraphs.map(shift),
    sentences: analysis.sentences.map(shift),
    quotes: analysis.quotes.map((quote) => ({ ...shift(quote), inner: shift(quote.inner) })),
    attributions: analysis.attributions.map((a) => ({ ...a, source: a.source ? shift(a.source) : null, cue: shift(a.cue), content: a.content.map(shift) })),
    sources: analysis.sources.map((source) => ({ ...source, mentions: source.mentions.map(shift) })),
    claims: analysis.claims.map((claim) => ({ ...claim, span: shift(claim.span) })),
    credits: analysis.credits.map(shift),
    problems: analysis.problems.map(shift),
  };
};

/** "2 MB" / "512 KB", for the status bar. */
export const formatSize = (characters: number): string => {
  if (characters >= 1024 * 1024) return `${(characters / (1024 * 1024)).toFixed(characters >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (characters >= 1024) return `${Math.round(characters / 1024)} KB`;
  return `${characters} characters`;
};
