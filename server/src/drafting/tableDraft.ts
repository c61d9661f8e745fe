/**
 * A table of the new draft: structure, codes, names and text kept; header and caption years advanced; last
 * year's own figures moved into the 上年 columns of the same row (上年 / 上年预算数 / 2021年预算数 beside
 * 本年 / 当年 / 2022年预算数); every other figure cleared for the drafter. A table without 上年 columns is
 * copied with its figures cleared. Percentages in performance forms (targets such as 100%) and numbers
 * that are not money (序号, 人数) are kept.
 */
import { columnPeriod } from '../analysis/columnPeriods';
import type { TextEdit } from '../diagnostics/finding';
import type { Cell, Column, DisclosureDocument, Range, Table } from '../model/types';
import { counterpartColumn } from '../lastYear/tableBindings';
import { lineRange, yearEdits } from './yearEdits';

/** Columns of numbers that are not money (序号, 人数, 数量 …): copied as they are. */
const NOT_MONEY = /^(?:序号|编号|行次|栏次|.*人数|个数|数量|编制数?|次数|面积|年限|排序)(?:[（(].*[）)])?$/;

function notMoney(column: Column | undefined): boolean {
  return column !== undefined && NOT_MONEY.test(column.label.replace(/[\s\u3000]/g, ''));
}

function blankEdit(cell: Cell): TextEdit {
  return { range: cell.range, newText: '' };
}

function fillEdit(cell: Cell, text: string): TextEdit {
  // An empty cell's range is just after its pipe: keep a space before the figure.
  return { range: cell.range, newText: cell.kind === 'blank' && cell.range.start.character === cell.range.end.character ? ` ${text}` : text };
}

function textYearEdits(text: string, range: Range, year: number, alsoYearBefore: boolean): TextEdit[] {
  return yearEdits(text, year, lineRange(range.start.line, range.start.character), alsoYearBefore);
}

/** For each 上年 column, the column of the same table holding last year's own figure. */
function previousColumnSources(table: Table, year: number): Map<number, Column | undefined> {
  const sources = new Map<number, Column | undefined>();
  for (const column of table.columns) {
    if (column.role !== 'value') continue;
    const info = columnPeriod(column, year);
    if (info.period === 'previous') sources.set(column.index, counterpartColumn(table, column, info, table, year));
  }
  return sources;
}

export interface TableDraft {
  edits: TextEdit[];
  /** Number of 上年 cells filled with last year's figure. */
  filled: number;
}

export function tableDraft(table: Table, year: number): TableDraft {
  const edits: TextEdit[] = [];
  let filled = 0;
  if (table.caption) edits.push(...textYearEdits(table.caption.text, table.caption.textRange, year, false));
  for (const row of table.headerRows) {
    for (const cell of row.cells) edits.push(...textYearEdits(cell.text, cell.range, year, true));
  }
  for (const note of table.notes) edits.push(...textYearEdits(note.text, note.range, year, false));
  const sources = previousColumnSources(table, year);
  const keepPercents = table.kind === 'performance';
  for (const row of table.body) {
    // A row of column labels inside the body (performance forms: “2023年预算金额 | 2022年预算金额”).
    const labelsBothYears = [year, year - 1].every((y) => row.cells.some((c) => c.kind === 'text' && new RegExp(`${y}[ \\t\u3000]*年`).test(c.text)));
    for (const cell of row.cells) {
      const column = table.columns[cell.column];
      if (sources.has(cell.column)) {
        const source = sources.get(cell.column);
        const from = source ? row.cells[source.index] : undefined;
        if (from?.kind === 'amount') {
          edits.push(fillEdit(cell, from.text));
          filled++;
        } else if (cell.kind === 'amount' || cell.kind === 'percent') edits.push(blankEdit(cell));
        continue;
      }
      if (notMoney(column)) continue;
      if (cell.kind === 'amount' || (cell.kind === 'percent' && !keepPercents && column?.role === 'value')) {
        edits.push(blankEdit(cell));
      } else if (cell.kind === 'text') {
        edits.push(...textYearEdits(cell.text, cell.range, year, labelsBothYears));
      }
    }
  }
  return { edits, filled };
}

export function tableEdits(document: DisclosureDocument, year: number): TableDraft {
  const drafts = document.tables.map((table) => tableDraft(table, year));
  return { edits: drafts.flatMap((d) => d.edits), filled: drafts.reduce((n, d) => n + d.filled, 0) };
}
