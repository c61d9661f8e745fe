/**
 * A table block → Table: caption, attributes and unit, header rows and columns, body rows (their cells,
 * codes and names: bodyRows.ts), notes. Reports SYN005–SYN008 and SYN011 (SYN004 and SYN009 per row).
 */
import type { RowLineNode, RuleLineNode, TableNode, TextPiece } from '../syntax/syntaxTree';
import { parseUnit, type AmountUnit } from '../numeric/units';
import { recognizeTableKind } from '../recognition/tableKinds';
import { BuildContext, splitKeyValue, trimSpan } from './context';
import { assembleRow, buildCells, rowReadingOf, trimmedCell, type CellReading, type CellSpan } from './bodyRows';
import { cellCount } from '../syntax/rowCells';
import { LineRanges } from './lineRanges';
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
  const text = content.text;
  const nameText = name.text.length > 0 ? name.text : text;
  const range = context.range(node);
  const textRange = context.range(content.span);
  const nameRange = context.range(name.text.length > 0 ? name.span : content.span);
  // One literal per variant, keys in the model's order (an object spread of the optional keys is far slower).
  if (numberText === undefined) return { text, name: nameText, range, textRange, nameRange };
  const numberRange = context.range({ start: content.span.start, end: content.span.start + numberText.length });
  return { text, number: numberText, numberRange, name: nameText, range, textRange, nameRange };
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
      const width = cellCount(first);
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

  const headerWidth = Math.max(0, ...headerNodes.map(cellCount));
  const width = Math.max(headerWidth, 0);
  const span: CellSpan = { start: 0, end: 0 };
  const headerRows: HeaderRow[] = headerNodes.map((row) => {
    const ranges = new LineRanges(context.lineIndex, context.text.length, row.line);
    const cells: Cell[] = [];
    for (let column = 0; column < cellCount(row); column++) {
      const text = trimmedCell(row, column, context.text, context.hasBackslash, span);
      cells.push({ text, range: ranges.range(span.start, span.end), column, kind: text.length === 0 ? 'blank' : 'text' });
    }
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
  const cellReading: CellReading = {
    columns: printedColumns,
    width,
    tableUnit: unit,
    // Performance forms hold free text (“19650000 19650000”, “38万人”): no number syntax check there.
    checkNumbers: kind !== 'performance',
    context,
  };
  const panelWidth = panelWidthOf(printedColumns, caption?.name);
  const columns = panelWidth ? printedColumns.slice(0, panelWidth) : printedColumns;
  const rowReading = rowReadingOf(columns, context.text);
  const body: BodyRow[] = [];
  let printedRows: PrintedRow[] | undefined;
  if (panelWidth) {
    printedRows = bodyNodes.map((row) => {
      const ranges = new LineRanges(context.lineIndex, context.text.length, row.line);
      return { range: ranges.range(row.start, row.end), cells: buildCells(row, ranges, cellReading) };
    });
    const count = width / panelWidth;
    const split = printedRows.map((printed, i) => ({ node: bodyNodes[i]!, rows: splitPrintedRow(printed.cells, panelWidth, count) }));
    for (let panel = 0; panel < count; panel++) {
      for (const { node, rows } of split) {
        for (const row of rows) {
          if (row.panel === panel) body.push(assembleRow(node, row.cells, body.length, rowReading, row.range, panel, panel * panelWidth));
        }
      }
    }
  } else {
    // One pass per row: its cells, then the row read from them.
    for (let i = 0; i < bodyNodes.length; i++) {
      const row = bodyNodes[i]!;
      const ranges = new LineRanges(context.lineIndex, context.text.length, row.line);
      const range = ranges.range(row.start, row.end);
      body.push(assembleRow(row, buildCells(row, ranges, cellReading), i, rowReading, range));
    }
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
    ...(panelWidth && printedRows ? { panels: { count: width / panelWidth, width: panelWidth, printedColumns, printedRows } } : {}),
    notes: node.notes.map((line) => {
      const trimmed = trimSpan(line.content.text, line.content);
      return { text: trimmed.text, range: context.range(trimmed.span) };
    }),
    separator: pipeRows && tabRows ? 'mixed' : tabRows ? 'tab' : 'pipe',
    headingPath,
  };
}
