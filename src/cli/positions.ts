// Offsets in the engine's results are UTF-16 offsets; people and CI tools read lines and columns.

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and UTF-16 column for offsets, from one scan of the text. */
export function positionIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
