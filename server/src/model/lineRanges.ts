/**
 * Ranges of spans on one known source line, such as the cells of a table row: each position is
 * `offset − line start` on that line, so no line lookup (a binary search over all lines) per cell.
 * Gives exactly what `LineIndex.rangeOf` gives: an offset off the line (or a wrong line number) falls back to it.
 */
import type { LineIndex, Position, Range } from '../syntax/lineIndex';

export class LineRanges {
  private readonly line: number;
  private readonly lineStart: number;
  /** The next line's start, or just past the text's end for the last line. */
  private readonly nextStart: number;

  /** `line`: the syntax node's 0-based line number. */
  constructor(
    private readonly lineIndex: LineIndex,
    textLength: number,
    line: number,
  ) {
    this.line = Math.max(0, Math.min(line, lineIndex.lineCount - 1));
    this.lineStart = lineIndex.lineStart(this.line);
    this.nextStart = this.line + 1 < lineIndex.lineCount ? lineIndex.lineStart(this.line + 1) : textLength + 1;
  }

  position(offset: number): Position {
    if (offset >= this.lineStart && offset < this.nextStart) return { line: this.line, character: offset - this.lineStart };
    return this.lineIndex.positionAt(offset);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
