/**
 * A table as published: caption, the attribute line (unit name, amount unit), the multi-level header
 * with its merged cells (rowspan/colspan from `table.headerSpans`), the body with amounts right-aligned
 * and grouped, merged body cells (`^`, `<`), and the notes. Cells that carry a finding are marked.
 */
import type { Finding } from '../diagnostics/finding';
import type { BodyRow, Cell, HeaderSpan, Table } from '../model/types';
import { escapeHtml } from './escape';
import { FindingIndex, findingTitle, worstSeverity } from './findingIndex';
import { formatAmount } from './numberFormat';

export interface RenderContext {
  findings: FindingIndex;
  /** Findings already shown on some element (the rest are listed at the top of the preview). */
  shown: Set<Finding>;
}

/** ` class="… finding finding-error" title="…"` for the findings, or '' when there are none. */
export function markAttributes(findings: readonly Finding[], classes: string[], context: RenderContext): string {
  const all = [...classes];
  let title = '';
  if (findings.length > 0) {
    all.push('finding', `finding-${worstSeverity(findings)}`);
    title = ` title="${escapeHtml(findingTitle(findings))}"`;
    for (const f of findings) context.shown.add(f);
  }
  return (all.length > 0 ? ` class="${all.join(' ')}"` : '') + title;
}

function positionAttributes(line: number, character?: number): string {
  return ` data-line="${line}"` + (character !== undefined ? ` data-character="${character}"` : '');
}

function renderHeader(table: Table, context: RenderContext): string {
  if (table.headerRows.length === 0) return '';
  const rows: string[] = [];
  const spans = table.headerSpans.length > 0 ? table.headerSpans : spansFromRows(table);
  for (let r = 0; r < table.headerRows.length; r++) {
    const headerRow = table.headerRows[r]!;
    const cells = spans
      .filter((s) => s.row === r)
      .sort((a, b) => a.column - b.column)
      .map((span) => {
        const found = context.findings.overlapping(span.range);
        const rowSpan = span.rowSpan > 1 ? ` rowspan="${span.rowSpan}"` : '';
        const colSpan = span.columnSpan > 1 ? ` colspan="${span.columnSpan}"` : '';
        return (
          `<th${rowSpan}${colSpan}${positionAttributes(span.range.start.line, span.range.start.character)}` +
          `${markAttributes(found, [], context)}>${escapeHtml(span.text)}</th>`
        );
      });
    rows.push(`<tr${positionAttributes(headerRow.range.start.line)}>${cells.join('')}</tr>`);
  }
  return `<thead>${rows.join('')}</thead>`;
}

/** Header cells one by one, for a table whose spans the model did not compute. */
function spansFromRows(table: Table): HeaderSpan[] {
  return table.headerRows.flatMap((row, r) =>
    row.cells.map((cell) => ({ text: cell.text, row: r, column: cell.column, rowSpan: 1, columnSpan: 1, range: cell.range })),
  );
}

interface Slot {
  /** The cell that owns this slot (itself, or the one a `^`/`<` continues). */
  ownerRow: number;
  ownerColumn: number;
}

/** Resolves `^` and `<` into rectangular merges; a merge that would not be a rectangle stays a blank cell. */
function bodyLayout(body: Array<Pick<BodyRow, 'cells'>>, width: number): { slots: Slot[][]; spans: Map<string, { rows: number; columns: number }> } {
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

function cellContent(table: Table, cell: Cell | undefined): { html: string; numeric: boolean } {
  if (!cell) return { html: '', numeric: false };
  switch (cell.kind) {
    case 'blank':
    case 'merge-up':
    case 'merge-left':
      return { html: '', numeric: false };
    case 'amount':
      // Performance forms hold phone numbers and counts: print them as written.
      if (table.kind === 'performance' || !cell.amount) return { html: escapeHtml(cell.text), numeric: true };
      return { html: escapeHtml(formatAmount(cell.amount)), numeric: true };
    case 'percent':
      return { html: escapeHtml(cell.text), numeric: true };
    default:
      return { html: escapeHtml(cell.text), numeric: false };
  }
}

function renderBody(table: Table, context: RenderContext): string {
  // A two-panel table is shown as printed: its panels side by side.
  const body: Array<Pick<BodyRow, 'cells' | 'range' | 'indent'>> = table.panels ? table.panels.printedRows.map((row) => ({ ...row, indent: 0 })) : table.body;
  const width = Math.max(table.panels?.printedColumns.length ?? table.columns.length, ...body.map((row) => row.cells.length), 0);
  const { slots, spans } = bodyLayout(body, width);
  const rows: string[] = [];
  for (let r = 0; r < body.length; r++) {
    const row = body[r]!;
    const cells: string[] = [];
    const firstText = row.cells.findIndex((cell) => cell.kind === 'text');
    for (let c = 0; c < width; c++) {
      const slot = slots[r]![c]!;
      if (slot.ownerRow !== r || slot.ownerColumn !== c) continue;
      const span = spans.get(`${r}:${c}`) ?? { rows: 1, columns: 1 };
      const cell = row.cells[c];
      const { html, numeric } = cellContent(table, cell);
      const classes: string[] = [];
      if (numeric) classes.push('num');
      if (cell?.kind === 'code') classes.push('code');
      if (c === firstText && row.indent > 0) classes.push(`indent-${Math.min(row.indent, 4)}`);
      const found = cell ? context.findings.overlapping(cell.range) : [];
      const position = cell ? positionAttributes(cell.range.start.line, cell.range.start.character) : positionAttributes(row.range.start.line);
      const rowSpan = span.rows > 1 ? ` rowspan="${span.rows}"` : '';
      const colSpan = span.columns > 1 ? ` colspan="${span.columns}"` : '';
      cells.push(`<td${rowSpan}${colSpan}${position}${markAttributes(found, classes, context)}>${html}</td>`);
    }
    // A finding on the row that no cell shows (e.g. “too many cells”) marks the whole row.
    const rowOnly = context.findings.overlapping(row.range).filter((f) => !context.shown.has(f));
    rows.push(`<tr${positionAttributes(row.range.start.line)}${markAttributes(rowOnly, [], context)}>${cells.join('')}</tr>`);
  }
  return rows.length > 0 ? `<tbody>${rows.join('')}</tbody>` : '';
}

function renderCaption(table: Table, context: RenderContext): string {
  if (!table.caption) return '';
  const caption = table.caption;
  const found = context.findings.overlapping(caption.range);
  const number = caption.number ? `<span class="table-number">${escapeHtml(caption.number)}</span> ` : '';
  return (
    `<figcaption${positionAttributes(caption.range.start.line)}${markAttributes(found, [], context)}>` +
    `${number}${escapeHtml(caption.name)}</figcaption>`
  );
}

function renderAttributes(table: Table, context: RenderContext): string {
  if (table.attributes.length === 0) return '';
  const items = table.attributes.map((attribute) => {
    const found = context.findings.overlapping(attribute.range);
    const isUnit = /^(?:金额)?单位$/.test(attribute.key);
    return (
      `<span${positionAttributes(attribute.range.start.line)}${markAttributes(found, [isUnit ? 'attr-unit' : 'attr'], context)}>` +
      `${escapeHtml(attribute.key)}：${escapeHtml(attribute.value)}</span>`
    );
  });
  return `<div class="table-attributes">${items.join('')}</div>`;
}

function renderNotes(table: Table, context: RenderContext): string {
  return table.notes
    .map((note) => {
      const found = context.findings.overlapping(note.range);
      const empty = /本表无数据/.test(note.text) ? ['empty-note'] : [];
      return `<p${positionAttributes(note.range.start.line)}${markAttributes(found, ['table-note', ...empty], context)}>${escapeHtml(note.text)}</p>`;
    })
    .join('');
}

/** The whole table block as a `<figure>`. */
export function renderTable(table: Table, context: RenderContext): string {
  const firstLine = table.caption?.range.start.line ?? table.range.start.line;
  return (
    `<figure class="table-block" data-line="${firstLine}" data-table="${table.index}">` +
    renderCaption(table, context) +
    renderAttributes(table, context) +
    `<div class="table-scroll"><table>${renderHeader(table, context)}${renderBody(table, context)}</table></div>` +
    renderNotes(table, context) +
    `</figure>`
  );
}
