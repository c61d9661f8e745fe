/**
 * Word (.docx) → blocks, through mammoth's HTML (which keeps tables with their merged cells): headings
 * by style (Heading 1…6) or by numbering (第一部分 / 一、 / （一） on a short line), paragraphs, tables —
 * the paragraph above a table is its title when it reads as one, `单位：万元` lines its attributes, `注：`
 * paragraphs below it its notes.
 */
import { tableRows, type GridCell } from './cellGrid';
import { headerRowCountOf } from './headerRows';
import { numberedHeadingLevel } from './headingText';
import { readHtmlBlocks, type HtmlCell } from './html';
import type { ImportedBlock, ImportedTable } from './model';
import { isAttributeText, isCaptionText, isNoteText, isTableNumberText, separateAttributes } from './tableText';
import { joinLetterSpaced } from './text';

export interface DocxImport {
  blocks: ImportedBlock[];
  /** The document's raw text, for the figure audit. */
  text: string;
}

/** HTML rows with colspan/rowspan → a full grid, merged areas repeated with their origin. */
function gridOf(rows: HtmlCell[][]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          grid[r + dr] ??= [];
          grid[r + dr]![c + dc] = { text: joinLetterSpaced(cell.text), row: r, column: c, rowSpan: cell.rowspan, columnSpan: cell.colspan };
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row, r) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', row: r, column: c, rowSpan: 1, columnSpan: 1 }));
}

function tableOf(rows: HtmlCell[][]): ImportedTable {
  const cells = gridOf(rows);
  const texts = cells.map((row, r) => row.map((cell, c) => (cell.row === r && cell.column === c ? cell.text : '')));
  const comments: string[] = [];
  // Word's repeated header rows (mammoth writes their cells as <th>) are the header; else the rows above
  // the first row of data.
  let headerCount = rows.findIndex((row) => row.length === 0 || !row.every((cell) => cell.header));
  if (headerCount < 0) headerCount = rows.length;
  if (headerCount === 0) headerCount = headerRowCountOf(texts);
  if (headerCount === 0) {
    headerCount = Math.min(1, cells.length);
    comments.push('导入：这张表没有可据以判断表头的数据行，第一行暂作表头，请核对');
  }
  const { header, body } = tableRows({ cells, headerCount });
  return { type: 'table', caption: '', attributes: [], header, body, notes: [], comments };
}

export async function importDocx(bytes: Uint8Array): Promise<DocxImport> {
  const mammoth = await import('mammoth');
  const buffer = Buffer.from(bytes);
  const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
  const blocks: ImportedBlock[] = [];
  for (const block of readHtmlBlocks(html)) {
    if (block.kind === 'heading') {
      blocks.push({ type: 'heading', level: block.level, text: block.text });
    } else if (block.kind === 'paragraph') {
      const level = numberedHeadingLevel(block.text);
      const last = blocks[blocks.length - 1];
      if (last?.type === 'table' && isNoteText(block.text)) {
        last.notes.push(block.text);
      } else if (level !== undefined) {
        blocks.push({ type: 'heading', level, text: block.text });
      } else {
        blocks.push({ type: 'paragraph', text: block.text });
      }
    } else {
      const table = tableOf(block.rows);
      // The paragraphs just above: attribute lines, then the title (and a number line above it).
      while (blocks[blocks.length - 1]?.type === 'paragraph' && isAttributeText((blocks[blocks.length - 1] as { text: string }).text)) {
        table.attributes.unshift(separateAttributes((blocks.pop() as { text: string }).text));
      }
      const above = blocks[blocks.length - 1];
      if (above && (above.type === 'paragraph' || above.type === 'heading') && isCaptionText(above.text) && /表/.test(above.text)) {
        blocks.pop();
        table.caption = above.text;
        const number = blocks[blocks.length - 1];
        if (number?.type === 'paragraph' && isTableNumberText(number.text)) {
          blocks.pop();
          table.caption = `${number.text.trim()} ${table.caption}`;
        }
      } else {
        table.comments.push('导入：这张表上方没有找到表题，请补上');
      }
      blocks.push(table);
    }
  }
  return { blocks, text };
}
