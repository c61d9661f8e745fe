/**
 * One table block as Word paragraphs and a Word table: the caption, the attribute line (部门/单位 on the
 * left, 单位：万元 on the right), the multi-level header with its merged cells, repeated on every page,
 * the body with figures exactly as written and right-aligned, merged body cells (`^`, `<`), and the notes.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { bodyMergeLayout, headerSpansOf, tableWidth } from '../../model/mergedCells';
import type { Cell, Table as DisclosureTable } from '../../model/types';
import { CELL_PADDING, columnWidths } from './columnWidths';
import { MAX_PORTRAIT_COLUMNS, textWidth, type Orientation } from './pageLayout';
import { STYLE_IDS, tableFontSize } from './typography';

type Block = Paragraph | Table;

export function tableOrientation(table: DisclosureTable): Orientation {
  return tableWidth(table) > MAX_PORTRAIT_COLUMNS ? 'landscape' : 'portrait';
}

const UNIT_KEY = /^(?:金额)?单位$/;

function captionParagraph(table: DisclosureTable): Paragraph[] {
  if (!table.caption) return [];
  return [new Paragraph({ style: STYLE_IDS.caption, children: [new TextRun(table.caption.text)] })];
}

/** The attribute line; the unit is printed even when only the document's header names it. */
function attributeParagraph(table: DisclosureTable, width: number): Paragraph[] {
  const left = table.attributes.filter((a) => !UNIT_KEY.test(a.key)).map((a) => `${a.key}：${a.value}`);
  const unitAttribute = table.attributes.find((a) => UNIT_KEY.test(a.key));
  // Performance forms hold counts and phone numbers, not amounts in the document's unit.
  const hasFigures = table.kind !== 'performance' && table.body.some((row) => row.cells.some((cell) => cell.kind === 'amount'));
  const right = unitAttribute ? `${unitAttribute.key}：${unitAttribute.value}` : hasFigures ? `单位：${table.unit}` : '';
  if (left.length === 0 && !right) return [];
  return [
    new Paragraph({
      style: STYLE_IDS.tableAttributes,
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      children: right ? [new TextRun(left.join('　')), new TextRun({ children: ['\t', right] })] : [new TextRun(left.join('　'))],
    }),
  ];
}

function noteParagraphs(table: DisclosureTable): Paragraph[] {
  return table.notes.map((note) => new Paragraph({ style: STYLE_IDS.tableNote, children: [new TextRun(note.text)] }));
}

interface CellLayout {
  size: number;
  charWidth: number;
}

function cellParagraph(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], layout: CellLayout, options: { bold?: boolean; indent?: number } = {}): Paragraph {
  return new Paragraph({
    style: STYLE_IDS.tableText,
    alignment,
    ...(options.indent ? { indent: { left: options.indent, firstLine: 0 } } : {}),
    children: [new TextRun({ text, size: layout.size, ...(options.bold ? { bold: true } : {}) })],
  });
}

function tableCell(paragraph: Paragraph, rows: number, columns: number): TableCell {
  return new TableCell({
    children: [paragraph],
    verticalAlign: VerticalAlignTable.CENTER,
    ...(rows > 1 ? { rowSpan: rows } : {}),
    ...(columns > 1 ? { columnSpan: columns } : {}),
  });
}

function headerRows(table: DisclosureTable, layout: CellLayout): TableRow[] {
  const spans = headerSpansOf(table);
  return table.headerRows.map(
    (_, r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: spans
          .filter((span) => span.row === r)
          .sort((a, b) => a.column - b.column)
          .map((span) => tableCell(cellParagraph(span.text, AlignmentType.CENTER, layout, { bold: true }), span.rowSpan, span.columnSpan)),
      }),
  );
}

/** What a body cell shows: figures and text exactly as written, nothing for blanks and merge marks. */
function bodyCellText(cell: Cell | undefined): string {
  if (!cell || cell.kind === 'blank' || cell.kind === 'merge-up' || cell.kind === 'merge-left') return '';
  return cell.text;
}

function bodyRows(table: DisclosureTable, width: number, layout: CellLayout): TableRow[] {
  const { slots, spans } = bodyMergeLayout(table.body, width);
  return table.body.map((row, r) => {
    const firstText = row.cells.findIndex((cell) => cell.kind === 'text');
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const slot = slots[r]![c]!;
      if (slot.ownerRow !== r || slot.ownerColumn !== c) continue;
      const span = spans.get(`${r}:${c}`) ?? { rows: 1, columns: 1 };
      const cell = row.cells[c];
      const numeric = cell?.kind === 'amount' || cell?.kind === 'percent';
      const indent = c === firstText && row.indent > 0 ? row.indent * 2 * layout.charWidth : 0;
      const paragraph = cellParagraph(bodyCellText(cell), numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, layout, { indent });
      cells.push(tableCell(paragraph, span.rows, span.columns));
    }
    return new TableRow({ cantSplit: true, children: cells });
  });
}

/** The table block's paragraphs and table, laid out for a page of the given orientation. */
export function tableBlock(table: DisclosureTable, orientation: Orientation): Block[] {
  const width = tableWidth(table);
  const available = textWidth(orientation);
  const size = tableFontSize(width);
  // A half-width character is half an em (size / 2 pt = size × 10 twips per em); 10 % more for the
  // fonts that replace Times New Roman and 宋体 where they are missing.
  const layout: CellLayout = { size, charWidth: Math.ceil(size * 5.5) };
  const blocks: Block[] = [...captionParagraph(table), ...attributeParagraph(table, available)];
  const rows = width > 0 ? [...headerRows(table, layout), ...bodyRows(table, width, layout)] : [];
  if (rows.length > 0) {
    const widths = columnWidths(table, width, available, layout.charWidth);
    blocks.push(
      new Table({
        rows,
        width: { size: available, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { left: CELL_PADDING, right: CELL_PADDING, top: 20, bottom: 20 },
      }),
    );
  }
  const notes = noteParagraphs(table);
  // A paragraph after the table keeps Word from joining it with a table that follows.
  blocks.push(...(notes.length > 0 ? notes : [new Paragraph({ style: STYLE_IDS.tableNote, children: [] })]));
  return blocks;
}
