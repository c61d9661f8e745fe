/**
 * Which table columns hold last year's figures (上年 / 上年预算数 / 去年 / 2022年预算数 in a 2023 document),
 * which hold this year's, and what a column measures once its period is taken away (`上年/合计` and
 * `当年/合计` both measure `合计`). 上年结转 (carried over into this year) is this year's money, not last
 * year's figure; 上年执行数 / 决算数 / 调整预算数 are not in last year's budget disclosure and are told apart.
 */
import { roleOfPath, type ColumnRole } from './columnRoles';
import { compactLabel } from '../model/labels';
import type { Column } from '../model/types';
import { keptOn, memoiseByString, memoSlot } from '../memoise';

export type ColumnPeriod = 'previous' | 'previous-execution' | 'current' | 'change' | 'other-year';

/** 上年结转、上年结余、上年实户资金余额、上年末…: this year's money that comes from last year. */
const CARRIED = /结转|结余|余额|年末|年底/;
/** Figures last year's budget disclosure does not state: execution, final accounts, the adjusted budget. */
export const NOT_IN_LAST_BUDGET = /执行|决算|实际|预计|完成|调整/;
const CHANGE = /增减|变化|变动|比较|差额|增长|同比/;
const MARKER = /[（(][A-Za-z]{1,3}[-－−][A-Za-z]{1,3}[）)]$|[（(][A-Za-z]{1,3}[）)]$/;

interface LabelPeriod {
  period: ColumnPeriod;
  /** The label without its period words ('' when it was only the period). */
  rest: string;
}

/** Per document year: the memoised labelPeriod of that year (a pure function of the label). */
const periodsByYear = new Map<number | undefined, (label: string) => LabelPeriod | undefined>();

/** The period a single header label names, if any. The answer is shared: callers read it and never change it. */
export function labelPeriod(label: string, documentYear: number | undefined): LabelPeriod | undefined {
  let ofYear = periodsByYear.get(documentYear);
  if (!ofYear) {
    // A handful of years in a session; bounded all the same.
    if (periodsByYear.size >= 64) periodsByYear.clear();
    ofYear = memoiseByString((text) => readLabelPeriod(text, documentYear));
    periodsByYear.set(documentYear, ofYear);
  }
  return ofYear(label);
}

function readLabelPeriod(label: string, documentYear: number | undefined): LabelPeriod | undefined {
  const compact = compactLabel(label).replace(MARKER, '');
  if (CHANGE.test(compact)) return { period: 'change', rest: '' };
  const previous = /^(?:上年度?|去年|上一年度?)(.*)$/.exec(compact);
  if (previous) {
    if (CARRIED.test(previous[1]!)) return undefined;
    return { period: NOT_IN_LAST_BUDGET.test(previous[1]!) ? 'previous-execution' : 'previous', rest: previous[1]! };
  }
  const current = /^(?:本年度?|当年度?)(.*)$/.exec(compact);
  if (current && !/收入$|支出$/.test(current[1]!)) return { period: 'current', rest: current[1]! };
  const dated = /^(20\d{2})年度?(.*)$/.exec(compact);
  if (dated && documentYear !== undefined) {
    const year = Number.parseInt(dated[1]!, 10);
    const rest = dated[2]!;
    if (CARRIED.test(rest)) return undefined;
    if (year === documentYear) return { period: 'current', rest };
    if (year === documentYear - 1) return { period: NOT_IN_LAST_BUDGET.test(rest) ? 'previous-execution' : 'previous', rest };
    return { period: 'other-year', rest };
  }
  return undefined;
}

export interface ColumnPeriodInfo {
  period: ColumnPeriod;
  /** The header path with the period words taken away, compacted (`['一般公共预算…', '小计']`). */
  measure: string[];
  /** The role of the column once its period is taken away (上年预算数 → total). */
  role: ColumnRole;
}

const PERIODS = memoSlot('columnPeriod');

/**
 * The period of a value column (undefined for columns that name no period) and what it measures.
 * Memoised per column and year: the answer is shared, callers read it and never change it.
 */
export function columnPeriod(column: Column, documentYear: number | undefined): ColumnPeriodInfo {
  const byYear = keptOn(column, PERIODS, () => new Map<number | undefined, ColumnPeriodInfo>());
  let info = byYear.get(documentYear);
  if (!info) {
    info = readColumnPeriod(column, documentYear);
    byYear.set(documentYear, info);
  }
  return info;
}

function readColumnPeriod(column: Column, documentYear: number | undefined): ColumnPeriodInfo {
  let period: ColumnPeriod = 'current';
  let named = false;
  const measure: string[] = [];
  for (const label of column.path) {
    const found = labelPeriod(label, documentYear);
    if (found && !named) {
      period = found.period;
      named = true;
      if (found.rest) measure.push(found.rest);
      continue;
    }
    if (found?.period === 'change') period = 'change';
    measure.push(compactLabel(label).replace(MARKER, ''));
  }
  // The role of the column with its period words taken away (what columnRole says of such a column).
  return { period, measure, role: roleOfPath(column.role, measure.length > 0 ? measure : ['合计']) };
}
