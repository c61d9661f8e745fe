/**
 * Splitting one table row line into its cells as written: pipe rows (`| a | b |`, `\|` is an escaped
 * pipe) and tab-separated rows pasted from Excel. Cell text keeps ideographic spaces (they indent unit
 * rows) and loses only ASCII spaces and tabs around it.
 */
export type RowStyle = 'pipe' | 'tab';

export interface SplitRow {
  style: RowStyle;
  cells: string[];
}

/** Trims ASCII spaces and tabs only (U+3000 indentation is content). */
export function trimAscii(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

export function isPipeRow(line: string): boolean {
  return /^[ \u3000]*\|/.test(line);
}

export function isTabRow(line: string): boolean {
  return !isPipeRow(line) && line.includes('\t') && line.trim().length > 0;
}

export function splitRow(line: string): SplitRow | undefined {
  if (isPipeRow(line)) {
    const start = line.indexOf('|') + 1;
    const cells: string[] = [];
    let current = '';
    let sawPipe = false;
    for (let i = start; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '\\' && i + 1 < line.length) {
        current += ch + line[i + 1]!;
        i++;
        continue;
      }
      if (ch === '|') {
        cells.push(trimAscii(current));
        current = '';
        sawPipe = true;
        continue;
      }
      current += ch;
    }
    if (!sawPipe || trimAscii(current).length > 0) cells.push(trimAscii(current));
    return { style: 'pipe', cells };
  }
  if (isTabRow(line)) return { style: 'tab', cells: line.split('\t').map(trimAscii) };
  return undefined;
}

/** Alignment written in a delimiter cell (`:---`, `---:`, `:---:`). */
export type DelimiterAlign = 'left' | 'right' | 'center' | 'none';

export function delimiterAlign(cell: string): DelimiterAlign {
  const text = cell.trim();
  const left = text.startsWith(':');
  const right = text.endsWith(':') && text.length > 1;
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return 'none';
}

export function isDelimiterCells(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c.trim()) || c.trim() === '') && cells.some((c) => c.includes('-'));
}
