/**
 * Budget execution statements of a 决算 (final accounts), read from the paragraph claims:
 *   “一般公共预算财政拨款支出年初预算为 2993.92 万元，支出决算为 2940.05 万元，完成年初预算的 98.20%”
 *   “1、一般公共服务支出（类）财政事务（款）行政运行（项）。… 年初预算为 1560.05 万元，支出决算为 1511.89 万元。
 *    决算数小于预算数的主要原因 …”
 *   “其中：因公出国（境）费决算为 0.00 万元，完成预算的 0%”
 * Each statement has a subject (a summary line, a 三公 item, or a 类/款/项 path), the budget figure with its
 * basis (年初 / 调整后 / 全年 / unspecified), the 决算 figure, the completion rate and the wording that
 * compares them (决算数大于/小于预算数, 与预算数持平). The table figures they restate are looked up here too.
 */
import Decimal from 'decimal.js';
import { compactLabel } from '../model/labels';
import type { Amount } from '../numeric/amount';
import { unitFactor } from '../numeric/units';
import type { BodyRow, Column, DisclosureDocument, Paragraph, Range, Table } from '../model/types';
import { paragraphRange } from '../model/paragraphs';
import { columnRole } from '../analysis/columnRoles';
import { isMeasureColumn, threePublicColumnItem } from '../analysis/identities/finalAccountsIdentities';
import type { AmountClaim, ParagraphClaims, PercentClaim } from './claims';
import { cleanLead, targetOfLead, type ClaimTarget, type ThreePublicKey } from './labels';
import { figureForTarget, type TableFigure } from './tableFigures';

export type BudgetBasis = '年初' | '调整' | '全年' | '预算';

/** A 功能分类 项 named 类/款/项 in an item narrative. */
export interface ItemPath {
  kind: 'item';
  names: string[];
}

export type ExecutionSubject = ClaimTarget | ItemPath;

export interface ExecutionStatement {
  paragraph: Paragraph;
  subject?: ExecutionSubject;
  budget?: AmountClaim;
  basis?: BudgetBasis;
  actual?: AmountClaim;
  rate?: PercentClaim;
  /** The basis the rate names (完成年初预算的 → 年初). */
  rateBasis?: BudgetBasis;
  comparison?: { word: '大于' | '小于' | '持平'; loose: boolean; range: Range; text: string };
}

/** The lead of a budget figure in a 决算 (年初预算为, 调整后预算数, 全年预算), not of an accounts figure. */
export const BUDGET_LEAD = /(年初|调整后?|全年)?预算(?:数)?(?:安排)?(?:为|是)?[ \t\u3000]*$/;
const ACTUAL_LEAD = /(?:支出)?决算(?:数)?(?:为|是)?[ \t\u3000]*$/;
const RATE_LEAD = /完成(年初|调整后?|全年)?预算(?:数)?的?[ \t\u3000]*$/;
const ITEM_PATH = /^[^（(]{0,4}?([^（()）、.．]+?)[（(]类[）)]([^（()）]+?)[（(]款[）)](?:([^（()）]+?)[（(]项[）)])?/;
const COMPARISON = /决算数?(?:与预算数?)?(基本)?(持平)|决算数?(大于|高于|超过|小于|低于)(?:[（(](?:大于|小于)[）)])?预算数?/g;

function basisOf(word: string | undefined): BudgetBasis {
  if (!word) return '预算';
  if (word.startsWith('年初')) return '年初';
  if (word.startsWith('调整')) return '调整';
  return '全年';
}

function subjectOfLead(lead: string, suffix: RegExp): ClaimTarget | undefined {
  const text = cleanLead(lead.replace(suffix, ''));
  return text ? targetOfLead(text) : undefined;
}

function itemPath(paragraph: Paragraph): ItemPath | undefined {
  const text = paragraph.text.slice(paragraph.marker?.length ?? 0).trim();
  const match = ITEM_PATH.exec(text);
  if (!match) return undefined;
  const names = [match[1]!, match[2]!, match[3]].filter((n): n is string => n !== undefined).map((n) => compactLabel(n));
  return { kind: 'item', names };
}

export function paragraphStatements(claims: ParagraphClaims): ExecutionStatement[] {
  const { paragraph } = claims;
  const item = itemPath(paragraph);
  const statements: ExecutionStatement[] = [];
  let current: ExecutionStatement | undefined;
  const events = [
    ...claims.amounts.map((a) => ({ offset: a.figure.start, amount: a as AmountClaim | undefined, percent: undefined as PercentClaim | undefined })),
    ...claims.percents.map((p) => ({ offset: p.percent.start, amount: undefined as AmountClaim | undefined, percent: p as PercentClaim | undefined })),
  ].sort((a, b) => a.offset - b.offset);
  for (const event of events) {
    if (event.percent) {
      const match = RATE_LEAD.exec(event.percent.lead);
      const owner = [...statements].reverse().find((s) => s.actual && !s.rate);
      if (match && owner) {
        owner.rate = event.percent;
        owner.rateBasis = basisOf(match[1]);
      }
      continue;
    }
    const amount = event.amount!;
    if (amount.role !== 'current') continue;
    const lead = amount.lead;
    if (/决算/.test(lead) && ACTUAL_LEAD.test(lead)) {
      const subject = subjectOfLead(lead, ACTUAL_LEAD);
      if (current && !current.actual && (!subject || sameSubject(subject, current.subject))) {
        current.actual = amount;
      } else {
        current = { paragraph, actual: amount, ...(subject ? { subject } : current?.subject && !subject ? { subject: current.subject } : {}) };
        statements.push(current);
      }
      continue;
    }
    const budget = BUDGET_LEAD.exec(lead);
    if (budget && !/决算/.test(lead)) {
      const subject = subjectOfLead(lead, BUDGET_LEAD) ?? item;
      current = { paragraph, budget: amount, basis: basisOf(budget[1]), ...(subject ? { subject } : {}) };
      statements.push(current);
    }
  }
  const text = claims.paragraph.text;
  for (const match of text.matchAll(COMPARISON)) {
    const offset = match.index ?? 0;
    const owner = [...statements].reverse().find((s) => s.budget && s.actual && s.actual.figure.start < offset && !s.comparison);
    if (!owner) continue;
    const word = match[2] ? '持平' : /大于|高于|超过/.test(match[3]!) ? '大于' : '小于';
    if (/[（(]/.test(match[0])) continue; // template wording 大于（小于）: PRO006's
    owner.comparison = { word, loose: match[1] !== undefined, range: paragraphRange(paragraph, offset, offset + match[0].length), text: match[0] };
  }
  return statements.filter((s) => s.actual || s.budget);
}

function sameSubject(a: ExecutionSubject | undefined, b: ExecutionSubject | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A 决算 states year-on-year changes of a subject whose current figure is a 决算 figure stated earlier
 * (“公务接待费支出决算为 1.20 万元” … next paragraph “公务接待费支出决算增加 1.20 万元，增长 100%”): gives such a
 * change its subject and current figure, from the latest earlier statement (or claim) of that subject.
 */
export function linkFinalChanges(paragraphs: ParagraphClaims[], statements: ExecutionStatement[]): void {
  for (const claims of paragraphs) {
    for (const change of claims.changes) {
      if (change.current) continue;
      const subject = change.subject ?? subjectOfChangeLead(change.change.lead);
      if (!subject) continue;
      const before = (offset: number, paragraph: Paragraph): boolean =>
        paragraph.range.start.line < claims.paragraph.range.start.line || (paragraph === claims.paragraph && offset < change.change.figure.start);
      const sameParagraph = claims.amounts.filter((a) => a.role === 'current' && a.target && sameSubject(a.target, subject) && before(a.figure.start, a.paragraph));
      const fromStatement = statements.filter((s) => s.actual && sameSubject(s.subject, subject) && before(s.actual.figure.start, s.paragraph) && sameSection(s.paragraph, claims.paragraph));
      const current = sameParagraph[sameParagraph.length - 1] ?? fromStatement[fromStatement.length - 1]?.actual;
      if (!current) continue;
      change.subject = subject;
      change.current = current;
    }
  }
}

function sameSection(a: Paragraph, b: Paragraph): boolean {
  const section = (p: Paragraph): string => p.headingPath.slice(0, 2).map((h) => h.text).join('/');
  return section(a) === section(b);
}

function subjectOfChangeLead(lead: string): ClaimTarget | undefined {
  const text = cleanLead(lead.replace(/(?:比|较|同比|与).*$/, '').replace(/(?:增加|减少|增长|下降|增|减)(?:[（(](?:增加|减少|减|增)[）)])?[ \t\u3000]*$/, '').replace(/(?:支出)?决算(?:数)?$/, ''));
  return text ? targetOfLead(text) : undefined;
}

// ── The table figures a statement restates ─────────────────────────────────────────────────────────

/** A 三公 决算 table's cell for an item and a measure (预算数 / 决算数), the item read from the header path. */
function threePublicMeasure(document: DisclosureDocument, key: ThreePublicKey, measure: RegExp): TableFigure | undefined {
  for (const table of document.tables.filter((t) => t.kind === 'three-public')) {
    const column = table.columns.find((c) => isMeasureColumn(c) && measure.test(compactLabel(c.label)) && threePublicColumnItem(c) === key);
    const row = table.body.find((r) => r.cells.some((cell) => cell.kind === 'amount')) ?? table.body[0];
    const cell = column && row ? row.cells[column.index] : undefined;
    if (column && row && cell && (cell.kind === 'amount' || cell.kind === 'blank')) return { table, row, column, cell };
  }
  return undefined;
}

const FUND_HEADING = /政府性基金/;
const STATE_CAPITAL_HEADING = /国有资本经营/;

function itemTable(document: DisclosureDocument, paragraph: Paragraph): Table | undefined {
  const headings = paragraph.headingPath.map((h) => h.title).join('/');
  const kind = FUND_HEADING.test(headings) ? 'fund-expenditure' : STATE_CAPITAL_HEADING.test(headings) ? 'state-capital' : 'general-budget-expenditure';
  return document.tables.find((t) => t.kind === kind && t.body.length > 0) ?? (kind === 'general-budget-expenditure' ? document.tables.find((t) => t.kind === 'expenditure-summary' && t.body.length > 0) : undefined);
}

/** The column of a function table that holds a row's whole spending (合计 / 本年支出合计 / 本年支出/小计). */
function spendingColumn(table: Table): Column | undefined {
  return (
    table.columns.find((c) => c.role === 'value' && columnRole(c) === 'total' && !/结转|收入/.test(c.path.join('/'))) ??
    table.columns.find((c) => c.role === 'value' && /本年支出/.test(c.path.join('/')) && /小计|合计/.test(c.label))
  );
}

/** The 项 (or 款) row a 类/款/项 path names: each level under the one before, by name. */
export function rowOfPath(table: Table, names: string[]): BodyRow | undefined {
  let prefix = '';
  let found: BodyRow | undefined;
  const lengths = [3, 5, 7];
  for (let level = 0; level < names.length; level++) {
    const wanted = names[level]!;
    found = table.body.find(
      (row) => row.code !== undefined && row.code.length === lengths[level] && row.code.startsWith(prefix) && compactLabel(row.name ?? row.label) === wanted,
    );
    if (!found) return undefined;
    prefix = found.code!;
  }
  return found;
}

/** The table figure a statement's 决算 (measure 'actual') or 预算 (measure 'budget') restates, if the tables hold it. */
export function statementFigure(document: DisclosureDocument, statement: ExecutionStatement, measure: 'actual' | 'budget'): TableFigure | undefined {
  const subject = statement.subject;
  if (!subject) return undefined;
  if (subject.kind === 'three-public') {
    const figure = threePublicMeasure(document, subject.key, measure === 'actual' ? /^(?:决算数|执行数)$/ : /^(?:年初)?预算数$/);
    if (figure || measure === 'budget') return figure;
    return figureForTarget(document, subject);
  }
  if (measure === 'budget') return undefined; // a 决算 prints no budget beside its function tables
  if (subject.kind === 'item') {
    const table = itemTable(document, statement.paragraph);
    const row = table ? rowOfPath(table, subject.names) : undefined;
    const column = table ? spendingColumn(table) : undefined;
    const cell = row && column ? row.cells[column.index] : undefined;
    if (!table || !row || !column || !cell || (cell.kind !== 'amount' && cell.kind !== 'blank')) return undefined;
    return { table, row, column, cell };
  }
  return figureForTarget(document, subject);
}

/** A table cell as an amount (blank = 0 in the table's unit). */
export function figureAmount(figure: TableFigure): Amount {
  return figure.cell.amount ?? { value: new Decimal(0), decimals: 0, unit: figure.table.unit, text: '0（空白）', grouped: false };
}

/** The 预算数 a statement's completion rate divides by: the one it states, or the 三公 table's 预算数. */
export function statementBudget(document: DisclosureDocument, statement: ExecutionStatement): { amount: Amount; figure?: TableFigure } | undefined {
  if (statement.budget) return { amount: statement.budget.figure.amount };
  const figure = statementFigure(document, statement, 'budget');
  return figure ? { amount: figureAmount(figure), figure } : undefined;
}

/** Whether the rate's basis (完成年初预算的) and the stated budget's (调整后预算为) name different budgets. */
export function basesDiffer(statement: ExecutionStatement): boolean {
  return statement.budget !== undefined && statement.basis !== '预算' && statement.rateBasis !== undefined && statement.rateBasis !== '预算' && statement.basis !== statement.rateBasis;
}

/** 决算数 ÷ 预算数 × 100 (undefined for a zero budget). */
export function completionPercent(actual: Amount, budget: Amount): Decimal | undefined {
  if (budget.value.isZero()) return undefined;
  return actual.value.times(unitFactor(actual.unit)).div(budget.value.times(unitFactor(budget.unit))).times(100);
}
