/**
 * The figures behind the preview's charts, taken from the document's own tables:
 * - the structure of 一般公共预算 spending by 功能分类 类 (the 3-digit codes of the 一般公共预算支出表),
 * - the “三公” breakdown (因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费) of the 三公 table,
 *   whether its items are columns (附表 4-7 style) or rows (预算公开表10 style).
 */
import Decimal from 'decimal.js';
import { columnRole, columnYear, type ColumnRole } from '../analysis/columnRoles';
import { columnsWithRole, tablesOfKind, totalRow } from '../analysis/tableLookup';
import { compactLabel } from '../model/labels';
import type { Amount, AmountUnit, BodyRow, Column, DisclosureDocument, Table } from '../model/types';

export interface ChartItem {
  label: string;
  value: Decimal;
  /** The figure as the table prints it. */
  amount: Amount;
  /** Source line of the figure (for click-to-reveal). */
  line: number;
}

export interface ChartData {
  title: string;
  unit: AmountUnit;
  items: ChartItem[];
  /** Sum of the items (the shares are of this). */
  total: Decimal;
  /** The table the figures come from. */
  tableIndex: number;
}

/** Among columns of a role, the one of the document's year (or 当年/本年), never 上年 or 增减. */
function pickColumn(table: Table, role: ColumnRole, year: number | undefined): Column | undefined {
  const columns = columnsWithRole(table, role);
  if (columns.length === 0) return undefined;
  const current = (c: Column) => c.path.some((label) => /当年|本年/.test(label));
  const past = (c: Column) => c.path.some((label) => /上年|增减|变化/.test(label));
  return (
    (year !== undefined ? columns.find((c) => columnYear(c) === year) : undefined) ??
    columns.find(current) ??
    columns.find((c) => !past(c) && (year === undefined || columnYear(c) === undefined || columnYear(c) === year)) ??
    columns[0]
  );
}

function amountAt(row: BodyRow | undefined, column: Column | undefined): { amount: Amount; line: number } | undefined {
  if (!row || !column) return undefined;
  const cell = row.cells[column.index];
  if (!cell || cell.kind !== 'amount' || !cell.amount) return undefined;
  return { amount: cell.amount, line: cell.range.start.line };
}

function finish(title: string, table: Table, items: ChartItem[]): ChartData | undefined {
  const positive = items.filter((item) => item.value.greaterThan(0));
  if (positive.length === 0) return undefined;
  const total = positive.reduce((sum, item) => sum.plus(item.value), new Decimal(0));
  return { title, unit: positive[0]!.amount.unit, items: positive, total, tableIndex: table.index };
}

/** 一般公共预算 spending by 功能分类 类 (first 一般公共预算支出表 with 3-digit 2xx codes). */
export function functionalStructure(document: DisclosureDocument): ChartData | undefined {
  for (const table of tablesOfKind(document, 'general-budget-expenditure')) {
    const column = pickColumn(table, 'total', document.meta.year);
    if (!column) continue;
    const seen = new Set<string>();
    const items: ChartItem[] = [];
    for (const row of table.body) {
      const code = row.codes.find((c) => /^2\d{2}$/.test(c.code));
      if (!code || seen.has(code.code)) continue;
      const found = amountAt(row, column);
      if (!found) continue;
      seen.add(code.code);
      const name = code.name ?? row.name ?? row.label;
      items.push({ label: `${code.code} ${name}`.trim(), value: found.amount.value, amount: found.amount, line: found.line });
    }
    const chart = finish('一般公共预算支出结构（按功能分类科目·类）', table, items);
    if (chart) return chart;
  }
  return undefined;
}

const THREE_PUBLIC_ITEMS: Array<{ role: ColumnRole; label: string; rowPattern: RegExp }> = [
  { role: 'overseas', label: '因公出国（境）费', rowPattern: /因公出国/ },
  { role: 'vehicle-purchase', label: '公务用车购置费', rowPattern: /公务用车购置(?:费|经费)?$/ },
  { role: 'vehicle-operation', label: '公务用车运行维护费', rowPattern: /公务用车运行/ },
  { role: 'reception', label: '公务接待费', rowPattern: /公务接待/ },
];

/** Items as columns: one row (合计, else the first with figures), one column per item. */
function threePublicFromColumns(document: DisclosureDocument, table: Table): ChartItem[] {
  const hasFigures = (row: BodyRow) => row.cells.some((cell) => cell.kind === 'amount');
  const row = totalRow(table) ?? table.body.find(hasFigures);
  if (!row) return [];
  const items: ChartItem[] = [];
  for (const item of THREE_PUBLIC_ITEMS) {
    const found = amountAt(row, pickColumn(table, item.role, document.meta.year));
    if (found) items.push({ label: item.label, value: found.amount.value, amount: found.amount, line: found.line });
  }
  if (!items.some((i) => i.label.startsWith('公务用车'))) {
    const vehicle = amountAt(row, pickColumn(table, 'vehicle', document.meta.year));
    if (vehicle) items.push({ label: '公务用车购置及运行费', value: vehicle.amount.value, amount: vehicle.amount, line: vehicle.line });
  }
  return items;
}

/** Items as rows (项目 | 合计 …): the row labelled with the item, the total column. */
function threePublicFromRows(document: DisclosureDocument, table: Table): ChartItem[] {
  const column = pickColumn(table, 'total', document.meta.year) ?? table.columns.find((c) => columnRole(c) !== 'other' && c.role === 'value');
  if (!column) return [];
  const items: ChartItem[] = [];
  for (const item of THREE_PUBLIC_ITEMS) {
    const row = table.body.find((r) => item.rowPattern.test(compactLabel(r.label).replace(/^[①②③④⑤\d.、（）()]+/, '')));
    const found = amountAt(row, column);
    if (found) items.push({ label: item.label, value: found.amount.value, amount: found.amount, line: found.line });
  }
  return items;
}

/** The “三公” breakdown of the first 三公 table that has one. */
export function threePublicBreakdown(document: DisclosureDocument): ChartData | undefined {
  for (const table of tablesOfKind(document, 'three-public')) {
    const byColumns = threePublicFromColumns(document, table);
    const items = byColumns.length > 0 ? byColumns : threePublicFromRows(document, table);
    const chart = finish('“三公”经费构成', table, items);
    if (chart) return chart;
  }
  return undefined;
}
