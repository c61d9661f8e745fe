/**
 * Offsets ↔ LSP positions (0-based line, UTF-16 character) for one text.
 * Line breaks are \n, \r\n or a lone \r, as in LSP.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];

  /** The line `lineAt` answered last: parsers and model builders ask in source order, so it is the usual answer. */
  private recentLine = 0;

  constructor(private readonly text: string) {
    this.starts = text.includes('\r') ? lineStartsAnyBreak(text) : lineStartsNewlineOnly(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The 0-based line that contains `offset`. */
  lineAt(offset: number): number {
    const starts = this.starts;
    // Sequential callers ask for the recent line or the next one: two comparisons instead of a search.
    const recent = this.recentLine;
    let low = 0;
    let high = starts.length - 1;
    if (starts[recent]! <= offset) {
      if (recent + 1 >= starts.length || offset < starts[recent + 1]!) return recent;
      if (recent + 2 >= starts.length || offset < starts[recent + 2]!) return (this.recentLine = recent + 1);
      // Further on (the next block, a block's last line): gallop forward from the recent line, so the search
      // costs the log of the distance rather than of the document's length.
      low = recent + 2;
      let step = 2;
      while (low + step < starts.length && starts[low + step]! <= offset) {
        low += step;
        step *= 2;
      }
      if (low + step < starts.length) high = low + step - 1;
    }
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.recentLine = low);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    return Math.max(start, Math.min(start + position.character, next));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset of the start of `line` (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 0x0a || this.text.charCodeAt(end - 1) === 0x0d)) end--;
    return this.text.slice(start, end);
  }
}

/** Line starts of a text without \r: `indexOf` finds each \n far faster than a loop over every character. */
function lineStartsNewlineOnly(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Line starts when \r\n or a lone \r may also break lines. */
function lineStartsAnyBreak(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (code === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}
