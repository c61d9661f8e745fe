/**
 * The standard tables of a 部门预算公开 (domain.md §1), as `.disclosure` text: caption, unit line,
 * multi-level header, delimiter, and either a 合计 row to fill in or the note 本表无数据. Used by the
 * template command, the “insert a standard table” command and (through snippets/generate.ts) the snippets.
 */

export interface StandardTable {
  /** Stable id, also the snippet prefix suffix. */
  id: string;
  name: string;
  /** Header rows, one array of labels per level (repeats merge, as in docs/format.md §4.3). */
  header: string[][];
  /** Alignment of each column in the delimiter row. */
  numeric: boolean[];
  /** First body rows of a fresh table (labels; figures left blank). */
  rows: string[][];
  /** Usually published empty (with 本表无数据). */
  usuallyEmpty?: boolean;
}

const B = '基本支出';
export const STANDARD_TABLES: StandardTable[] = [
  {
    id: 'income-expenditure-summary',
    name: '收支总表',
    header: [['收入', '收入', '支出', '支出'], ['项目', '预算数', '项目', '预算数']],
    numeric: [false, true, false, true],
    rows: [['一、一般公共预算拨款收入', '', '一、一般公共服务支出', ''], ['收入总计', '', '支出总计', '']],
  },
  {
    id: 'income-summary',
    name: '收入总表',
    header: [['科目编码', '科目名称', '合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '事业收入', '其他收入']],
    numeric: [false, false, true, true, true, true, true, true],
    rows: [['', '合计', '', '', '', '', '', '']],
  },
  {
    id: 'expenditure-summary',
    name: '支出总表',
    header: [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
    numeric: [false, false, true, true, true],
    rows: [['', '合计', '', '', '']],
  },
  {
    id: 'fiscal-summary',
    name: '财政拨款收支总表',
    header: [['收入', '收入', '支出', '支出'], ['项目', '预算数', '项目', '预算数']],
    numeric: [false, true, false, true],
    rows: [['一、本年收入', '', '一、本年支出', ''], ['收入总计', '', '支出总计', '']],
  },
  {
    id: 'general-budget-expenditure',
    name: '一般公共预算支出表',
    header: [['科目编码', '科目名称', '合计', B, B, B, '项目支出'], ['', '', '', '小计', '人员经费', '公用经费', '']],
    numeric: [false, false, true, true, true, true, true],
    rows: [['', '合计', '', '', '', '', '']],
  },
  {
    id: 'general-budget-basic',
    name: '一般公共预算基本支出表',
    header: [['部门预算支出经济分类科目', '部门预算支出经济分类科目', '本年一般公共预算基本支出', '本年一般公共预算基本支出', '本年一般公共预算基本支出'], ['科目编码', '科目名称', '合计', '人员经费', '公用经费']],
    numeric: [false, false, true, true, true],
    rows: [['', '合计', '', '', '']],
  },
  {
    id: 'three-public',
    name: '一般公共预算“三公”经费支出表',
    header: [['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务接待费'], ['', '', '小计', '公务用车购置费', '公务用车运行费', '']],
    numeric: [true, true, true, true, true, true],
    rows: [['', '', '', '', '', '']],
  },
  {
    id: 'fund-expenditure',
    name: '政府性基金预算支出表',
    header: [['科目编码', '科目名称', '本年政府性基金预算支出', '本年政府性基金预算支出', '本年政府性基金预算支出'], ['', '', '合计', '基本支出', '项目支出']],
    numeric: [false, false, true, true, true],
    rows: [],
    usuallyEmpty: true,
  },
  {
    id: 'state-capital',
    name: '国有资本经营预算支出表',
    header: [['科目编码', '科目名称', '本年国有资本经营预算支出', '本年国有资本经营预算支出', '本年国有资本经营预算支出'], ['', '', '合计', '基本支出', '项目支出']],
    numeric: [false, false, true, true, true],
    rows: [],
    usuallyEmpty: true,
  },
  {
    id: 'project-expenditure',
    name: '项目支出表',
    header: [['项目名称', '科目编码', '科目名称', '合计']],
    numeric: [false, false, false, true],
    rows: [['合计', '', '', '']],
  },
  {
    id: 'procurement',
    name: '政府采购预算表',
    header: [['采购项目', '采购目录', '合计', '货物', '工程', '服务']],
    numeric: [false, false, true, true, true, true],
    rows: [],
    usuallyEmpty: true,
  },
  {
    id: 'operating-cost',
    name: '机关运行经费表',
    header: [['科目编码', '科目名称', '合计']],
    numeric: [false, false, true],
    rows: [['', '合计', '']],
  },
];

function pipeRow(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

export interface TableTextOptions {
  number?: string;
  unitName?: string;
  amountUnit: string;
  empty: boolean;
}

/** The table as `.disclosure` lines. */
export function standardTableText(table: StandardTable, options: TableTextOptions): string {
  const caption = `表：${options.number ? `${options.number} ` : ''}${table.name}`;
  const attributes = `${options.unitName ? `部门/单位：${options.unitName} ` : ''}单位：${options.amountUnit}`;
  const lines = [caption, attributes, '', ...table.header.map(pipeRow)];
  lines.push(`|${table.numeric.map((n) => (n ? '---:' : '---')).join('|')}|`);
  if (options.empty || table.rows.length === 0) lines.push('本表无数据');
  else lines.push(...table.rows.map(pipeRow));
  return lines.join('\n');
}
