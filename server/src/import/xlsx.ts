/**
 * Excel (.xlsx) → blocks, with exceljs. Each worksheet is one part of the document, in sheet order: the
 * 目录 sheet becomes the `toc`, a cover (封面) and prose sheets (a title and text cells) become a heading
 * and paragraphs, every other sheet is a table: its title row the caption, its `编制部门：… 单位：元`
 * row the attributes, merged header cells as the format writes them, figures as Excel displays them (the
 * cell's number format: decimals and thousands separators). So the 上海普陀 workbook templates (a sheet
 * per section) import as one whole document.
 */
import Decimal from 'decimal.js';
import type ExcelJS from 'exceljs';
import { tableRows, type GridCell } from './cellGrid';
import { headerRowCountOf } from './headerRows';
import type { ImportedBlock, ImportedTable } from './model';
import { joinLetterSpaced } from './text';
import { isAttributeText, isNoteText, separateAttributes } from './tableText';
import { entryText } from './pdf/toc';

export interface XlsxImport {
  blocks: ImportedBlock[];
  /** The displayed text of each sheet, for the figure audit. */
  sheetTexts: string[];
}


/** Decimals and grouping of an Excel number format (`#,##0.00_ `, `0.00`, `#,##0`). */
function formatOf(numFmt: string | undefined): { decimals?: number; grouped: boolean; percent: boolean } {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return { grouped: false, percent: false };
  const section = numFmt.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const fraction = /\.([0#?]+)/.exec(section);
  return { decimals: fraction ? fraction[1]!.length : 0, grouped: section.includes(','), percent: section.includes('%') };
}

function formatNumber(value: number, numFmt: string | undefined): string {
  const { decimals, grouped, percent } = formatOf(numFmt);
  let d = new Decimal(String(value));
  if (percent) d = d.times(100);
  let text = decimals === undefined ? d.toSignificantDigits(15).toString() : d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  if (grouped) {
    const [integer, fraction] = text.split('.');
    text = `${integer!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction !== undefined ? `.${fraction}` : ''}`;
  }
  return percent ? `${text}%` : text;
}

/** The text a cell shows. */
export function displayedText(cell: ExcelJS.Cell): string {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, cell.numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) {
      const result = v.result;
      if (typeof result === 'number') return formatNumber(result, cell.numFmt);
      return result === undefined || result === null ? '' : String(result);
    }
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

interface Sheet {
  name: string;
  /** Displayed texts, rows × columns (only the used range), merged areas resolved to their master. */
  cells: GridCell[][];
}

function decodeAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function readSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rows: string[][] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      texts[columnNumber - 1] = displayedText(cell).replace(/\r\n?/g, '\n');
    });
    rows[rowNumber - 1] = texts;
    width = Math.max(width, texts.length);
  });
  const height = rows.length;
  const cells: GridCell[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => ({ text: (rows[r]?.[c] ?? '').trim(), row: r, column: c, rowSpan: 1, columnSpan: 1 })),
  );
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? []) as string[];
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = decodeAddress(from);
    const b = decodeAddress(to);
    if (a.row >= height || a.column >= width) continue;
    const master = cells[a.row]![a.column]!;
    for (let r = a.row; r <= Math.min(b.row, height - 1); r++) {
      for (let c = a.column; c <= Math.min(b.column, width - 1); c++) {
        cells[r]![c] = { text: master.text, row: a.row, column: a.column, rowSpan: b.row - a.row + 1, columnSpan: b.column - a.column + 1 };
      }
    }
  }
  return { name: worksheet.name.trim(), cells };
}

/** Distinct texts of a row, merged areas once. */
function rowTexts(row: GridCell[], r: number): string[] {
  return row.filter((cell, c) => cell.row === r && cell.column === c && cell.text !== '').map((cell) => cell.text);
}

function isTocSheet(sheet: Sheet): boolean {
  return /目\s*录/.test(sheet.name) || /^目\s*录$/.test(rowTexts(sheet.cells[0] ?? [], 0)[0] ?? '');
}

/** A sheet is prose when no row has more than one distinct text (a title and text cells). */
function isProseSheet(sheet: Sheet): boolean {
  return sheet.cells.every((row, r) => rowTexts(row, r).length <= 1);
}

function proseBlocks(sheet: Sheet, cover: boolean): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  let first = true;
  sheet.cells.forEach((row, r) => {
    for (const text of rowTexts(row, r)) {
      if (first && !cover && !/[。；]$/.test(text) && text.length <= 60 && !text.includes('\n')) {
        blocks.push({ type: 'heading', level: 1, text: joinLetterSpaced(text) });
      } else {
        for (const paragraph of text.split(/\n+/)) if (paragraph.trim() !== '') blocks.push({ type: 'paragraph', text: paragraph.trim() });
      }
      first = false;
    }
  });
  return blocks;
}

function tableBlock(sheet: Sheet): ImportedTable {
  const rows = sheet.cells.filter((row, r) => rowTexts(row, r).length > 0);
  const rowIndex = sheet.cells.map((row, r) => (rowTexts(row, r).length > 0 ? r : -1)).filter((r) => r >= 0);
  let start = 0;
  let caption = '';
  const attributes: string[] = [];
  const comments: string[] = [];
  // The title: the first row with one distinct text that is not an attribute line.
  const firstTexts = rowTexts(rows[0] ?? [], rowIndex[0] ?? 0);
  if (firstTexts.length === 1 && !isAttributeText(firstTexts[0]!)) {
    caption = joinLetterSpaced(firstTexts[0]!);
    start = 1;
  } else {
    caption = sheet.name;
    comments.push(`导入：工作表“${sheet.name}”没有标题行，以工作表名作表题`);
  }
  while (start < rows.length) {
    const texts = rowTexts(rows[start]!, rowIndex[start]!);
    if (!texts.some((t) => isAttributeText(t))) break;
    attributes.push(separateAttributes(texts.join(' ')));
    start++;
  }
  let end = rows.length;
  const notes: string[] = [];
  while (end > start) {
    const texts = rowTexts(rows[end - 1]!, rowIndex[end - 1]!);
    if (texts.length !== 1 || !isNoteText(texts[0]!)) break;
    notes.unshift(texts[0]!);
    end--;
  }
  // Re-base the remaining rows' merged areas onto the table's own row numbers.
  const offset = new Map<number, number>();
  rowIndex.slice(start, end).forEach((r, i) => offset.set(r, i));
  const cells = rows.slice(start, end).map((row) => row.map((cell) => ({ ...cell, row: offset.get(cell.row) ?? -1 })));
  const texts = cells.map((row) => row.map((cell, c) => (cell.column === c && cell.row >= 0 ? cell.text : '')));
  let headerCount = headerRowCountOf(texts);
  if (headerCount === 0 && cells.length > 0) {
    // No figures yet (a template): the header runs while its rows are filled across (merged areas count).
    headerCount = 1;
    while (headerCount < cells.length && cells[headerCount]!.every((cell) => cell.text !== '' || cell.row < headerCount)) headerCount++;
    if (headerCount >= cells.length) headerCount = 1;
    comments.push(`导入：工作表“${sheet.name}”中没有数字，表头行数（${headerCount}）按填满的行推断，请核对`);
  }
  const { header, body } = tableRows({ cells: cells.map((row) => row.map((cell) => ({ ...cell, row: Math.max(0, cell.row) }))), headerCount });
  return { type: 'table', caption, attributes, header, body, notes, comments };
}

function sheetText(sheet: Sheet): string {
  return sheet.cells.map((row, r) => rowTexts(row, r).join(' ')).join('\n');
}

export async function importXlsx(bytes: Uint8Array): Promise<XlsxImport> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const blocks: ImportedBlock[] = [];
  const sheetTexts: string[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') continue;
    const sheet = readSheet(worksheet);
    if (sheet.cells.length === 0) continue;
    sheetTexts.push(sheetText(sheet));
    if (isTocSheet(sheet)) {
      const entries = sheet.cells.slice(1).flatMap((row, r) => rowTexts(row, r + 1)).map((t) => entryText(t.trim())).filter((t) => t !== '');
      blocks.push({ type: 'toc', entries });
    } else if (/封面/.test(sheet.name)) {
      blocks.push(...proseBlocks(sheet, true));
    } else if (isProseSheet(sheet)) {
      blocks.push(...proseBlocks(sheet, false));
    } else {
      blocks.push(tableBlock(sheet));
    }
  }
  return { blocks, sheetTexts };
}

