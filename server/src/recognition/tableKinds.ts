/**
 * The standard tables of a budget disclosure, recognised from their caption names, including the
 * regional variants seen in the seeds and their neighbours (domain.md §1).
 */
import { memoiseByString } from '../memoise';

export type TableKind =
  | 'income-expenditure-summary' // 收支总表
  | 'income-summary' // 收入总表
  | 'expenditure-summary' // 支出总表
  | 'fiscal-summary' // 财政拨款收支总表
  | 'general-budget-expenditure' // 一般公共预算支出表（功能分类）
  | 'general-budget-basic' // 一般公共预算基本支出表（经济分类）
  | 'three-public' // “三公”经费支出表
  | 'fund-expenditure' // 政府性基金预算支出表
  | 'fund-income' // 政府性基金预算收入表
  | 'state-capital' // 国有资本经营预算支出表
  | 'project-expenditure' // 项目支出表
  | 'procurement' // 政府采购预算表
  | 'operating-cost' // 机关运行经费表
  | 'performance' // 绩效目标表
  | 'economic-expenditure' // 支出经济分类汇总表
  | 'basic-expenditure' // 基本支出预算表（全部资金，经济分类）
  | 'fund-summary' // 政府性基金收支表
  | 'unknown';

interface KindPattern {
  kind: TableKind;
  pattern: RegExp;
}

/** Checked in order: the more specific names first. */
const PATTERNS: KindPattern[] = [
  { kind: 'performance', pattern: /绩效目标|绩效指标|绩效表/ },
  { kind: 'three-public', pattern: /三公/ },
  { kind: 'operating-cost', pattern: /机关运行经费/ },
  { kind: 'procurement', pattern: /政府采购/ },
  { kind: 'fund-summary', pattern: /政府性基金(?:预算)?收支(?:预算)?(?:总)?表/ },
  { kind: 'fund-income', pattern: /政府性基金.*收入/ },
  { kind: 'fund-expenditure', pattern: /政府性基金/ },
  { kind: 'state-capital', pattern: /国有资本经营/ },
  { kind: 'fiscal-summary', pattern: /财政拨款收(?:入)?支(?:出)?(?:总|预算总|情况|总体情况)?表/ },
  { kind: 'general-budget-basic', pattern: /一般公共预算.*基本支出|基本支出.*经济(?:分类|科目)|一般公共预算.*经济分类/ },
  { kind: 'general-budget-expenditure', pattern: /一般公共预算.*支出/ },
  { kind: 'basic-expenditure', pattern: /^(?:20\d{2}年)?(?:部门)?基本支出(?:预算)?(?:情况|明细)?表/ },
  { kind: 'project-expenditure', pattern: /项目支出|专项业务经费支出表/ },
  { kind: 'economic-expenditure', pattern: /经济分类/ },
  { kind: 'income-expenditure-summary', pattern: /收(?:入)?支(?:出)?(?:总(?:体情况)?|预算总)表/ },
  { kind: 'income-summary', pattern: /收入(?:总体情况|预算总|总)?表/ },
  { kind: 'expenditure-summary', pattern: /支出(?:总体情况|预算总|总)?表/ },
];

/**
 * The nine standard tables of a 部门决算 / 单位决算 (上海 template 2024 and the 财政部 set), mapped onto the
 * budget kinds whose identities they share. Checked first in a 决算 document or when the caption says 决算.
 */
const FINAL_PATTERNS: KindPattern[] = [
  { kind: 'three-public', pattern: /三公/ },
  { kind: 'fiscal-summary', pattern: /财政拨款收(?:入)?支(?:出)?(?:决算)?总表/ },
  { kind: 'income-expenditure-summary', pattern: /收(?:入)?支(?:出)?决算总表|收入支出总表/ },
  { kind: 'fund-expenditure', pattern: /政府性基金/ },
  { kind: 'state-capital', pattern: /国有资本经营/ },
  { kind: 'general-budget-basic', pattern: /一般公共预算.*基本支出/ },
  { kind: 'general-budget-expenditure', pattern: /一般公共预算.*支出/ },
  { kind: 'project-expenditure', pattern: /项目支出/ },
  { kind: 'income-summary', pattern: /^(?:20\d{2}年度?)?(?:部门|单位)?收入(?:决算)?表$/ },
  { kind: 'expenditure-summary', pattern: /^(?:20\d{2}年度?)?(?:部门|单位)?支出(?:决算)?表$/ },
];

/** Whether a 类型 is a final-accounts disclosure (决算). */
export function isFinalAccounts(documentKind: string | undefined): boolean {
  return documentKind === '部门决算' || documentKind === '单位决算';
}

/**
 * Kinds by caption name, one memo for 决算 documents and one for the others: documents and the checks of
 * one document recognise the same few captions again and again, each a compaction and up to 27 regexp tests.
 */
const KINDS = {
  final: memoiseByString((name) => kindOfCaption(name, true), 5000),
  other: memoiseByString((name) => kindOfCaption(name, false), 5000),
};

/** Recognises a table's kind from its caption name (without its number) and the document's 类型. */
export function recognizeTableKind(name: string, documentKind?: string): TableKind {
  return (isFinalAccounts(documentKind) ? KINDS.final : KINDS.other)(name);
}

function kindOfCaption(name: string, finalAccounts: boolean): TableKind {
  const compact = name.replace(/[\s\u3000]/g, '');
  if (finalAccounts || /决算/.test(compact)) {
    for (const { kind, pattern } of FINAL_PATTERNS) {
      if (pattern.test(compact)) return kind;
    }
  }
  for (const { kind, pattern } of PATTERNS) {
    if (pattern.test(compact)) return kind;
  }
  return 'unknown';
}

/** The 决算 names of the kinds (hovers of a 决算 document). */
export const FINAL_TABLE_KIND_NAMES: Partial<Record<TableKind, string>> = {
  'income-expenditure-summary': '收入支出决算总表',
  'income-summary': '收入决算表',
  'expenditure-summary': '支出决算表',
  'fiscal-summary': '财政拨款收入支出决算总表',
  'general-budget-expenditure': '一般公共预算财政拨款支出决算表',
  'general-budget-basic': '一般公共预算财政拨款基本支出决算表',
  'three-public': '财政拨款“三公”经费支出决算表',
  'fund-expenditure': '政府性基金预算财政拨款收入支出决算表',
  'state-capital': '国有资本经营预算财政拨款收入支出决算表',
};

/** The kind's Chinese name, in the 决算 wording for a 决算 document. */
export function tableKindName(kind: TableKind, documentKind?: string): string {
  return (isFinalAccounts(documentKind) ? FINAL_TABLE_KIND_NAMES[kind] : undefined) ?? TABLE_KIND_NAMES[kind];
}

/** Chinese names of the kinds, for hovers and messages. */
export const TABLE_KIND_NAMES: Record<TableKind, string> = {
  'income-expenditure-summary': '收支总表',
  'income-summary': '收入总表',
  'expenditure-summary': '支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'general-budget-expenditure': '一般公共预算支出表',
  'general-budget-basic': '一般公共预算基本支出表',
  'three-public': '一般公共预算“三公”经费支出表',
  'fund-expenditure': '政府性基金预算支出表',
  'fund-income': '政府性基金预算收入表',
  'state-capital': '国有资本经营预算支出表',
  'project-expenditure': '项目支出表',
  procurement: '政府采购预算表',
  'operating-cost': '机关运行经费表',
  performance: '绩效目标表',
  'economic-expenditure': '支出经济分类汇总表',
  'basic-expenditure': '基本支出预算表',
  'fund-summary': '政府性基金收支表',
  unknown: '未识别的表',
};
