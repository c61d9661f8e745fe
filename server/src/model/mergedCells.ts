/**
 * A table's merged cells as rectangles, for everything that lays a table out (the preview, the Word
 * export): the header's spans (from `table.headerSpans`, or cell by cell when the model has none) and
 * the body's `^` / `<` continuations resolved into row and column spans.
 */
import type { BodyRow, HeaderSpan, Table } from './types';

/** Number of columns to lay out: the header's, or more when a body row is longer. */
export function tableWidth(table: Table): number {
  return Math.max(table.columns.length, ...table.body.map((row) => row.cells.length), 0);
}

/** The header's cells with their spans, top row first. */
export function headerSpansOf(table: Table): HeaderSpan[] {
  return table.headerSpans.length > 0 ? table.headerSpans : spansFromRows(table);
}

/** Header cells one by one, for a table whose spans the model did not compute. */
function spansFromRows(table: Table): HeaderSpan[] {
  return table.headerRows.flatMap((row, r) =>
    row.cells.map((cell) => ({ text: cell.text, row: r, column: cell.column, rowSpan: 1, columnSpan: 1, range: cell.range })),
  );
}

export interface Slot {
  /** The cell that owns this slot (itself, or the one a `^`/`<` continues). */
  ownerRow: number;
  ownerColumn: number;
}

/** Resolves `^` and `<` into rectangular merges; a merge that would not be a rectangle stays a blank cell. */
export function bodyMergeLayout(body: ReadonlyArray<Pick<BodyRow, 'cells'>>, width: number): BodyMergeLayout {
  const slots: Slot[][] = [];
  for (let r = 0; r < body.length; r++) {
    const row: Slot[] = [];
    for (let c = 0; c < width; c++) {
      const kind = body[r]!.cells[c]?.kind;
      if (kind === 'merge-left' && c > 0) row.push({ ...row[c - 1]! });
      else if (kind === 'merge-up' && r > 0) row.push({ ...slots[r - 1]![c]! });
      else row.push({ ownerRow: r, ownerColumn: c });
    }
    slots.push(row);
  }
  const boxes = new Map<string, { r0: number; c0: number; r1: number; c1: number; count: number }>();
  for (let r = 0; r < slots.length; r++) {
    for (let c = 0; c < width; c++) {
      const slot = slots[r]![c]!;
      const key = `${slot.ownerRow}:${slot.ownerColumn}`;
      const box = boxes.get(key);
      if (!box) boxes.set(key, { r0: r, c0: c, r1: r, c1: c, count: 1 });
      else {
        box.r0 = Math.min(box.r0, r);
        box.c0 = Math.min(box.c0, c);
        box.r1 = Math.max(box.r1, r);
        box.c1 = Math.max(box.c1, c);
        box.count++;
      }
    }
  }
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const [key, box] of boxes) {
    const rows = box.r1 - box.r0 + 1;
    const columns = box.c1 - box.c0 + 1;
    const [ownerRow, ownerColumn] = key.split(':').map(Number) as [number, number];
    const rectangular = rows * columns === box.count && box.r0 === ownerRow && box.c0 === ownerColumn;
    if (rectangular) spans.set(key, { rows, columns });
    else {
      // Not a rectangle: every continuation slot becomes its own (blank) cell again.
      for (let r = box.r0; r <= box.r1; r++) {
        for (let c = box.c0; c <= box.c1; c++) {
          const slot = slots[r]![c]!;
          if (slot.ownerRow === ownerRow && slot.ownerColumn === ownerColumn && (r !== ownerRow || c !== ownerColumn)) {
            slots[r]![c] = { ownerRow: r, ownerColumn: c };
            spans.set(`${r}:${c}`, { rows: 1, columns: 1 });
          }
        }
      }
      spans.set(key, { rows: 1, columns: 1 });
    }
  }
  return { slots, spans };
}

export interface BodyMergeLayout {
  /** Per body row and column: the cell that owns the slot. */
  slots: Slot[][];
  /** Per owner (`row:column`): how many rows and columns it spans. */
  spans: Map<string, { rows: number; columns: number }>;
}
