/**
 * Identities of a 决算 (final accounts) that budgets do not have (docs/rules.md, FIN):
 *  FIN001 收入决算表 合计 row, each income source = 收入支出决算总表's income line(s)
 *         (财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营 财政拨款收入)
 *  FIN002 基本支出决算表 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310 (+ other classes)
 *  FIN003 一般公共预算财政拨款支出决算表 合计 基本支出 = 人员经费合计 + 公用经费合计
 *  FIN004 财政拨款收入支出决算总表: 本年收入合计 = 收入支出决算总表's 财政拨款 income lines; its
 *         一般公共预算财政拨款 column = 一般公共预算财政拨款支出决算表 (类 lines, 本年支出合计)
 *  FIN005 “三公” 决算表 with 预算数 / 决算数 under each item: 合计 = 因公出国（境） + 公务用车购置及运行 +
 *         公务接待, 公务用车购置及运行 = 购置 + 运行, for each measure
 * The 总表 balance (本年收入 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出 + 结余分配 + 年末结转和结余)
 * is BAL004's, the 类/款/项 roll-ups BAL002's, 支出 = 基本 + 项目 + … BAL001's.
 */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Column, DisclosureDocument, Table } from '../../model/types';
import { isFinalAccounts } from '../../recognition/tableKinds';
import type { ThreePublicKey } from '../../prose/labels';
import { findTotalRow } from './rowStructure';
import { isSideBySide, summaryColumns, type SummaryColumn } from './summaryIdentities';
import { stripMarker } from './crossTableIdentities';
import { makeTerm, rowTitle, tableTitle } from './terms';
import type { Identity, Term } from './types';

const FISCAL_LINE = /^(?:一般公共预算|政府性基金预算|国有资本经营预算)财政拨款(?:收入)?$/;
const PERSONNEL_CLASSES = new Set(['301', '303']);

function firstOfKind(document: DisclosureDocument, kind: Table['kind'], accept: (t: Table) => boolean = () => true): Table | undefined {
  return document.tables.find((t) => t.kind === kind && accept(t));
}

function usable(term: Term | undefined): term is Term {
  return term !== undefined && (term.cell.kind === 'amount' || term.cell.kind === 'blank');
}

function identity(ruleId: string, target: Term | undefined, parts: Array<Term | undefined>, relation: string): Identity | undefined {
  if (!usable(target) || parts.length === 0 || !parts.every(usable)) return undefined;
  const terms = parts as Term[];
  if (![target, ...terms].some((t) => t.cell.kind === 'amount')) return undefined;
  const key = `${ruleId}:${target.table.index}:${target.row.index}:${target.column.index}=${terms.map((t) => `${t.table.index}:${t.row.index}:${t.column.index}`).join('+')}`;
  return { key, ruleId, target, parts: terms, relation };
}

/** A line of a side-by-side summary table, named by its label, in one of its value columns. */
function lineTerm(table: Table, summary: SummaryColumn, row: BodyRow, value: Column = summary.values[0]!): Term | undefined {
  const label = compactLabel(row.cells[summary.name.index]?.text ?? '') || rowTitle(row);
  const term = makeTerm(table, row, value, label);
  return term ? { ...term, rowLabel: label } : undefined;
}

function incomeSide(table: Table | undefined): SummaryColumn | undefined {
  if (!table || !isSideBySide(table)) return undefined;
  return summaryColumns(table).find((c) => c.side === 'income');
}

function fin001(document: DisclosureDocument, out: Identity[]): void {
  const overall = firstOfKind(document, 'income-expenditure-summary', isSideBySide);
  const income = firstOfKind(document, 'income-summary', (t) => t.body.length > 0);
  const side = incomeSide(overall);
  const totalRow = income ? findTotalRow(income) : undefined;
  if (!overall || !income || !side || !totalRow) return;
  for (const column of income.columns) {
    if (column.role !== 'value' || /合计|小计/.test(column.label)) continue;
    const label = compactLabel(column.label);
    const lines = side.lines.filter((line) => (label === '财政拨款收入' ? FISCAL_LINE.test(line.name) : compactLabel(line.name) === label));
    if (lines.length === 0) continue;
    const found = identity(
      'FIN001',
      makeTerm(income, totalRow, column, `${tableTitle(income)} 合计 ${column.label}`),
      lines.map((line) => lineTerm(overall, side, line.row)),
      `收入决算表 合计 ${column.label} = 收入支出决算总表 ${lines.map((l) => l.label).join(' + ')}`,
    );
    if (found) out.push(found);
  }
}

function classRows(table: Table, personnel: boolean): BodyRow[] {
  return table.body.filter((row) => row.code !== undefined && /^3\d\d$/.test(row.code) && PERSONNEL_CLASSES.has(row.code) === personnel);
}

function economicTotals(table: Table): { personnel?: BodyRow; public?: BodyRow } {
  const find = (pattern: RegExp): BodyRow | undefined => table.body.find((row) => row.codes.length === 0 && pattern.test(compactLabel(row.label)));
  return { personnel: find(/^人员经费(?:合计|小计)?$/), public: find(/^(?:日常)?公用经费(?:合计|小计)?$/) };
}

function valueColumn(table: Table): Column | undefined {
  return table.columns.find((c) => c.role === 'value' && table.body.some((row) => row.cells[c.index]?.kind === 'amount'));
}

function fin002and003(document: DisclosureDocument, out: Identity[]): void {
  const basic = firstOfKind(document, 'general-budget-basic', (t) => t.body.length > 0);
  if (!basic) return;
  const column = valueColumn(basic);
  const totals = economicTotals(basic);
  if (!column) return;
  for (const [row, personnel, name] of [
    [totals.personnel, true, '人员经费合计'],
    [totals.public, false, '公用经费合计'],
  ] as const) {
    if (!row) continue;
    const parts = classRows(basic, personnel);
    if (parts.length === 0) continue;
    const found = identity(
      'FIN002',
      makeTerm(basic, row, column, name),
      parts.map((p) => makeTerm(basic, p, column, rowTitle(p))),
      `${name} = ${parts.map((p) => p.code).join(' + ')}`,
    );
    if (found) out.push(found);
  }
  const general = firstOfKind(document, 'general-budget-expenditure', (t) => t.body.length > 0);
  const generalRow = general ? findTotalRow(general) : undefined;
  const basicColumn = general?.columns.find((c) => c.role === 'value' && /^基本支出$/.test(compactLabel(c.label)));
  if (!general || !generalRow || !basicColumn || !totals.personnel || !totals.public) return;
  const found = identity(
    'FIN003',
    makeTerm(general, generalRow, basicColumn, '合计 基本支出'),
    [makeTerm(basic, totals.personnel, column, `${tableTitle(basic)} 人员经费合计`), makeTerm(basic, totals.public, column, `${tableTitle(basic)} 公用经费合计`)],
    '一般公共预算财政拨款支出决算表 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计',
  );
  if (found) out.push(found);
}

function fin004(document: DisclosureDocument, out: Identity[]): void {
  const fiscal = firstOfKind(document, 'fiscal-summary', isSideBySide);
  if (!fiscal) return;
  const columns = summaryColumns(fiscal);
  const fiscalIncome = columns.find((c) => c.side === 'income');
  const overall = firstOfKind(document, 'income-expenditure-summary', isSideBySide);
  const overallIncome = incomeSide(overall);
  if (fiscalIncome?.currentTotal && overall && overallIncome) {
    const lines = overallIncome.lines.filter((line) => FISCAL_LINE.test(line.name));
    const found = identity(
      'FIN004',
      lineTerm(fiscal, fiscalIncome, fiscalIncome.currentTotal),
      lines.map((line) => ({ ...lineTerm(overall, overallIncome, line.row)!, label: `${tableTitle(overall)} ${line.label}` })),
      '财政拨款收入支出决算总表 本年收入合计 = 收入支出决算总表 财政拨款收入',
    );
    if (found) out.push(found);
  }
  const expenditure = columns.find((c) => c.side === 'expenditure');
  const general = firstOfKind(document, 'general-budget-expenditure', (t) => t.body.length > 0);
  const generalColumn = expenditure?.values.find((v) => /一般公共预算/.test(compactLabel(v.label)));
  const generalTotal = general?.columns.find((c) => c.role === 'value' && /^(?:合计|本年支出合计)$/.test(compactLabel(c.label)));
  if (!expenditure || !general || !generalColumn || !generalTotal) return;
  const classes = new Map<string, BodyRow>();
  for (const row of general.body) if (row.code && /^2\d\d$/.test(row.code)) classes.set(compactLabel(row.label), row);
  for (const line of expenditure.lines) {
    const row = classes.get(stripMarker(line.label));
    if (!row) continue;
    const found = identity(
      'FIN004',
      lineTerm(fiscal, expenditure, line.row, generalColumn),
      [makeTerm(general, row, generalTotal, `${tableTitle(general)} ${rowTitle(row)}`)],
      '财政拨款收入支出决算总表 一般公共预算财政拨款 类 = 一般公共预算财政拨款支出决算表 类',
    );
    if (found) out.push(found);
  }
  const generalRow = findTotalRow(general);
  if (expenditure.currentTotal && generalRow) {
    const found = identity(
      'FIN004',
      lineTerm(fiscal, expenditure, expenditure.currentTotal, generalColumn),
      [makeTerm(general, generalRow, generalTotal, `${tableTitle(general)} 合计`)],
      '财政拨款收入支出决算总表 一般公共预算财政拨款 本年支出合计 = 一般公共预算财政拨款支出决算表 合计',
    );
    if (found) out.push(found);
  }
}

const MEASURE = /^(?:预算数|决算数|执行数|年初预算数|调整预算数|全年预算数)$/;

/** The 三公 item a header label names (合计 is the total). */
export function threePublicItem(label: string): ThreePublicKey | undefined {
  const compact = compactLabel(label);
  if (/^(?:“?"?三公"?”?经费)?合计$/.test(compact)) return 'three-public-total';
  if (/因公出国/.test(compact)) return 'overseas';
  if (/公务用车购置及运行/.test(compact)) return 'vehicle';
  if (/公务用车购置(?:费)?$/.test(compact)) return 'vehicle-purchase';
  if (/公务用车运行(?:维护)?费?$/.test(compact)) return 'vehicle-operation';
  if (/公务接待/.test(compact)) return 'reception';
  return undefined;
}

/** The item a 三公 measure column (…/预算数, …/决算数) measures: the deepest item label of its path (小计 takes its parent's). */
export function threePublicColumnItem(column: Column): ThreePublicKey | undefined {
  for (let i = column.path.length - 2; i >= 0; i--) {
    const label = compactLabel(column.path[i]!);
    if (label === '小计') continue;
    const item = threePublicItem(label);
    if (item) return item;
  }
  return undefined;
}

/** Whether a column is a 预算数 / 决算数 measure under a 三公 item. */
export function isMeasureColumn(column: Column): boolean {
  return column.role === 'value' && MEASURE.test(compactLabel(column.label));
}

function fin005(document: DisclosureDocument, out: Identity[]): void {
  for (const table of document.tables.filter((t) => t.kind === 'three-public')) {
    const byMeasure = new Map<string, Map<ThreePublicKey, Column>>();
    for (const column of table.columns) {
      if (!isMeasureColumn(column)) continue;
      const item = threePublicColumnItem(column);
      if (!item) continue;
      const measure = compactLabel(column.label);
      const items = byMeasure.get(measure) ?? new Map<ThreePublicKey, Column>();
      if (!items.has(item)) items.set(item, column);
      byMeasure.set(measure, items);
    }
    const relations: Array<[ThreePublicKey, ThreePublicKey[], string]> = [
      ['three-public-total', ['overseas', 'vehicle', 'reception'], '合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费'],
      ['vehicle', ['vehicle-purchase', 'vehicle-operation'], '公务用车购置及运行费 = 购置费 + 运行费'],
    ];
    for (const [measure, items] of byMeasure) {
      for (const [target, parts, relation] of relations) {
        const targetColumn = items.get(target);
        const partColumns = parts.map((p) => items.get(p)).filter((c): c is Column => c !== undefined);
        if (!targetColumn || partColumns.length < 2) continue;
        for (const row of table.body) {
          const found = identity(
            'FIN005',
            makeTerm(table, row, targetColumn, `${targetColumn.path.filter((l) => !/三公/.test(l)).join('/')}`),
            partColumns.map((c) => makeTerm(table, row, c, c.path.filter((l) => !/三公/.test(l)).join('/'))),
            `${measure}：${relation}`,
          );
          if (found) out.push(found);
        }
      }
    }
  }
}

/** Appends the document's final-accounts identities to `out`. */
export function finalAccountsIdentities(document: DisclosureDocument, out: Identity[] = []): Identity[] {
  if (!isFinalAccounts(document.meta.kind) && !document.tables.some((t) => /决算/.test(t.caption?.name ?? ''))) return out;
  fin001(document, out);
  fin002and003(document, out);
  fin004(document, out);
  fin005(document, out);
  return out;
}
