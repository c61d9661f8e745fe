/**
 * Test helper: a `.disclosure` document (the project's own seeds) rendered as a Word file with the `docx`
 * package — headings (as Word heading styles, or as plain bold lines), paragraphs, tables with bordered,
 * merged header cells and the `单位：万元` line — so the importers can be tested on documents whose every
 * figure is known. Also used once to make the small PDF fixture (test/fixtures/import/README.md).
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { parseDocument } from '../../server/src/model/buildModel';
import type { Block, Table as ModelTable } from '../../server/src/model/types';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, options: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]; right?: boolean } = {}): TableCell {
  return new TableCell({
    borders: BORDERS,
    ...(options.columnSpan && options.columnSpan > 1 ? { columnSpan: options.columnSpan } : {}),
    ...(options.verticalMerge ? { verticalMerge: options.verticalMerge } : {}),
    children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.CENTER, children: [new TextRun({ text, size: 18 })] })],
  });
}

function tableOf(table: ModelTable): (Paragraph | Table)[] {
  const rows: TableRow[] = [];
  const width = table.columns.length;
  table.headerRows.forEach((_, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < width; ) {
      const span = table.headerSpans.find((s) => s.column === c && s.row <= r && r < s.row + s.rowSpan);
      if (!span) {
        cells.push(cell(''));
        c++;
        continue;
      }
      const merge = span.rowSpan > 1 ? (span.row === r ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      cells.push(cell(span.row === r ? span.text : '', { columnSpan: span.columnSpan, ...(merge ? { verticalMerge: merge } : {}) }));
      c += span.columnSpan;
    }
    rows.push(new TableRow({ tableHeader: true, children: cells }));
  });
  for (const row of table.body) {
    rows.push(new TableRow({ children: Array.from({ length: width }, (_, c) => cell(row.cells[c]?.text ?? '', { right: table.columns[c]?.role === 'value' })) }));
  }
  const blocks: (Paragraph | Table)[] = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: table.caption?.text ?? '', bold: true, size: 28 })] })];
  for (const attribute of table.attributes.length > 0 ? [table.attributes.map((a) => `${a.key}：${a.value}`).join('  ')] : []) {
    blocks.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: attribute, size: 18 })] }));
  }
  blocks.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  for (const note of table.notes) blocks.push(new Paragraph({ children: [new TextRun({ text: note.text, size: 18 })] }));
  blocks.push(new Paragraph({ children: [] }));
  return blocks;
}

export interface DocxOptions {
  /** Headings as Word heading styles (true) or as plain bold, larger lines (false, as many PDFs are made). */
  headingStyles: boolean;
  /** Only the blocks this predicate keeps. */
  keep?: (block: Block, index: number, all: Block[]) => boolean;
}

export async function disclosureToDocx(text: string, options: DocxOptions): Promise<Uint8Array> {
  const model = parseDocument(text);
  const children: (Paragraph | Table)[] = [];
  model.blocks.forEach((block, index) => {
    if (options.keep && !options.keep(block, index, model.blocks)) return;
    if (block.type === 'heading') {
      children.push(
        options.headingStyles
          ? new Paragraph({ heading: HEADINGS[block.level - 1]!, children: [new TextRun(block.text)] })
          : new Paragraph({ spacing: { before: 200, after: 100 }, children: [new TextRun({ text: block.text, bold: true, size: block.level === 1 ? 32 : 24 })] }),
      );
    } else if (block.type === 'paragraph') {
      children.push(new Paragraph({ indent: { firstLine: 480 }, spacing: { after: 120 }, children: [new TextRun({ text: block.text, size: 24 })] }));
    } else if (block.type === 'table' && block.columns.length > 0) {
      // (A caption left without rows — seed 001's 附表 4-2 — has nothing to render.)
      children.push(...tableOf(block));
    }
  });
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
