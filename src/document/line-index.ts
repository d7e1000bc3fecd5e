import type { SourcePosition, SourceRange } from '../diagnostics/diagnostic.js';

/**
 * Turns offsets in a normalised text (LF line ends) into 1-based lines and columns. Columns count
 * UTF-16 code units, as editors and the Language Server Protocol do. This is the one place where
 * parser offsets become line and column.
 *
 * @example
 * ```ts
 * new LineIndex('a: 1\nb: 2\n').positionAt(5); // { line: 2, column: 1 }
 * ```
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly #starts: number[];
  readonly #length: number;

  /**
   * @param text - the normalised text (line ends are `\n` only)
   */
  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#starts = starts;
    this.#length = text.length;
  }

  /** The length of the text, in UTF-16 code units. */
  get textLength(): number {
    return this.#length;
  }

  /** The number of lines (a final line end opens an empty last line). */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** The 1-based line and column of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): SourcePosition {
    const at = Math.min(Math.max(0, offset), this.#length);
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  }

  /** The range from `start` to `end` (exclusive) offsets. */
  rangeOf(start: number, end: number): SourceRange {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The offset where a 1-based line starts, or undefined past the last line. */
  lineStart(line: number): number | undefined {
    return this.#starts[line - 1];
  }
}
