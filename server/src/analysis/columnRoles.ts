/**
 * What a table column holds, from its header path: 合计, 基本支出 and its parts, 项目支出, income sources,
 * the 三公 items … The same word means different things at different depths (`小计` under 基本支出 is
 * 基本支出; under 本年收入 it is 本年收入), so the whole path is read, leaf first.
 */
import { compactLabel } from '../model/labels';
import type { Column } from '../model/types';
import { memoiseByObject, memoiseByString } from '../memoise';

export type ColumnRole =
  | 'total' // 合计 / 总计 / 预算数 (the row's whole)
  | 'basic' // 基本支出
  | 'personnel' // 人员经费 / 人员支出
  | 'public' // 公用经费 / 日常公用支出
  | 'project' // 项目支出
  | 'upper-remit' // 上缴上级支出
  | 'operating-expense' // 事业单位经营支出
  | 'subsidiary-grant' // 对附属单位补助支出
  | 'current-income' // 本年收入 (subtotal of this year's sources)
  | 'general-budget' // 一般公共预算（拨款）/ 财政拨款
  | 'fund-budget' // 政府性基金（预算拨款）
  | 'state-capital' // 国有资本经营预算
  | 'special-account' // 财政专户管理资金
  | 'business-income' // 事业收入
  | 'operating-income' // 事业单位经营收入
  | 'upper-subsidy' // 上级补助收入
  | 'subsidiary-remit' // 附属单位上缴收入
  | 'other-income' // 其他收入
  | 'carryover' // 上年结转（结余）/ 上年结转安排
  | 'current-year' // 当年预算安排 (spending of this year's appropriations, beside 上年结转安排)
  | 'three-public-total' // “三公”经费合计
  | 'overseas' // 因公出国（境）费
  | 'vehicle' // 公务用车购置及运行（维护）费
  | 'vehicle-purchase' // 公务用车购置费
  | 'vehicle-operation' // 公务用车运行（维护）费
  | 'reception' // 公务接待费
  | 'other';

interface RolePattern {
  role: ColumnRole;
  pattern: RegExp;
}

/** Matched against one compact label. Order matters: specific before general. */
const LABEL_PATTERNS: RolePattern[] = [
  { role: 'three-public-total', pattern: /^“?"?三公"?”?经费(?:合计|小计)?$/ },
  { role: 'overseas', pattern: /因公出国（?\(?境）?\)?(?:费|经费)/ },
  { role: 'vehicle-purchase', pattern: /公务用车购置(?:费|经费)?$/ },
  { role: 'vehicle-operation', pattern: /公务用车运行(?:维护)?(?:费|经费)$/ },
  { role: 'vehicle', pattern: /公务用车购置及运行/ },
  { role: 'reception', pattern: /公务接待费/ },
  { role: 'personnel', pattern: /^人员(?:经费|支出|经费支出)$|^工资福利支出$/ },
  { role: 'public', pattern: /^(?:日常)?公用(?:经费|支出|经费支出)$/ },
  { role: 'basic', pattern: /^基本支出(?:预算)?$/ },
  { role: 'project', pattern: /^(?:项目支出|专项业务经费支出|专项支出)$/ },
  { role: 'upper-remit', pattern: /^上缴上级支出$/ },
  { role: 'operating-expense', pattern: /^事业单位经营支出$/ },
  { role: 'subsidiary-grant', pattern: /^对附属单位(?:的)?补助支出$/ },
  { role: 'carryover', pattern: /^上年结转(?:结余|安排)?$/ },
  { role: 'current-year', pattern: /^当年预算安排$|^本年预算安排$/ },
  { role: 'current-income', pattern: /^本年收入(?:合计)?$/ },
  { role: 'total', pattern: /^本年支出合计$/ },
  { role: 'general-budget', pattern: /^(?:公共预算拨款|一般公共预算(?:拨款|收入|当年拨款)?|财政拨款(?:收入)?)$/ },
  { role: 'fund-budget', pattern: /^政府性基金(?:预算)?(?:拨款|收入)?$/ },
  { role: 'state-capital', pattern: /^国有资本经营预算(?:拨款|收入)?$/ },
  { role: 'special-account', pattern: /财政专户管理(?:资金|的收费)?(?:收入)?$/ },
  { role: 'business-income', pattern: /^事业收入$/ },
  { role: 'operating-income', pattern: /^事业单位经营收入$/ },
  { role: 'upper-subsidy', pattern: /^上级补助收入$/ },
  { role: 'subsidiary-remit', pattern: /^(?:对)?附属单位上缴收入$/ },
  { role: 'other-income', pattern: /^其他收入$/ },
  { role: 'total', pattern: /^(?:合计|总计|预算数|部门预算合计|本年预算|金额|(?:20\d{2}年)?合计)$/ },
];

/** The role one header label names; a pure function of the label, memoised (headers repeat in every table). */
export const roleOfLabel: (label: string) => ColumnRole | undefined = memoiseByString(readRoleOfLabel);

function readRoleOfLabel(label: string): ColumnRole | undefined {
  const compact = compactLabel(label);
  for (const { role, pattern } of LABEL_PATTERNS) if (pattern.test(compact)) return role;
  return undefined;
}

/**
 * The role of a column. A leaf `小计` takes its parent's role (基本支出/小计 → basic; 本年收入/小计 →
 * current-income; 公务用车购置及运行费/小计 → vehicle), a leaf `合计` under a year heading is the total.
 * Remembered per column (readers ask for the roles of the same columns many times).
 */
export const columnRole = memoiseByObject((column: Column): ColumnRole => roleOfPath(column.role, column.path)) as (column: Column) => ColumnRole;

/** Joins a header path into one memo key; no label holds it (checked), so the key splits back into the path. */
const PATH_SEPARATOR = '\u0000';

/**
 * The role of a column from what it depends on: the model's role and the header path. A pure function of
 * the path's labels, memoised by them: every table of every document repeats the same few headers.
 */
export function roleOfPath(role: Column['role'], path: readonly string[]): ColumnRole {
  if (role !== 'value' || path.length === 0) return 'other';
  for (const label of path) if (label.includes(PATH_SEPARATOR)) return readRoleOfPath(path);
  return roleOfJoinedPath(path.join(PATH_SEPARATOR));
}

const roleOfJoinedPath = memoiseByString((key) => readRoleOfPath(key.split(PATH_SEPARATOR)));

/** The role a value column's header path names. */
function readRoleOfPath(fullPath: readonly string[]): ColumnRole {
  const path = fullPath.filter((label) => !/^\d{4}\s*年/.test(compactLabel(label)) || roleOfLabel(label));
  for (let i = path.length - 1; i >= 0; i--) {
    const label = compactLabel(path[i]!);
    if (label === '小计' || label === '合计') {
      if (i === 0) return 'total';
      const parent = roleOfLabel(path[i - 1]!);
      if (parent && parent !== 'total') return parent;
      if (i === path.length - 1 && label === '合计') return 'total';
      continue;
    }
    const role = roleOfLabel(label);
    if (role) return role;
  }
  return 'other';
}

/** A year named in the column's header path (`2023 年预算数` → 2023); memoised per column. */
export const columnYear: (column: Column) => number | undefined = memoiseByObject(readColumnYear);

function readColumnYear(column: Column): number | undefined {
  for (const label of column.path) {
    const match = /(20\d{2})\s*年/.exec(label);
    if (match) return Number.parseInt(match[1]!, 10);
  }
  return undefined;
}
