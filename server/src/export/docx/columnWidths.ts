/**
 * Column widths of an exported table (twips), filling the text width: figure and code columns get room
 * for their longest entry on one line, name and text columns share the rest in proportion to what they
 * hold (and wrap), and no column is narrower than two characters.
 */
import { displayWidth } from '../../features/formatting/displayWidth';
import type { Table } from '../../model/types';

/** Cell padding left + right (twips), as set on every cell. */
export const CELL_PADDING = 60;

/** Longest text a name or text column asks room for, in half-width characters (longer text wraps). */
const MAX_TEXT_WIDTH = 40;
const MIN_WIDTH = 4;
/** Room for the borders and for a font a little wider than estimated (twips). */
const SLACK = 40;

function isFixedColumn(table: Table, column: number): boolean {
  const role = table.columns[column]?.role;
  if (role === 'code') return true;
  let figures = 0;
  let texts = 0;
  for (const row of table.body) {
    const kind = row.cells[column]?.kind;
    if (kind === 'amount' || kind === 'percent') figures++;
    else if (kind === 'text') texts++;
  }
  return figures > 0 && figures >= texts;
}

/** Header labels up to this many half-width characters (4 汉字) stay on one line. */
const SHORT_LABEL = 8;

/** Half-width characters each column wants: its longest body entry, or its header label (on two lines when long). */
function wantedWidths(table: Table, columns: number): number[] {
  const wanted = new Array<number>(columns).fill(MIN_WIDTH);
  for (const row of table.body) {
    for (let c = 0; c < columns; c++) {
      const cell = row.cells[c];
      if (!cell || cell.kind === 'merge-up' || cell.kind === 'merge-left') continue;
      const indent = c === row.cells.findIndex((x) => x.kind === 'text') ? row.indent * 2 : 0;
      wanted[c] = Math.max(wanted[c]!, Math.min(displayWidth(cell.text) + indent, MAX_TEXT_WIDTH));
    }
  }
  for (const column of table.columns) {
    if (column.index >= columns) continue;
    // A short label on one line (人员经费), a longer one on two; never one character left over.
    const label = displayWidth(column.label);
    wanted[column.index] = Math.max(wanted[column.index]!, label <= SHORT_LABEL ? label : Math.ceil(label / 4) * 2);
  }
  return wanted;
}

/**
 * Widths in twips summing to `available`. `charWidth` is the width of one half-width character at the
 * table's font size (twips).
 */
export function columnWidths(table: Table, columns: number, available: number, charWidth: number): number[] {
  if (columns === 0) return [];
  const wanted = wantedWidths(table, columns).map((w) => w * charWidth + CELL_PADDING * 2 + SLACK);
  const fixed = wanted.map((_, c) => isFixedColumn(table, c));
  const total = wanted.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (total <= available) {
    // Room to spare: every column grows in proportion.
    widths = wanted.map((w) => (w * available) / total);
  } else {
    const fixedTotal = wanted.reduce((sum, w, c) => sum + (fixed[c] ? w : 0), 0);
    const flexibleTotal = total - fixedTotal;
    const minimum = 2 * 2 * charWidth + CELL_PADDING * 2;
    const flexibleCount = fixed.filter((f) => !f).length;
    if (flexibleTotal > 0 && available - fixedTotal >= minimum * flexibleCount) {
      // Figures keep their width; the text columns share what is left and wrap.
      const left = available - fixedTotal;
      widths = wanted.map((w, c) => (fixed[c] ? w : Math.max(minimum, (w * left) / flexibleTotal)));
      const sum = widths.reduce((a, b) => a + b, 0);
      widths = widths.map((w) => (w * available) / sum);
    } else {
      widths = wanted.map((w) => (w * available) / total);
    }
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += available - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
