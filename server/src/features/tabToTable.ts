/**
 * The refactoring “将制表符分隔的行转换为表格”: rows pasted from Excel (cells separated by tabs) become a
 * pipe table, with a delimiter row under the first row when the block has none; figure columns are
 * right-aligned. The edit replaces exactly the pasted lines.
 */
import type { TextEdit } from '../diagnostics/finding';
import type { DisclosureDocument, Range } from '../model/types';
import { looksNumeric } from '../numeric/numberText';
import { displayWidth } from './formatting/displayWidth';
import { isPipeRow, isTabRow, trimAscii } from './formatting/rowCells';

/** Columns of codes and numbers-as-names stay left-aligned although they look numeric. */
const CODE_HEADER = /编码|代码|编号|序号|科目|年度/;

export const TAB_TO_TABLE_TITLE = '将制表符分隔的行转换为表格';

/** The run of consecutive tab-separated lines that `range` touches, or undefined. */
export function tabRowRun(document: DisclosureDocument, range: Range): { first: number; last: number } | undefined {
  const index = document.lineIndex;
  const from = Math.max(0, Math.min(range.start.line, index.lineCount - 1));
  const to = Math.max(from, Math.min(range.end.line, index.lineCount - 1));
  let seed = -1;
  for (let line = from; line <= to && line - from < 10000; line++) {
    if (isTabRow(index.lineText(line))) {
      seed = line;
      break;
    }
  }
  if (seed < 0) return undefined;
  let first = seed;
  while (first > 0 && isTabRow(index.lineText(first - 1))) first--;
  let last = seed;
  while (last + 1 < index.lineCount && isTabRow(index.lineText(last + 1))) last++;
  return { first, last };
}

export function tabRowsToTable(document: DisclosureDocument, range: Range): TextEdit | undefined {
  const run = tabRowRun(document, range);
  if (!run) return undefined;
  const index = document.lineIndex;
  const rows: string[][] = [];
  for (let line = run.first; line <= run.last; line++) rows.push(index.lineText(line).split('\t').map(trimAscii));
  const columns = Math.max(...rows.map((r) => r.length));
  const previous = run.first > 0 ? index.lineText(run.first - 1) : '';
  const next = run.last + 1 < index.lineCount ? index.lineText(run.last + 1) : '';
  // Inside an existing pipe table (header above, or a delimiter after), add no second delimiter.
  const needsDelimiter = !isPipeRow(previous) && !/^[ \t|:-]*-{3,}[ \t|:-]*$/.test(next);
  const numeric: boolean[] = [];
  for (let c = 0; c < columns; c++) {
    const values = rows.slice(needsDelimiter ? 1 : 0).map((r) => r[c] ?? '').filter((t) => t !== '');
    const header = needsDelimiter ? (rows[0]![c] ?? '') : '';
    numeric[c] = values.length > 0 && values.every((t) => looksNumeric(t)) && !CODE_HEADER.test(header);
  }
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) widths[c] = Math.max(3, ...rows.map((r) => displayWidth(r[c] ?? '')));
  const render = (cells: string[], isHeader: boolean): string =>
    `| ${Array.from({ length: columns }, (_, c) => {
      const text = cells[c] ?? '';
      const space = ' '.repeat(Math.max(0, widths[c]! - displayWidth(text)));
      return numeric[c] && !isHeader ? space + text : text + space;
    }).join(' | ')} |`;
  const out: string[] = [];
  rows.forEach((cells, i) => {
    out.push(render(cells, needsDelimiter && i === 0));
    if (needsDelimiter && i === 0) {
      out.push(`| ${widths.map((w, c) => (numeric[c] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`);
    }
  });
  return {
    range: { start: { line: run.first, character: 0 }, end: { line: run.last, character: index.lineText(run.last).length } },
    newText: out.join(index.lineText(run.first).endsWith('\r') ? '\r\n' : lineBreakOf(document.text)),
  };
}

function lineBreakOf(text: string): string {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}
