/**
 * The text around a ruled table: its title (caption) and `键：值` lines above it, its notes below it.
 * Also decides whether a table without a title continues the table before it (a page break inside a
 * table) and joins the two, dropping the repeated header.
 */
import type { ImportedTable } from '../model';
import { joinLetterSpaced } from '../text';
import { isAttributeText, isCaptionText, isNoteText, isTableNumberText } from '../tableText';
import type { PageElement, TableElement, TextLine } from './pageLayout';
import { tableRows } from '../cellGrid';
import { isFigure } from '../text';

export type LineRole = 'caption' | 'attribute' | 'attribute-continuation' | 'note' | 'fragment';

const isAttribute = isAttributeText;

/**
 * A short line at the top of a page, between a table that ends the previous page and a table that starts
 * this one: the end of a cell's text that wrapped over the page break (`信息网络及软件购` | `置更新`).
 */
function isCellFragment(elements: PageElement[], j: number): boolean {
  const line = elements[j]!;
  const before = elements[j - 1];
  const after = elements[j + 1];
  return (
    line.kind === 'line' &&
    before?.kind === 'table' &&
    before.page === line.page - 1 &&
    after?.kind === 'table' &&
    after.page === line.page &&
    line.text.length <= 15 &&
    !/表/.test(line.text)
  );
}

/** Appends a wrapped cell's last part to the last text cell of the table's last row. */
export function appendFragment(table: ImportedTable, text: string): void {
  const row = table.body[table.body.length - 1];
  if (!row) return;
  for (let c = row.length - 1; c >= 0; c--) {
    const cell = row[c]!;
    if (cell !== '' && cell !== '^' && cell !== '<' && !isFigure(cell)) {
      row[c] = `${cell}${text.trim()}`;
      return;
    }
  }
}

/** A short line right below an attribute line that starts at the same x: the attribute's value wrapped. */
function continuesAttribute(elements: PageElement[], j: number): boolean {
  const line = elements[j]!;
  if (line.kind !== 'line' || line.text.length > 30) return false;
  for (const k of [j - 1, j - 2]) {
    const above = elements[k];
    if (above?.kind !== 'line' || above.page !== line.page) return false;
    if (isAttribute(above.text) && Math.abs(above.line.x - line.line.x) < 2 && line.top - above.top < 3 * line.line.size) return true;
  }
  return false;
}

/** Roles of the lines around each table, by element index. */
export function assignTableLines(elements: PageElement[]): Map<number, LineRole> {
  const roles = new Map<number, LineRole>();
  elements.forEach((element, t) => {
    if (element.kind !== 'table') return;
    let j = t - 1;
    let captionFound = false;
    let previousTop = element.top;
    while (j >= 0 && t - j <= 5) {
      const candidate = elements[j]!;
      // The title may stand at the foot of the previous page, the table starting on the next.
      if (candidate.kind !== 'line' || roles.has(j) || candidate.page < element.page - 1) break;
      const samePage = candidate.page === elements[j + 1]!.page;
      const numberLine = captionFound && isTableNumberText(candidate.text);
      if (samePage && previousTop - candidate.top > (numberLine ? 12 : 6) * candidate.line.size + 30) break;
      if (!captionFound && isCellFragment(elements, j)) {
        roles.set(j, 'fragment');
        break;
      }
      if (isAttribute(candidate.text) && !captionFound) {
        roles.set(j, 'attribute');
      } else if (!captionFound && continuesAttribute(elements, j)) {
        // `部门名称：江苏省人大` wrapped onto a second line `常委会办公厅`.
        roles.set(j, 'attribute-continuation');
      } else if (!captionFound && isCaptionText(candidate.text)) {
        roles.set(j, 'caption');
        captionFound = true;
      } else if (numberLine) {
        roles.set(j, 'caption');
      } else {
        break;
      }
      previousTop = candidate.top;
      j--;
    }
  });
  // Then the notes below each table (titles already claimed stay titles).
  elements.forEach((element, t) => {
    if (element.kind !== 'table') return;
    let k = t + 1;
    let note: TextLine | undefined;
    let lastBottom = element.table.bottom;
    while (k < elements.length) {
      const candidate = elements[k]!;
      if (candidate.kind !== 'line' || candidate.page !== element.page || roles.has(k)) break;
      if (note === undefined) {
        if (candidate.top - lastBottom > 2.5 * candidate.line.size + 4 || !isNoteText(candidate.text)) break;
        note = candidate;
      } else {
        // A note's further lines: same size, close below, not a title or an attribute line.
        const spacing = candidate.line.y - lastBottom;
        if (spacing > 1.8 * note.line.size || Math.abs(candidate.line.size - note.line.size) > 0.5 || isTableNumberText(candidate.text) || isAttribute(candidate.text)) break;
      }
      roles.set(k, 'note');
      lastBottom = candidate.line.y;
      k++;
    }
  });
  return roles;
}

export function captionText(lines: TextLine[]): string {
  return lines.map((l) => joinLetterSpaced(l.text)).join(' ').replace(/\s+/g, ' ').trim();
}

function sameRow(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b) return false;
  const norm = (cells: string[]): string => cells.map((c) => c.replace(/\s+/g, '')).join('|');
  return norm(a) === norm(b);
}

/** A table element → an ImportedTable (caption and attributes filled in by the caller). */
export function importedTable(element: TableElement): ImportedTable {
  const rows = tableRows(element.table, element.table.headerCount, true);
  const comments: string[] = [];
  // A first row that is one cell across the table holding `部门：…  单位：万元` is an attribute line.
  const attributes: string[] = [];
  // …and one holding the table's title (forms print their title inside the frame) is its caption.
  let caption = '';
  for (;;) {
    const first = rows.header[0];
    if (!first || new Set(first).size !== 1 || first[0] === '') break;
    if (isAttribute(first[0]!)) attributes.push(rows.header.shift()![0]!);
    else if (caption === '' && attributes.length === 0 && /表/.test(first[0]!) && isCaptionText(first[0]!)) caption = rows.header.shift()![0]!;
    else break;
  }
  if (!rows.headerFound) comments.push(`导入：第 ${element.page} 页的表格未能识别表头，第一行暂作表头，请核对`);
  const header = rows.headerFound ? rows.header : rows.body.slice(0, 1);
  const body = rows.headerFound ? rows.body : rows.body.slice(1);
  return { type: 'table', caption, attributes, header, body, notes: [], comments };
}

/**
 * Appends a continuation (a table on the next page without a title) to `previous`: its repeated header
 * rows are dropped. Returns false when the continuation does not fit (then it stays a table of its own).
 */
export function appendContinuation(previous: ImportedTable, element: TableElement, previousElement?: TableElement): boolean {
  const rows = tableRows(element.table, element.table.headerCount, true);
  if (previous.body.length === 0 && previousElement && rows.headerFound) {
    // Only the top of the header fitted on the previous page: its cells are stretched over the columns
    // of the rest, by position, and the header continues with the rest's header rows.
    const edges = previousElement.table.columnEdges;
    const centres = element.table.columnEdges.slice(1).map((right, c) => (element.table.columnEdges[c]! + right) / 2);
    const columnAt = (x: number): number => {
      for (let c = 0; c < edges.length - 1; c++) if (x < edges[c + 1]!) return c;
      return edges.length - 2;
    };
    previous.header = [...previous.header.map((row) => centres.map((x) => row[columnAt(x)] ?? '')), ...rows.header];
    previous.body = rows.body;
    return true;
  }
  const width = Math.max(...previous.header.map((r) => r.length), ...previous.body.map((r) => r.length), 0);
  const all = [...rows.header, ...rows.body];
  let start = 0;
  // Drop rows equal to the previous table's header rows (a header repeated on every page).
  while (start < all.length && previous.header.some((h) => sameRow(h, all[start]))) start++;
  const rest = all.slice(start);
  // A row broken by the page: its first part ends the previous page, the rest (text only, no code, no
  // figure) starts this one. The parts are joined cell by cell.
  const last = previous.body[previous.body.length - 1];
  const first = rest[0];
  if (last && first && first.every((text, c) => text === '' || (!isFigure(text) && !/^\d+$/.test(text) && (last[c] ?? '') !== '' && !isFigure(last[c]!)))) {
    first.forEach((text, c) => {
      if (text !== '' && text !== '^' && text !== '<') last[c] = `${last[c]}${text}`;
    });
    rest.shift();
  }
  if (rest.length === 0) return true;
  const restWidth = Math.max(...rest.map((r) => r.length));
  if (restWidth !== width) {
    previous.comments.push(`导入：第 ${element.page} 页的续表有 ${restWidth} 列，与前一页的 ${width} 列不同，已按位置接在后面，请核对`);
  }
  previous.body.push(...rest.map((r) => (r.length < width ? [...r, ...Array.from({ length: width - r.length }, () => '')] : r)));
  return true;
}
