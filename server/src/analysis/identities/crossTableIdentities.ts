/**
 * Identities between tables (domain.md §3), each only where both tables are present and comparable;
 * otherwise the reason is recorded for the caption hover.
 *  XTB001 收支总表 支出功能分类 类 lines = 支出总表 类 rows
 *  XTB002 财政拨款收支总表 一般公共预算 = 一般公共预算支出表 合计
 *  XTB003 一般公共预算支出表 基本支出 / 人员经费 / 公用经费 = 一般公共预算基本支出表 合计 / 人员经费 / 公用经费
 *  XTB004 项目支出表 合计 = 支出总表 项目支出
 *  XTB005 收入总表 合计 = 收支总表 收入总计 (or 本年收入 = 本年收入合计)
 *  XTB006 支出总表 合计 = 收支总表 本年支出合计
 * Tables in 元 and 万元 compare after conversion (evaluate).
 */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Column, DisclosureDocument, Table } from '../../model/types';
import { overlaps } from '../../numeric/interval';
import { amountInterval } from '../../numeric/interval';
import { columnWithRole } from '../tableLookup';
import type { ColumnRole } from '../columnRoles';
import { findTotalRow } from './rowStructure';
import { isSideBySide, summaryColumns, type SummaryColumn } from './summaryIdentities';
import { makeTerm, rowTitle, tableTitle } from './terms';
import type { Identity, SkippedCheck, Term } from './types';
import { columnPeriod } from '../columnPeriods';

interface Context {
  document: DisclosureDocument;
  year?: number;
  identities: Identity[];
  skipped: SkippedCheck[];
}

function firstOfKind(document: DisclosureDocument, kinds: Table['kind'][], accept: (t: Table) => boolean = () => true): Table | undefined {
  return document.tables.find((t) => kinds.includes(t.kind) && accept(t));
}

function usable(term: Term | undefined): term is Term {
  return term !== undefined && (term.cell.kind === 'amount' || term.cell.kind === 'blank');
}

function push(ctx: Context, ruleId: string, target: Term | undefined, parts: Array<Term | undefined>, relation: string): void {
  if (!usable(target) || parts.length === 0 || !parts.every(usable)) return;
  const terms = parts as Term[];
  if (![target, ...terms].some((t) => t.cell.kind === 'amount')) return;
  ctx.identities.push({
    key: `${ruleId}:${target.table.index}:${target.row.index}:${target.column.index}=${terms.map((t) => `${t.table.index}:${t.row.index}:${t.column.index}`).join('+')}`,
    ruleId,
    target,
    parts: terms,
    relation,
  });
}

function skip(ctx: Context, ruleId: string, tables: Array<Table | undefined>, reason: string): void {
  for (const table of tables) if (table) ctx.skipped.push({ ruleId, table, reason });
}

/** A summary line's label without its numbering (`七、文化旅游体育与传媒支出` → the 类 name). */
export function stripMarker(label: string): string {
  return compactLabel(label).replace(/^(?:[（(]?[一二三四五六七八九十廿卅\d]+[）)、.．]|[①-⑳])/, '');
}

function totalColumn(table: Table, year?: number): Column | undefined {
  return columnWithRole(table, 'total', year);
}

function cellTerm(table: Table, row: BodyRow | undefined, column: Column | undefined, label: string): Term | undefined {
  return row && column ? makeTerm(table, row, column, label) : undefined;
}

function summaryTerm(table: Table, summary: SummaryColumn, row: BodyRow | undefined): Term | undefined {
  if (!row) return undefined;
  const label = compactLabel(row.cells[summary.name.index]?.text ?? '') || rowTitle(row);
  // This year's figure: not a 上年预算数 / 增减 column printed before it.
  const value = summary.values.find((v) => columnPeriod(v, undefined).period === 'current');
  if (!value) return undefined;
  const term = makeTerm(table, row, value, label);
  if (term) term.rowLabel = label;
  return term;
}

function isFunctionalClass(row: BodyRow): boolean {
  return row.code !== undefined && /^2\d\d$/.test(row.code);
}

function xtb001and006(ctx: Context, summaryTable: Table | undefined, expenditure: Table | undefined): void {
  if (!summaryTable || !expenditure) {
    skip(ctx, 'XTB001', [summaryTable, expenditure], summaryTable ? '文档中没有支出总表，未与收支总表核对' : '文档中没有收支总表，未与支出总表核对');
    return;
  }
  const columns = summaryColumns(summaryTable);
  const expTotalColumn = totalColumn(expenditure, ctx.year);
  const expTotalRow = findTotalRow(expenditure);
  const classes = new Map<string, BodyRow>();
  for (const row of expenditure.body) if (isFunctionalClass(row) && !classes.has(compactLabel(row.label))) classes.set(compactLabel(row.label), row);
  let functional: SummaryColumn | undefined;
  if (classes.size === 0 || !expTotalColumn) {
    skip(ctx, 'XTB001', [summaryTable, expenditure], '支出总表没有按功能分类“类”列示的行（或没有合计列），未与收支总表逐类核对');
  } else {
    for (const summary of columns.filter((c) => c.side !== 'income')) {
      let matched = 0;
      for (const line of summary.lines) {
        const row = classes.get(stripMarker(line.label));
        if (!row) continue;
        matched++;
        push(ctx, 'XTB001', summaryTerm(summaryTable, summary, line.row), [cellTerm(expenditure, row, expTotalColumn, `${tableTitle(expenditure)} ${rowTitle(row)}`)], '收支总表 类 = 支出总表 类');
      }
      if (matched > 0) {
        functional = summary;
        break;
      }
    }
    if (!functional) skip(ctx, 'XTB001', [summaryTable, expenditure], '收支总表的支出项目与支出总表的“类”名称对不上，未逐类核对');
  }
  // The panel that prints the 本年支出合计 figure: 江苏's 当年支出小计 spans both expenditure panels and
  // prints it once, in the 支出用途 panel.
  const states = (c: SummaryColumn): boolean => c.currentTotal?.cells[c.values[0]!.index]?.kind === 'amount';
  const candidates = [...(functional ? [functional] : []), ...columns.filter((c) => c.side === 'expenditure')];
  const summary = candidates.find(states) ?? candidates[0];
  const current = summary?.currentTotal;
  if (summary && current && expTotalRow && expTotalColumn) {
    push(ctx, 'XTB006', summaryTerm(summaryTable, summary, current), [cellTerm(expenditure, expTotalRow, expTotalColumn, `${tableTitle(expenditure)} 合计`)], '收支总表 本年支出合计 = 支出总表 合计');
  } else {
    skip(ctx, 'XTB006', [summaryTable, expenditure], '收支总表没有“本年支出合计”行或支出总表没有合计行，未核对支出合计');
  }
}

function xtb002(ctx: Context, fiscal: Table | undefined, general: Table | undefined): void {
  if (!fiscal || !general) {
    skip(ctx, 'XTB002', [fiscal, general], fiscal ? '文档中没有一般公共预算支出表，未核对一般公共预算' : '文档中没有财政拨款收支总表，未核对一般公共预算');
    return;
  }
  if (!isSideBySide(fiscal)) {
    skip(ctx, 'XTB002', [fiscal], '财政拨款收支总表不是“项目/金额”左右对照的格式，未核对');
    return;
  }
  const income = summaryColumns(fiscal).find((c) => c.side === 'income');
  const line = income?.lines.find((l) => /^一般公共预算(?:拨款|收入|拨款收入)?$/.test(l.name));
  const generalTotalRow = findTotalRow(general);
  const generalTotal = totalColumn(general, ctx.year);
  if (!income || !line || !generalTotalRow || !generalTotal) {
    skip(ctx, 'XTB002', [fiscal, general], '财政拨款收支总表没有“一般公共预算”收入行，或一般公共预算支出表没有合计行，未核对');
    return;
  }
  const carryover = fiscal.body.some((row) => {
    const label = compactLabel(row.cells[income.name.index]?.text ?? '');
    if (!/上年结转|年初.*结转/.test(label)) return false;
    return income.values.some((v) => {
      const amount = row.cells[v.index]?.amount;
      return amount !== undefined && !amount.value.isZero();
    });
  });
  if (carryover) {
    skip(ctx, 'XTB002', [fiscal, general], '财政拨款收支总表有上年结转收入，一般公共预算支出可能含结转资金，未核对');
    return;
  }
  push(ctx, 'XTB002', summaryTerm(fiscal, income, line.row), [cellTerm(general, generalTotalRow, generalTotal, `${tableTitle(general)} 合计`)], '财政拨款收支总表 一般公共预算 = 一般公共预算支出表 合计');
}

function isEconomic(table: Table): boolean {
  return !table.body.some((row) => row.code !== undefined && /^2\d\d/.test(row.code));
}

function xtb003(ctx: Context, general: Table | undefined): void {
  const basic = firstOfKind(ctx.document, ['general-budget-basic'], (t) => isEconomic(t) && columnWithRole(t, 'project') === undefined);
  if (!general || !basic) {
    skip(ctx, 'XTB003', [general, basic], general ? '文档中没有（不含项目支出的）一般公共预算基本支出表，未核对基本支出' : '文档中没有一般公共预算支出表，未核对基本支出');
    return;
  }
  const gRow = findTotalRow(general);
  const bRow = findTotalRow(basic);
  if (!gRow || !bRow) {
    skip(ctx, 'XTB003', [general, basic], '一般公共预算支出表或基本支出表没有合计行，未核对基本支出');
    return;
  }
  const g = (role: ColumnRole): Column | undefined => columnWithRole(general, role, ctx.year);
  const b = (role: ColumnRole): Column | undefined => columnWithRole(basic, role, ctx.year);
  const gName = tableTitle(general);
  const basicTotal = b('total') ?? b('basic');
  if (basicTotal) {
    const gBasic = g('basic');
    if (gBasic) {
      push(ctx, 'XTB003', cellTerm(basic, bRow, basicTotal, '合计'), [cellTerm(general, gRow, gBasic, `${gName} 基本支出`)], '基本支出表 合计 = 一般公共预算支出表 基本支出');
    } else if (g('personnel') && g('public')) {
      push(ctx, 'XTB003', cellTerm(basic, bRow, basicTotal, '合计'), [cellTerm(general, gRow, g('personnel'), `${gName} 人员经费`), cellTerm(general, gRow, g('public'), `${gName} 公用经费`)], '基本支出表 合计 = 一般公共预算支出表 人员经费 + 公用经费');
    }
  }
  for (const [role, name] of [['personnel', '人员经费'], ['public', '公用经费']] as const) {
    if (b(role) && g(role)) {
      push(ctx, 'XTB003', cellTerm(basic, bRow, b(role), name), [cellTerm(general, gRow, g(role), `${gName} ${name}`)], `基本支出表 ${name} = 一般公共预算支出表 ${name}`);
    }
  }
}

function xtb004(ctx: Context, expenditure: Table | undefined): void {
  const project = firstOfKind(ctx.document, ['project-expenditure'], (t) => t.body.length > 0);
  if (!project || !expenditure) {
    skip(ctx, 'XTB004', [project, expenditure], project ? '文档中没有支出总表，未核对项目支出' : '文档中没有（有数据的）项目支出表，未核对项目支出');
    return;
  }
  const expProject = columnWithRole(expenditure, 'project', ctx.year);
  const expTotal = totalColumn(expenditure, ctx.year);
  const expRow = findTotalRow(expenditure);
  const projTotal = totalColumn(project, ctx.year) ?? project.columns.find((c) => c.role === 'value');
  if (!expProject || !expRow || !projTotal) {
    skip(ctx, 'XTB004', [project, expenditure], '支出总表没有“项目支出”列或合计行（或项目支出表没有金额列），未核对项目支出');
    return;
  }
  const projRow = findTotalRow(project);
  const expProjectTerm = cellTerm(expenditure, expRow, expProject, `${tableTitle(expenditure)} 项目支出`);
  if (projRow) {
    const projTerm = cellTerm(project, projRow, projTotal, '合计');
    const whole = expTotal ? expRow.cells[expTotal.index]?.amount : undefined;
    const stated = projRow.cells[projTotal.index]?.amount;
    const projectAmount = expRow.cells[expProject.index]?.amount;
    if (whole && stated && projectAmount && overlaps(amountInterval(whole), amountInterval(stated)) && !overlaps(amountInterval(projectAmount), amountInterval(stated))) {
      skip(ctx, 'XTB004', [project, expenditure], `项目支出表的合计（${stated.text}）等于支出总表的合计而非其项目支出（${projectAmount.text}）：该表把人员类、运转类等基本支出也作为项目列示，不与项目支出比较`);
      return;
    }
    push(ctx, 'XTB004', projTerm, [expProjectTerm], '项目支出表 合计 = 支出总表 项目支出');
    return;
  }
  if (project.body.some((row) => row.code !== undefined)) {
    skip(ctx, 'XTB004', [project, expenditure], '项目支出表没有合计行，未核对项目支出');
    return;
  }
  const rows = project.body.filter((row) => row.cells[projTotal.index]?.kind === 'amount');
  push(ctx, 'XTB004', expProjectTerm, rows.map((row) => cellTerm(project, row, projTotal, `${tableTitle(project)} ${rowTitle(row)}`)), '支出总表 项目支出 = Σ项目支出表各项目');
}

function xtb005(ctx: Context, summaryTable: Table | undefined): void {
  const income = firstOfKind(ctx.document, ['income-summary'], (t) => t.body.length > 0);
  if (!income || !summaryTable) {
    skip(ctx, 'XTB005', [income, summaryTable], income ? '文档中没有收支总表，未核对收入' : '文档中没有（有数据的）收入总表，未核对收入');
    return;
  }
  const summary = summaryColumns(summaryTable).find((c) => c.side === 'income');
  const row = findTotalRow(income) ?? (income.body[0] && !income.body[0].code ? income.body[0] : undefined);
  if (!summary || !row) {
    skip(ctx, 'XTB005', [income, summaryTable], '收入总表没有合计行或收支总表没有收入栏，未核对收入');
    return;
  }
  const total = columnWithRole(income, 'total', ctx.year);
  const current = columnWithRole(income, 'current-income', ctx.year);
  if (total && summary.grandTotal) {
    push(ctx, 'XTB005', summaryTerm(summaryTable, summary, summary.grandTotal), [cellTerm(income, row, total, `${tableTitle(income)} 合计`)], '收支总表 收入总计 = 收入总表 合计');
  } else if (current && summary.currentTotal) {
    push(ctx, 'XTB005', summaryTerm(summaryTable, summary, summary.currentTotal), [cellTerm(income, row, current, `${tableTitle(income)} 本年收入`)], '收支总表 本年收入合计 = 收入总表 本年收入');
  } else {
    skip(ctx, 'XTB005', [income, summaryTable], '收入总表与收支总表没有可对应的合计，未核对收入');
  }
}

/** Appends the document's cross-table identities to `identities`. */
export function crossTableIdentities(document: DisclosureDocument, skipped: SkippedCheck[], identities: Identity[] = []): Identity[] {
  const ctx: Context = { document, identities, skipped, ...(document.meta.year ? { year: document.meta.year } : {}) };
  const summary = firstOfKind(document, ['income-expenditure-summary'], isSideBySide);
  const expenditure = firstOfKind(document, ['expenditure-summary'], (t) => t.body.length > 0);
  const fiscal = firstOfKind(document, ['fiscal-summary']);
  const general = firstOfKind(document, ['general-budget-expenditure'], (t) => t.body.length > 0);
  xtb001and006(ctx, summary, expenditure);
  xtb002(ctx, fiscal, general);
  xtb003(ctx, general);
  xtb004(ctx, expenditure);
  xtb005(ctx, summary);
  return ctx.identities;
}
