/**
 * FIN011: a table said to be empty that holds figures — its note (“本表无数据”, “故本表无数据”) or the prose
 * (“2024年度无政府性基金预算财政拨款收入和支出”, “无国有资本经营…”, “无“三公”经费财政拨款支出”, the last judged on the
 * 三公 table's 决算数 columns where it has them) — while a cell of the table is not zero.
 */
import { compactLabel } from '../../model/labels';
import type { Cell, DisclosureDocument, Range, Table } from '../../model/types';
import { paragraphRange } from '../../model/paragraphs';
import { tableTitle } from '../../analysis/identities/terms';
import { tablesOfKind } from '../../analysis/tableLookup';
import type { Rule } from '../types';

const EMPTY_NOTE = '本表无数据';
/** Each wording with `cue`, a piece of text every match contains: a paragraph without it is not searched. */
const PROSE_EMPTY: Array<{ pattern: RegExp; cue: string; kind: Table['kind']; what: string }> = [
  { pattern: /无政府性基金预算(?:财政拨款)?(?:收入和|收入、)?支出/g, cue: '无政府性基金预算', kind: 'fund-expenditure', what: '政府性基金预算财政拨款收入支出' },
  { pattern: /无国有资本经营预算(?:财政拨款)?(?:收入和|收入、)?支出/g, cue: '无国有资本经营预算', kind: 'state-capital', what: '国有资本经营预算财政拨款收入支出' },
  { pattern: /无[“"]三公[”"]经费(?:财政拨款)?支出/g, cue: '三公', kind: 'three-public', what: '“三公”经费财政拨款支出' },
];

/** The columns whose figures say whether a table is empty: for 三公 with 预算数/决算数 the 决算数 columns, else the value columns. */
function measuredColumns(table: Table): boolean[] {
  const measured: boolean[] = [];
  const values: boolean[] = [];
  let anyMeasured = false;
  for (const column of table.columns) {
    if (/^(?:决算数|执行数)$/.test(compactLabel(column.label))) {
      measured[column.index] = true;
      anyMeasured = true;
    }
    if (column.role === 'value') values[column.index] = true;
  }
  return anyMeasured ? measured : values;
}

/** The non-zero figures of a table in the measured columns, row by row. */
function nonZeroCells(table: Table): Cell[] {
  const columns = measuredColumns(table);
  const cells: Cell[] = [];
  for (const row of table.body) {
    for (const cell of row.cells) {
      if (columns[cell.column] === true && cell.amount !== undefined && !cell.amount.value.isZero()) cells.push(cell);
    }
  }
  return cells;
}

function report(context: Parameters<Rule['check']>[0], range: Range, said: string, table: Table, cells: Cell[]): void {
  context.report({
    range,
    message: `${said}，但「${tableTitle(table)}」中有数：${cells.slice(0, 3).map((c) => c.text).join('、')}${cells.length > 3 ? ` 等 ${cells.length} 个` : ''}。`,
    related: cells.slice(0, 3).map((c) => ({ range: c.range, message: `表中数字 ${c.text}` })),
  });
}

function check(document: DisclosureDocument, context: Parameters<Rule['check']>[0]): void {
  // A table may be said to be empty more than once (its note, several paragraphs): its figures are read once.
  const figures = new Map<Table, Cell[]>();
  const nonZeroOf = (table: Table): Cell[] => {
    let cells = figures.get(table);
    if (!cells) figures.set(table, (cells = nonZeroCells(table)));
    return cells;
  };
  for (const table of document.tables) {
    const note = table.notes.find((n) => n.text.includes(EMPTY_NOTE));
    if (!note) continue;
    const cells = nonZeroOf(table);
    if (cells.length > 0) report(context, note.range, '表注写“本表无数据”', table, cells);
  }
  for (const paragraph of document.paragraphs) {
    if (!paragraph.text.includes('无')) continue; // every PROSE_EMPTY wording starts with 无
    for (const { pattern, cue, kind, what } of PROSE_EMPTY) {
      if (!paragraph.text.includes(cue)) continue;
      for (const match of paragraph.text.matchAll(pattern)) {
        const table = tablesOfKind(document, kind)[0];
        if (!table) continue;
        const cells = nonZeroOf(table);
        if (cells.length === 0) continue;
        const start = match.index ?? 0;
        report(context, paragraphRange(paragraph, start, start + match[0].length), `说明写“${match[0]}”（${what}）`, table, cells);
      }
    }
  }
}

export const emptyTableStatements: Rule = {
  id: 'FIN011',
  title: '说明或表注称无数据，但表中有数',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    check(context.document, context);
  },
};
