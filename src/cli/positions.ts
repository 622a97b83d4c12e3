import { LineIndex } from '../engine/lineIndex';

// Offsets in the engine's results are UTF-16 offsets; people and CI tools read lines and columns.

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and UTF-16 column for offsets, from one scan of the text. */
export const positionIndex = (text: string): (offset: number) => Position => {
  const index = new LineIndex(text);
  return (offset) => {
    const at = index.at(offset);
    return { line: at.line + 1, column: at.character + 1 };
  };
};
