/**
 * ImportedDocument → `.disclosure` text, exactly per docs/format.md: the metadata header, then each block
 * separated by a blank line. The text must parse with no syntax error, so everything that would change
 * the meaning of a line (a leading `#`, `|`, `表：`, `<!--`, a `-->` inside a comment, a pipe inside a
 * cell) is neutralised here, in one place.
 */
import { looksNumeric, parseNumber } from '../numeric/numberText';
import type { ImportedBlock, ImportedDocument, ImportedMetadata, ImportedTable } from './model';

const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/** One line of text: no line breaks, no tabs, no control characters, trimmed. */
function oneLine(text: string): string {
  return text
    .replace(LINE_BREAKS, '')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/**
 * A prose line that would otherwise start another kind of block: a leading pipe becomes the full-width
 * `｜` (ordinary text in the format), the others get an ideographic space in front.
 */
function proseLine(text: string): string {
  const line = oneLine(text).replace(/^\|/, '｜');
  return /^(#|表\s*[:：]|<!--|---)/.test(line) ? `\u3000${line}` : line;
}

export function commentLine(text: string): string {
  return `<!-- ${oneLine(text).replace(/--+>?/g, '—')} -->`;
}

function cellText(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

function row(cells: string[], width: number): string {
  const padded = Array.from({ length: width }, (_, i) => cellText(cells[i] ?? ''));
  return `| ${padded.join(' | ')} |`;
}

/** A column is right-aligned when most of its filled body cells are numbers. */
function isFigureColumn(table: ImportedTable, column: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (const cells of table.body) {
    const text = (cells[column] ?? '').trim();
    if (text === '' || text === '^' || text === '<') continue;
    filled++;
    if (looksNumeric(text) && parseNumber(text) !== undefined && !/^\d{3,7}$/.test(text)) numbers++;
  }
  return filled > 0 && numbers * 2 >= filled;
}

export function tableWidth(table: ImportedTable): number {
  return Math.max(1, ...table.header.map((r) => r.length), ...table.body.map((r) => r.length));
}

function writeTable(table: ImportedTable): string[] {
  const lines: string[] = [];
  for (const comment of table.comments) lines.push(commentLine(comment));
  lines.push(`表：${oneLine(table.caption) || '（无标题）'}`);
  for (const attribute of table.attributes) {
    const line = oneLine(attribute);
    if (line !== '') lines.push(line);
  }
  const width = tableWidth(table);
  const header = table.header.length > 0 ? table.header : [Array.from({ length: width }, () => '')];
  for (const cells of header) lines.push(row(cells, width));
  const delimiter = Array.from({ length: width }, (_, i) => (isFigureColumn(table, i) ? '---:' : '---'));
  lines.push(`|${delimiter.join('|')}|`);
  for (const cells of table.body) lines.push(row(cells, width));
  for (const note of table.notes) {
    const line = proseLine(note);
    if (line !== '') lines.push(line);
  }
  return lines;
}

function writeMeta(meta: ImportedMetadata): string[] {
  const lines = ['---'];
  if (meta.unitName) lines.push(`单位: ${oneLine(meta.unitName)}`);
  if (meta.year) lines.push(`年度: ${meta.year}`);
  if (meta.kind) lines.push(`类型: ${meta.kind}`);
  if (meta.amountUnit) lines.push(`金额单位: ${meta.amountUnit}`);
  lines.push('---');
  for (const guess of meta.guesses) lines.push(commentLine(`导入：${guess}`));
  return lines;
}

function writeBlock(block: ImportedBlock): string[] {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.round(block.level)));
      return [`${'#'.repeat(level)} ${oneLine(block.text)}`];
    }
    case 'paragraph': {
      const line = proseLine(block.text);
      return line === '' ? [] : [line];
    }
    case 'comment':
      return [commentLine(block.text)];
    case 'toc':
      // The format has no table-of-contents block: the 目录 is kept as comments, which the checks ignore.
      return [commentLine('目录'), ...block.entries.map((entry) => commentLine(`目录：${entry}`))];
    case 'table':
      return writeTable(block);
  }
}

export interface WrittenDisclosure {
  text: string;
  /** For each line of the text (0-based), the source page its block came from, when known. */
  pages: (number | undefined)[];
}

/** The `.disclosure` text of an imported document (LF line ends, ending with a newline), with source pages. */
export function writeDisclosureWithPages(document: ImportedDocument): WrittenDisclosure {
  const lines: string[] = [];
  const pages: (number | undefined)[] = [];
  const add = (blockLines: string[], page: number | undefined): void => {
    if (blockLines.length === 0) return;
    if (lines.length > 0) {
      lines.push('');
      pages.push(undefined);
    }
    for (const line of blockLines) {
      lines.push(line);
      pages.push(page);
    }
  };
  add(writeMeta(document.meta), undefined);
  if (document.source) add([commentLine(document.source)], undefined);
  for (const block of document.blocks) add(writeBlock(block), 'page' in block ? block.page : undefined);
  return { text: `${lines.join('\n')}\n`, pages };
}

export function writeDisclosure(document: ImportedDocument): string {
  return writeDisclosureWithPages(document).text;
}
