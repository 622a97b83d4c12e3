// Small helpers over engine spans, shared by the extension's pure models.
import type { Analysis, Attribution, Span } from '../../engine/types';

/** True when `offset` falls inside `[start, end)`, or at `end` for a caret just after a word. */
export const touches = (span: { start: number; end: number }, offset: number): boolean => offset >= span.start && offset <= span.end;

/** One line, at most `max` characters, for labels: "We will cooperate closely with …". */
export const shortLabel = (text: string, max = 60): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut) + '…';
};

/** `text`, cut to `max` characters with an ellipsis when it is longer. */
export const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The attribution whose cue or content holds `offset`, preferring the innermost (a nested
 *  attribution inside another's content wins over its parent). */
export const attributionAt = (analysis: Analysis, offset: number): Attribution | undefined => {
  let best: Attribution | undefined;
  let bestSize = Infinity;
  for (const attribution of analysis.attributions) {
    const pieces: Span[] = [attribution.cue, ...attribution.content];
    if (attribution.source) pieces.push(attribution.source);
    for (const piece of pieces) {
      if (!touches(piece, offset)) continue;
      const size = piece.end - piece.start;
      if (size < bestSize) {
        best = attribution;
        bestSize = size;
      }
    }
  }
  return best;
};
