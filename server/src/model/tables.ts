/**
 * A table block → Table: caption, attributes and unit, header rows and columns, body rows with their
 * codes, names and cells, notes. Reports SYN004–SYN009 and SYN011.
 */
import type { RowLineNode, RuleLineNode, TableNode, TextPiece } from '../syntax/syntaxTree';
import { parseUnit, type AmountUnit } from '../numeric/units';
import { recognizeTableKind } from '../recognition/tableKinds';
import { BuildContext, splitKeyValue, trimSpan } from './context';
import { classifyCell, isMalformedNumber } from './cells';
import { LineRanges } from './lineRanges';
import { normalizeNumberChars } from '../numeric/numberText';
import { buildColumns, buildHeaderSpans, delimiterAligns, resolvedHeaderTexts } from './columns';
import { panelWidthOf, splitPrintedRow } from './panels';
import type {
  BodyRow,
  Cell,
  Column,
  DisclosureKind,
  HeaderRow,
  Heading,
  PrintedRow,
  KeyValue,
  Range,
  RowCode,
  Table,
  TableCaption,
} from './types';

const CAPTION_NUMBER = /^(?:附表|(?:预算)?公开表|附件|表)\s*[0-9０-９]+(?:\s*[-－—–]\s*[0-9０-９]+)?|^预算\s*[0-9０-９]+\s*表/;
const UNIT_KEYS = new Set(['单位', '金额单位']);

export function buildCaption(node: NonNullable<TableNode['caption']>, context: BuildContext): TableCaption {
  const content = trimSpan(node.content.text, node.content);
  const match = CAPTION_NUMBER.exec(content.text);
  const numberText = match ? match[0] : undefined;
  const nameOffset = numberText?.length ?? 0;
  const name = trimSpan(content.text.slice(nameOffset), { start: content.span.start + nameOffset, end: content.span.end });
  return {
    text: content.text,
    ...(numberText !== undefined
      ? {
          number: numberText,
          numberRange: context.range({ start: content.span.start, end: content.span.start + numberText.length }),
        }
      : {}),
    name: name.text.length > 0 ? name.text : content.text,
    range: context.range(node),
    textRange: context.range(content.span),
    nameRange: context.range(name.text.length > 0 ? name.span : content.span),
  };
}

/** Splits an attribute line that may hold several `键：值` pairs separated by spaces. */
function attributePairs(piece: TextPiece): TextPiece[] {
  const parts: TextPiece[] = [];
  const boundary = /[ \t\u3000]+(?=[^ \t\u3000：:]+[：:])/g;
  let start = 0;
  for (let match = boundary.exec(piece.text); match; match = boundary.exec(piece.text)) {
    parts.push({ text: piece.text.slice(start, match.index), start: piece.start + start, end: piece.start + match.index });
    start = match.index + match[0].length;
  }
  parts.push({ text: piece.text.slice(start), start: piece.start + start, end: piece.end });
  return parts;
}

function buildAttributes(node: TableNode, context: BuildContext): KeyValue[] {
  const attributes: KeyValue[] = [];
  for (const line of node.attributes) {
    for (const part of attributePairs(line.content)) {
      const pair = splitKeyValue(part.text, part);
      if (!pair) continue;
      attributes.push({
        key: pair.key,
        value: pair.value,
        range: context.range(part),
        keyRange: context.range(pair.keySpan),
        valueRange: context.range(pair.valueSpan),
      });
    }
  }
  return attributes;
}

/**
 * A cell piece's text as the cell holds it: trimmed of spaces, tabs and ideographic spaces (as trimSpan
 * does, without its objects: this runs for every cell), with escaped pipes unescaped; and its span.
 */
function trimmedCell(piece: TextPiece): { text: string; start: number; end: number } {
  const raw = piece.text;
  let first = 0;
  let last = raw.length;
  while (first < last && isCellSpace(raw.charCodeAt(first))) first++;
  while (last > first && isCellSpace(raw.charCodeAt(last - 1))) last--;
  let backslash = false;
  for (let i = first; i < last && !backslash; i++) backslash = raw.charCodeAt(i) === 0x5c;
  const trimmed = first === 0 && last === raw.length ? raw : raw.slice(first, last);
  const start = piece.start + first;
  return { text: backslash ? unescapePipes(trimmed) : trimmed, start, end: start + (last - first) };
}

/** `\|` → `|` (a pipe inside a cell). */
function unescapePipes(text: string): string {
  return text.includes('\\|') ? text.replace(/\\\|/g, '|') : text;
}

/** The white space trimSpan removes: space, tab, ideographic space. */
function isCellSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

function leadingIdeographicSpaces(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw.charCodeAt(i) === 0x20 || raw.charCodeAt(i) === 0x09)) i++;
  const start = i;
  while (i < raw.length && raw.charCodeAt(i) === 0x3000) i++;
  return i - start;
}

export function buildTable(
  node: TableNode,
  index: number,
  defaultUnit: AmountUnit,
  headingPath: Heading[],
  context: BuildContext,
  documentKind?: DisclosureKind,
): Table {
  const caption = node.caption ? buildCaption(node.caption, context) : undefined;
  const attributes = buildAttributes(node, context);
  let unit = defaultUnit;
  let unitExplicit = false;
  for (const attribute of attributes) {
    if (!UNIT_KEYS.has(attribute.key)) continue;
    const parsed = parseUnit(attribute.value);
    if (parsed) {
      unit = parsed;
      unitExplicit = true;
    } else {
      context.findings.push({
        ruleId: 'SYN008',
        severity: 'error',
        message: `表格单位“${attribute.value}”无法识别，应为 元、千元、万元 或 亿元。`,
        range: attribute.valueRange,
      });
    }
  }

  // Split rows at the delimiter (one pass: tables have hundreds of rows).
  const rows = node.rows;
  let headerNodes: RowLineNode[] = [];
  let bodyNodes: RowLineNode[] = [];
  let delimiter: RuleLineNode | undefined;
  let pipeRows = false;
  let tabRows = false;
  for (const row of rows) {
    if (row.kind === 'rule') {
      if (!delimiter) delimiter = row;
      else context.report('SYN005', 'error', '同一表格中出现了第二个分隔行（|---|）。', row);
      continue;
    }
    if (row.separator === 'tab') tabRows = true;
    else pipeRows = true;
    (delimiter ? bodyNodes : headerNodes).push(row);
  }
  if (!delimiter) {
    const rowNodes = headerNodes;
    headerNodes = rowNodes.slice(0, 1);
    bodyNodes = rowNodes.slice(1);
    if (rowNodes.length > 0) {
      const first = rowNodes[0]!;
      const width = first.cells.length;
      const insertAt = context.lineIndex.positionAt(first.end);
      context.findings.push({
        ruleId: 'SYN011',
        severity: 'information',
        message: '表格没有分隔行（|---|），已将第一行视为表头。',
        range: context.range(first),
        fixes: [
          {
            title: '在第一行下插入分隔行',
            edits: [{ range: { start: insertAt, end: insertAt }, newText: `\n|${'---|'.repeat(Math.max(1, width))}` }],
            preferred: true,
          },
        ],
      });
    }
  }

  if (caption && rows.length === 0) {
    context.report('SYN006', 'warning', `表格标题“${caption.text}”下面没有表格行。`, node.caption!);
  }
  if (!caption && rows.length > 0) {
    context.report('SYN007', 'warning', '表格上方缺少标题行（以“表：”开头，例如“表：附表 4-1 收支总表”）。', rows[0]!);
  }

  const headerWidth = Math.max(0, ...headerNodes.map((r) => r.cells.length));
  const width = Math.max(headerWidth, 0);
  const headerRows: HeaderRow[] = headerNodes.map((row) => {
    const ranges = new LineRanges(context.lineIndex, context.text.length, row.line);
    const cells: Cell[] = row.cells.map((piece, column) => {
      const { text, start, end } = trimmedCell(piece);
      return { text, range: ranges.range(start, end), column, kind: text.length === 0 ? 'blank' : 'text' };
    });
    return { range: ranges.range(row.start, row.end), cells };
  });
  const aligns = delimiter ? delimiterAligns(delimiter.text) : [];
  if (delimiter && delimiter.text.includes('|')) {
    const delimiterCells = aligns.length;
    if (headerWidth > 0 && delimiterCells !== headerWidth) {
      context.report(
        'SYN005',
        'warning',
        `分隔行有 ${delimiterCells} 列，表头有 ${headerWidth} 列。`,
        delimiter,
      );
    }
  }
  const headerTexts = resolvedHeaderTexts(headerRows, width);
  const printedColumns: Column[] = buildColumns(headerTexts, width, aligns);

  const kind = caption ? recognizeTableKind(caption.name, documentKind) : 'unknown';
  // Performance forms hold free text (“19650000 19650000”, “38万人”): no number syntax check there.
  const checkNumbers = kind !== 'performance';
  const printedRows: PrintedRow[] = bodyNodes.map((row) => {
    const ranges = new LineRanges(context.lineIndex, context.text.length, row.line);
    return { range: ranges.range(row.start, row.end), cells: buildCells(row, ranges, printedColumns, unit, width, checkNumbers, context) };
  });
  const panelWidth = panelWidthOf(printedColumns, caption?.name);
  const columns = panelWidth ? printedColumns.slice(0, panelWidth) : printedColumns;
  const codeRuns = codeRunsOf(columns);
  const body: BodyRow[] = [];
  if (panelWidth) {
    const count = width / panelWidth;
    const split = printedRows.map((printed, i) => ({ node: bodyNodes[i]!, rows: splitPrintedRow(printed.cells, panelWidth, count) }));
    for (let panel = 0; panel < count; panel++) {
      for (const { node, rows } of split) {
        for (const row of rows.filter((r) => r.panel === panel)) {
          body.push(assembleRow(node, row.cells, body.length, columns, codeRuns, row.range, panel, panel * panelWidth));
        }
      }
    }
  } else {
    printedRows.forEach((printed, i) => body.push(assembleRow(bodyNodes[i]!, printed.cells, i, columns, codeRuns, printed.range)));
  }

  return {
    type: 'table',
    index,
    range: context.range(node),
    ...(caption ? { caption } : {}),
    kind,
    unit,
    unitExplicit,
    attributes,
    columns,
    headerRows,
    headerSpans: buildHeaderSpans(headerRows, headerTexts, width),
    ...(delimiter ? { delimiterRange: context.range(delimiter) } : {}),
    body,
    ...(panelWidth ? { panels: { count: width / panelWidth, width: panelWidth, printedColumns, printedRows } } : {}),
    notes: node.notes.map((line) => {
      const trimmed = trimSpan(line.content.text, line.content);
      return { text: trimmed.text, range: context.range(trimmed.span) };
    }),
    separator: pipeRows && tabRows ? 'mixed' : tabRows ? 'tab' : 'pipe',
    headingPath,
  };
}

function buildCells(
  row: RowLineNode,
  ranges: LineRanges,
  columns: Column[],
  tableUnit: AmountUnit,
  width: number,
  checkNumbers: boolean,
  context: BuildContext,
): Cell[] {
  const pieces = row.cells;
  if (width > 0 && pieces.length > width) {
    const first = trimSpan(pieces[width]!.text, pieces[width]!);
    const lastPiece = pieces[pieces.length - 1]!;
    const last = trimSpan(lastPiece.text, lastPiece);
    context.report(
      'SYN004',
      'warning',
      `此行有 ${pieces.length} 个单元格，表头只有 ${width} 列；多出的单元格不参与检查。`,
      { start: first.span.start, end: last.span.end },
    );
  }
  const cells: Cell[] = new Array<Cell>(pieces.length);
  for (let column = 0; column < pieces.length; column++) {
    const { text, start, end } = trimmedCell(pieces[column]!);
    const col = columns[column];
    const role = col?.role ?? 'value';
    const cell = classifyCell(text, ranges.range(start, end), column, role, col?.unit ?? tableUnit);
    if (checkNumbers && role === 'value' && cell.kind === 'text' && isMalformedNumber(text)) {
      context.report('SYN009', 'error', `“${text}”不是有效的金额（千分位须三位一组，小数点只能有一个）。`, { start, end });
    }
    cells[column] = cell;
  }
  return cells;
}

/**
 * A body row from its cells: all of a printed row, or panel `panel` of it (then its cells are the node's
 * from `offset` on).
 */
function assembleRow(
  node: RowLineNode,
  cells: Cell[],
  index: number,
  columns: Column[],
  codeRuns: CodeRun[],
  range: Range,
  panel?: number,
  offset = 0,
): BodyRow {
  // The first non-empty cell's untrimmed text tells the indent (a cell's text is its piece trimmed).
  let indent = 0;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.text.length > 0) {
      indent = leadingIdeographicSpaces(node.cells[offset + i]!.text);
      break;
    }
  }
  const codes = rowCodes(cells, codeRuns);
  let nameCell: Cell | undefined;
  let firstText: Cell | undefined;
  for (const cell of cells) {
    if (!nameCell && cell.kind !== 'blank' && columns[cell.column]?.role === 'name') nameCell = cell;
    if (!firstText && cell.kind === 'text') firstText = cell;
  }
  const label = nameCell?.text ?? firstText?.text ?? '';
  const bodyRow: BodyRow = { index, range, cells, indent, codes, label };
  if (codes[0]) bodyRow.code = codes[0].code;
  if (nameCell) bodyRow.name = nameCell.text;
  if (panel !== undefined) bodyRow.panel = panel;
  return bodyRow;
}

/** Code columns read together: one run of a group's code columns (类 + 款 + 项, or a single code column). */
interface CodeRun {
  start: number;
  end: number;
  group: string;
  /** The name column right after the run, if any. */
  nameColumn: number | undefined;
}

/** The table's code runs, found once per table rather than per row. */
function codeRunsOf(columns: Column[]): CodeRun[] {
  const runs: CodeRun[] = [];
  let c = 0;
  while (c < columns.length) {
    const column = columns[c]!;
    if (column.role !== 'code') {
      c++;
      continue;
    }
    const group = column.group;
    const start = c;
    while (c < columns.length && columns[c]!.role === 'code' && columns[c]!.group === group) {
      c++;
      if (!columns[c - 1]!.codePart) break; // a single code column stands alone
    }
    runs.push({ start, end: c, group, nameColumn: columns[c]?.role === 'name' ? c : undefined });
  }
  return runs;
}

/** Codes of a row: each run of code columns of one group, joined (类 + 款 + 项), with the name after it. */
function rowCodes(cells: Cell[], runs: CodeRun[]): RowCode[] {
  const codes: RowCode[] = [];
  for (const run of runs) {
    const parts: Cell[] = [];
    for (let c = run.start; c < run.end; c++) {
      const cell = cells[c];
      if (cell && cell.kind === 'code') parts.push(cell);
    }
    if (parts.length === 0) continue;
    // A code cell holds digits and letters only: normalising number characters turns its full-width digits to ASCII.
    let code = normalizeNumberChars(parts[0]!.text);
    for (let p = 1; p < parts.length; p++) code += normalizeNumberChars(parts[p]!.text);
    const rowCode: RowCode = {
      code,
      cells: parts,
      range: { start: parts[0]!.range.start, end: parts[parts.length - 1]!.range.end },
      group: run.group,
    };
    const nameCell = run.nameColumn !== undefined ? cells[run.nameColumn] : undefined;
    if (nameCell && nameCell.kind !== 'blank') {
      rowCode.name = nameCell.text;
      rowCode.nameCell = nameCell;
    }
    codes.push(rowCode);
  }
  return codes;
}
