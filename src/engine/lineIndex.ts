// Offsets to line and column in a text: for files that are not open documents in the editor
// (a YAML file read from disk, an evidence transcript) and for the command line's output.
// Lines end at "\n" (a "\r" stays in the column count, as VS Code counts it too for "\r\n" files).
export interface LineColumn {
  line: number;
  character: number;
}

export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(private readonly text: string) {
    // the line breaks are found natively rather than by reading every character
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  /** 0-based line and UTF-16 column of `offset`, clamped to the text. */
  at(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(this.text.length, Number.isFinite(offset) ? offset : 0));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.#starts[lo] };
  }
}
