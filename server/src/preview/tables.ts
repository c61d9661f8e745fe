/**
 * A table as published: caption, the attribute line (unit name, amount unit), the multi-level header
 * with its merged cells (rowspan/colspan from `table.headerSpans`), the body with amounts right-aligned
 * and grouped, merged body cells (`^`, `<`), and the notes. Cells that carry a finding are marked.
 */
import type { Finding } from '../diagnostics/finding';
import { bodyMergeLayout, headerSpansOf, tableWidth } from '../model/mergedCells';
import type { BodyRow, Cell, Table } from '../model/types';
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
  const spans = headerSpansOf(table);
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
  const width = table.panels ? Math.max(table.panels.printedColumns.length, ...body.map((row) => row.cells.length), 0) : tableWidth(table);
  const { slots, spans } = bodyMergeLayout(body, width);
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
