/**
 * 收支总表-style tables (收支总表, 财政拨款收支总表, 政府性基金收支表), printed as label/value columns side by
 * side (BAL004): a numbered line equals its numbered sub-lines (一、 over （一） over 1、 over (1), in the
 * order the table uses them; unnumbered lines under a numbered one are its parts; `其中` lines are left
 * out); 本年收入合计 / 本年支出合计 = Σ top-level lines; 收入总计 = 本年收入合计 + the lines between
 * (上年结转 …); 支出总计 likewise; 收入总计 = 支出总计.
 */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Column, Table } from '../../model/types';
import { parseMarker, type Marker } from '../../syntax/listMarkers';
import { memoiseByObject, memoiseByString } from '../../memoise';
import { makeTerm } from './terms';
import type { Identity, Term } from './types';

export interface SummaryLine {
  row: BodyRow;
  label: string;
  /** Label without its numbering. */
  name: string;
  level: number;
  /** The numbering style (`一、`, `1.` …), or 'none' for an unnumbered line. */
  style: string;
}

export interface SummaryColumn {
  name: Column;
  values: Column[];
  side: 'income' | 'expenditure' | 'unknown';
  /** Lines above the 本年合计 (or 总计) row. */
  lines: SummaryLine[];
  currentTotal?: BodyRow;
  adjustments: BodyRow[];
  /** Numbered lines printed under an adjustment (决算: 年初财政拨款结转和结余 › 一、一般公共预算财政拨款 …). */
  adjustmentParts: Map<BodyRow, BodyRow[]>;
  grandTotal?: BodyRow;
}

/** 本年收入合计 (seeds), 当年收入小计 (江苏 公开01表), 收入合计 when no 小计 precedes it (江苏 财政拨款收支总表). */
const CURRENT_TOTAL = /^(?:本年|当年)(?:收入|支出)(?:合计|小计)$|^(?:收入|支出)小计$/;
const PLAIN_TOTAL = /^(?:收入|支出)?合计$/;
const GRAND_TOTAL = /(?:收入|支出)?总计$/;

/** What a summary line's label says about the line, read once per distinct label. */
interface LineLabel {
  /** 本年收入合计 and the like. */
  currentTotal: boolean;
  /** 合计, 收入合计 … (this year's total before the adjustments, the grand total after them). */
  plainTotal: boolean;
  /** 收入总计, 支出总计 … */
  grandTotal: boolean;
  /** `其中…`: a breakdown of the line above, not a part of the sums. */
  breakdown: boolean;
  marker: Marker | undefined;
}

/** A pure function of the label: memoised (the same labels come back in every summary table). */
const readLineLabel: (label: string) => LineLabel = memoiseByString((label) => ({
  currentTotal: CURRENT_TOTAL.test(label),
  plainTotal: PLAIN_TOTAL.test(label),
  grandTotal: GRAND_TOTAL.test(label),
  breakdown: label.startsWith('其中'),
  marker: parseMarker(label),
}));

/** A cell's text; a cell merged into the one on its left (`<`) reads as that cell (a label spanning columns). */
function cellText(row: BodyRow, column: Column): string {
  let index = column.index;
  while (index > 0 && row.cells[index]?.kind === 'merge-left') index--;
  return compactLabel(row.cells[index]?.text ?? '');
}

/**
 * A column of line labels: a name column, or a figure column that holds text (seed 002 heads its label
 * columns `支出功能分类科目（按大类）`, which says nothing about names).
 */
export function isLabelColumn(table: Table, column: Column): boolean {
  // Read for all of a table's columns at once (one lookup per table, not one per column and call).
  if (table.columns[column.index] !== column) return readsAsLabels(table, column);
  return tableLayout(table).labelColumns[column.index]!;
}

interface TableLayout {
  /** By column index: whether the column holds line labels. */
  labelColumns: boolean[];
  sideBySide: boolean;
}

const tableLayout: (table: Table) => TableLayout = memoiseByObject(readTableLayout) as (table: Table) => TableLayout;

function readTableLayout(table: Table): TableLayout {
  const { columns } = table;
  const labelColumns = columns.map((column) => readsAsLabels(table, column));
  let pairs = 0;
  for (let i = 0; i + 1 < columns.length; i++) {
    if (labelColumns[i] && columns[i + 1]!.role === 'value' && !labelColumns[i + 1]) pairs++;
  }
  return { labelColumns, sideBySide: pairs >= 2 };
}

/** Whether a column holds line labels (a name column, or a value column with more text than amounts). */
function readsAsLabels(table: Table, column: Column): boolean {
  if (column.role === 'name') return true;
  return column.role === 'value' && holdsMoreTextThanAmounts(table.body, column.index);
}

/**
 * More text cells than amount cells (and at least one) in a column. Stops as soon as the rows left
 * cannot change the answer: a figure column is decided about halfway down.
 */
function holdsMoreTextThanAmounts(body: readonly BodyRow[], index: number): boolean {
  let lead = 0; // text cells − amount cells so far
  for (let r = 0; r < body.length; r++) {
    const kind = body[r]!.cells[index]?.kind;
    if (kind === 'text') lead++;
    else if (kind === 'amount') lead--;
    else continue;
    const left = body.length - r - 1;
    if (lead > left) return true;
    if (-lead >= left) return false;
  }
  return lead > 0;
}

/** Whether a table is printed as label/value columns side by side. */
export function isSideBySide(table: Table): boolean {
  return tableLayout(table).sideBySide;
}

/** Reads each label column of a side-by-side table into its numbered lines and totals; once per table. */
export const summaryColumns: (table: Table) => SummaryColumn[] = memoiseByObject(readSummaryColumns) as (table: Table) => SummaryColumn[];

/** Whether the row prints an amount in one of the columns. */
function hasAmountIn(row: BodyRow, columns: readonly Column[]): boolean {
  for (let i = 0; i < columns.length; i++) if (row.cells[columns[i]!.index]?.kind === 'amount') return true;
  return false;
}

function readSummaryColumns(table: Table): SummaryColumn[] {
  const result: SummaryColumn[] = [];
  const columns = table.columns;
  const { labelColumns } = tableLayout(table);
  for (let i = 0; i < columns.length; i++) {
    const name = columns[i]!;
    if (!labelColumns[i]) continue;
    const values: Column[] = [];
    // The figure columns after the label column (value columns that do not hold labels).
    for (let j = i + 1; j < columns.length && columns[j]!.role === 'value' && !labelColumns[j]; j++) values.push(columns[j]!);
    if (values.length === 0) continue;
    const top = compactLabel(name.path[0] ?? '');
    const side = /收入/.test(top) ? 'income' : /支出/.test(top) ? 'expenditure' : 'unknown';
    const summary: SummaryColumn = { name, values, side, lines: [], adjustments: [], adjustmentParts: new Map() };
    const styles: string[] = [];
    let phase: 'lines' | 'adjustments' = 'lines';
    for (const row of table.body) {
      const hasFigure = hasAmountIn(row, values);
      const label = cellText(row, name) || (hasFigure ? spanningTotalLabel(table, labelColumns, row, i) : '');
      if (label === '' && !hasFigure) continue;
      const facts = readLineLabel(label);
      if (phase === 'lines' && (facts.currentTotal || facts.plainTotal)) {
        summary.currentTotal = row;
        phase = 'adjustments';
        continue;
      }
      if (facts.grandTotal || (phase === 'adjustments' && facts.plainTotal)) {
        summary.grandTotal = row;
        break;
      }
      if (facts.breakdown) continue;
      if (phase === 'adjustments') {
        const owner = summary.adjustments[summary.adjustments.length - 1];
        if (owner && facts.marker && !readLineLabel(cellText(owner, name)).marker) {
          const parts = summary.adjustmentParts.get(owner) ?? [];
          parts.push(row);
          summary.adjustmentParts.set(owner, parts);
          continue;
        }
        summary.adjustments.push(row);
        continue;
      }
      const marker = facts.marker;
      const style = marker ? marker.style : 'none';
      let level = styles.indexOf(style);
      if (level < 0) level = styles.push(style) - 1;
      summary.lines.push({ row, label, name: marker ? label.slice(marker.text.length).trim() : label, level, style });
    }
    result.push(summary);
  }
  return result;
}

/**
 * The total label of a row whose own label cell is empty but which prints a figure: 江苏's “当年支出小计”
 * stands once, in the first expenditure panel, for both panels (the PDF prints it across them). Only a
 * total's label is borrowed, and only from a label column on the left.
 */
function spanningTotalLabel(table: Table, labelColumns: readonly boolean[], row: BodyRow, before: number): string {
  for (let i = before - 1; i >= 0; i--) {
    if (!labelColumns[i]) continue;
    const text = cellText(row, table.columns[i]!);
    if (text === '') continue;
    const facts = readLineLabel(text);
    return facts.currentTotal || facts.plainTotal || facts.grandTotal ? text : '';
  }
  return '';
}

/** A line's label in a summary's name column, read once per row. */
type LabelOf = (row: BodyRow) => string;

function labelReader(name: Column): LabelOf {
  const labels = new Map<BodyRow, string>();
  return (row) => {
    let label = labels.get(row);
    if (label === undefined) {
      label = cellText(row, name);
      labels.set(row, label);
    }
    return label;
  };
}

/** A summary line's term, named by its label (also as the row's name). */
function lineTerm(table: Table, row: BodyRow, value: Column, label: string): Term | undefined {
  const cell = row.cells[value.index];
  return cell ? { table, row, column: value, cell, label, rowLabel: label } : undefined;
}

/** `3+4+7`: the part rows' indices, the identity key's tail (the same in every value column). */
function rowsKey(rows: readonly BodyRow[]): string {
  return rows.map((row) => row.index).join('+');
}

/**
 * The identity `target = Σ parts` in one value column: only when every figure is an amount or a blank,
 * at least one an amount, and the total not blank.
 */
function identity(table: Table, value: Column, target: BodyRow, parts: readonly BodyRow[], partsKey: string, relation: string, labelOf: LabelOf): Identity | undefined {
  const t = lineTerm(table, target, value, labelOf(target) || '合计');
  // A blank total states nothing: 江苏's 当年支出小计 spans both expenditure panels and prints its figure once,
  // in the last column, leaving the 功能分类 panel's cell empty.
  if (!t || t.cell.kind === 'blank') return undefined;
  if (t.cell.kind !== 'amount') return undefined;
  const terms: Term[] = [];
  for (const row of parts) {
    const term = lineTerm(table, row, value, labelOf(row) || `第 ${row.index + 1} 行`);
    if (!term) continue;
    if (term.cell.kind !== 'amount' && term.cell.kind !== 'blank') return undefined;
    terms.push(term);
  }
  if (terms.length === 0) return undefined;
  return { key: `${table.index}:${target.index}:${value.index}=${partsKey}`, ruleId: 'BAL004', target: t, parts: terms, relation };
}

/** A numbered line over its sub-lines (one level down), the same in every value column. */
interface LineGroup {
  parent: BodyRow;
  children: BodyRow[];
  /** The children's row indices (rowsKey). */
  childKey: string;
  relation: string;
  /** Unnumbered lines taken as parts: the structure is inferred. */
  inferred: boolean;
}

function lineGroups(lines: SummaryLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parent = lines[i]!;
    const children: BodyRow[] = [];
    let inferred = false;
    for (let j = i + 1; j < lines.length && lines[j]!.level > parent.level; j++) {
      const line = lines[j]!;
      if (line.level !== parent.level + 1) continue;
      children.push(line.row);
      if (line.style === 'none') inferred = true;
    }
    if (children.length === 0) continue;
    groups.push({ parent: parent.row, children, childKey: rowsKey(children), relation: `${parent.label} = Σ下级项目`, inferred });
  }
  return groups;
}

/** A sum of lines checked in every value column of a summary: its rows, key tail and relation, read once. */
interface LineSum {
  target: BodyRow;
  parts: BodyRow[];
  partsKey: string;
  relation: string;
  inferred: boolean;
}

/** The sums of one label column's lines, in the order they are checked in each value column. */
function lineSums(summary: SummaryColumn, labelOf: LabelOf): LineSum[] {
  const { lines } = summary;
  let minLevel = Infinity;
  for (const line of lines) if (line.level < minLevel) minLevel = line.level;
  const topLines: BodyRow[] = [];
  for (const line of lines) if (line.level === minLevel) topLines.push(line.row);
  const sums: LineSum[] = [];
  for (const group of lineGroups(lines)) {
    sums.push({ target: group.parent, parts: group.children, partsKey: group.childKey, relation: group.relation, inferred: group.inferred });
  }
  const current = summary.currentTotal;
  if (current && topLines.length > 0) {
    sums.push({ target: current, parts: topLines, partsKey: rowsKey(topLines), relation: `${labelOf(current)} = Σ各项`, inferred: false });
  }
  for (const [owner, parts] of summary.adjustmentParts) {
    sums.push({ target: owner, parts, partsKey: rowsKey(parts), relation: `${labelOf(owner)} = Σ下级项目`, inferred: false });
  }
  if (summary.grandTotal) {
    const parts = current ? [current, ...summary.adjustments] : topLines;
    const label = labelOf(summary.grandTotal);
    const relation = current ? `${label} = ${labelOf(current)} + 结转等` : `${label} = Σ各项`;
    if (parts.length > 0) sums.push({ target: summary.grandTotal, parts, partsKey: rowsKey(parts), relation, inferred: false });
  }
  return sums;
}

/** Appends the table's summary-line identities to `identities`. */
export function summaryIdentities(table: Table, identities: Identity[] = []): Identity[] {
  if (!isSideBySide(table)) return identities;
  const columns = summaryColumns(table);
  for (const summary of columns) {
    const labelOf = labelReader(summary.name);
    const sums = lineSums(summary, labelOf);
    for (const value of summary.values) {
      for (const sum of sums) {
        const found = identity(table, value, sum.target, sum.parts, sum.partsKey, sum.relation, labelOf);
        if (found) identities.push(sum.inferred ? { ...found, inferred: true } : found);
      }
    }
  }
  // 收入总计 = 支出总计 (each expenditure column's first value against the income side's).
  const income = columns.find((c) => c.side === 'income' && c.grandTotal);
  if (income) {
    for (const expenditure of columns.filter((c) => c.side === 'expenditure' && c.grandTotal)) {
      const target = makeTerm(table, expenditure.grandTotal!, expenditure.values[0]!, cellText(expenditure.grandTotal!, expenditure.name));
      const part = makeTerm(table, income.grandTotal!, income.values[0]!, cellText(income.grandTotal!, income.name));
      if (!target || !part) continue;
      target.rowLabel = target.label;
      part.rowLabel = part.label;
      if (target.cell.kind === 'blank' || part.cell.kind === 'blank') continue;
      if ([target, part].some((t) => t.cell.kind !== 'amount' && t.cell.kind !== 'blank')) continue;
      identities.push({
        key: `${table.index}:${target.row.index}:${target.column.index}=${part.row.index}:${part.column.index}`,
        ruleId: 'BAL004',
        target,
        parts: [part],
        relation: '支出总计 = 收入总计',
      });
    }
  }
  return identities;
}
