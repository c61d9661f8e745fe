/**
 * The row structure of a coded table: which rows roll up into which, by code (类 → 款 → 项, 301 →
 * 30101, 部门 410 → 单位 410001), by position (a parent heads the block of rows that extend its code,
 * so a code printed twice — seed 004 groups 301 under 501 and again under 505 — starts two blocks),
 * by economic class name where a table prints no codes (seed 003), and, in project tables, category
 * rows over the project rows that follow them (seeds 000/001).
 */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Table } from '../../model/types';
import { parseMarker } from '../../syntax/listMarkers';
import { memoiseByObject } from '../../memoise';

export interface RowGroup {
  parent: BodyRow;
  children: BodyRow[];
  /** How the children were found, for messages: `款`, `项`, `单位`, `明细`, `项目`. */
  childName: string;
}

export interface RowStructure {
  groups: RowGroup[];
  /** The 合计 row, if any. */
  totalRow?: BodyRow;
  /** The rows the 合计 row sums (top-level rows), when they are known. */
  topRows?: BodyRow[];
  /** Why the 合计 row was not checked, when it was not. */
  totalSkipReason?: string;
}

/** Names of the 部门预算支出经济分类 classes (3-digit codes), for tables that print names only. */
const ECONOMIC_CLASS_NAMES = new Set(
  [
    '工资福利支出',
    '商品和服务支出',
    '对个人和家庭的补助',
    '债务利息及费用支出',
    '资本性支出（基本建设）',
    '资本性支出',
    '对企业补助（基本建设）',
    '对企业补助',
    '对社会保障基金补助',
    '其他支出',
  ].map(compactLabel),
);

const TOTAL_LABEL = /^(?:合计|总计|部门合计|本年合计)$/;

function hasAmounts(row: BodyRow): boolean {
  return row.cells.some((cell) => cell.kind === 'amount');
}

/**
 * The 合计 row: labelled 合计/总计 without a code, or (project tables) an unlabelled first row of figures.
 * Found once per table (the row structure and several cross-table identities ask for it).
 */
export const findTotalRow: (table: Table) => BodyRow | undefined = memoiseByObject(readTotalRow);

function readTotalRow(table: Table): BodyRow | undefined {
  // Every label TOTAL_LABEL accepts contains 计: a cheap test that spares most rows the compaction and the pattern.
  const labelled = table.body.find((row) => row.codes.length === 0 && row.label.includes('计') && TOTAL_LABEL.test(compactLabel(row.label)));
  if (labelled) return labelled;
  const first = table.body[0];
  if (first && first.codes.length === 0 && compactLabel(first.label) === '' && hasAmounts(first)) return first;
  return undefined;
}

function numericCode(row: BodyRow): string | undefined {
  const code = row.code?.trim();
  return code && /^\d+$/.test(code) ? code : undefined;
}

function isProjectCode(code: string | undefined): boolean {
  return code !== undefined && (/[A-Za-z]/.test(code) || code.length >= 12);
}

function childNameFor(parentLength: number, childLength: number): string {
  if (parentLength === 3 && childLength === 5) return '款';
  if (parentLength === 5 && childLength === 7) return '项';
  if (childLength - parentLength === 3) return '下属单位';
  return '明细';
}

/** Groups by code prefix, by position. Returns the top-level rows (those under no parent). */
function codeGroups(rows: BodyRow[]): { groups: RowGroup[]; roots: BodyRow[] } {
  const groups: RowGroup[] = [];
  const roots: BodyRow[] = [];
  const coded: BodyRow[] = [];
  const codes: string[] = [];
  for (const row of rows) {
    const code = numericCode(row);
    if (code === undefined) continue;
    coded.push(row);
    codes.push(code);
  }
  // A block is the run of rows right after its parent: row j has a parent when some earlier row's block
  // reaches past it, i.e. when the furthest block end seen before j lies beyond j.
  let furthestEnd = 0;
  for (let i = 0; i < coded.length; i++) {
    if (furthestEnd <= i) roots.push(coded[i]!);
    const code = codes[i]!;
    let end = i + 1;
    while (end < coded.length && codes[end]!.length > code.length && codes[end]!.startsWith(code)) end++;
    if (end === i + 1) continue;
    if (end > furthestEnd) furthestEnd = end;
    let childLength = Infinity;
    for (let j = i + 1; j < end; j++) childLength = Math.min(childLength, codes[j]!.length);
    const children: BodyRow[] = [];
    for (let j = i + 1; j < end; j++) if (codes[j]!.length === childLength) children.push(coded[j]!);
    groups.push({ parent: coded[i]!, children, childName: childNameFor(code.length, childLength) });
  }
  return { groups, roots };
}

/** Seed 003: economic class rows (by name) over the detail rows that follow them. */
function economicNameGroups(rows: BodyRow[]): { groups: RowGroup[]; roots: BodyRow[] } | undefined {
  const groups: RowGroup[] = [];
  const roots: BodyRow[] = [];
  let current: RowGroup | undefined;
  for (const row of rows) {
    const name = compactLabel(row.label).replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]?/, '');
    if (ECONOMIC_CLASS_NAMES.has(name)) {
      current = { parent: row, children: [], childName: '明细' };
      groups.push(current);
      roots.push(row);
    } else if (current) {
      current.children.push(row);
    } else if (hasAmounts(row)) {
      return undefined;
    }
  }
  const withChildren = groups.filter((g) => g.children.length > 0);
  return withChildren.length > 0 ? { groups: withChildren, roots } : undefined;
}

/** Seeds 000/001 项目支出表: unit rows, then category rows each followed by their project rows. */
function projectGroups(table: Table, rows: BodyRow[]): { groups: RowGroup[]; roots: BodyRow[] } | undefined {
  if (!rows.some((row) => isProjectCode(row.code))) return undefined;
  const groups: RowGroup[] = [];
  const categories: BodyRow[] = [];
  let current: RowGroup | undefined;
  const units: BodyRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isProjectCode(row.code)) {
      if (current) current.children.push(row);
      continue;
    }
    if (!row.code) continue;
    const next = rows[i + 1];
    if (next && isProjectCode(next.code)) {
      current = { parent: row, children: [], childName: '项目' };
      groups.push(current);
      categories.push(row);
    } else if (categories.length === 0) {
      units.push(row);
      current = undefined;
    }
  }
  const unitGroups = codeGroups(units);
  groups.unshift(...unitGroups.groups);
  // The innermost unit row heads the categories.
  const innermost = units.filter((u) => !unitGroups.groups.some((g) => g.parent === u));
  if (innermost.length === 1 && categories.length > 0) {
    groups.push({ parent: innermost[0]!, children: categories, childName: '项目类别' });
  }
  const roots = unitGroups.roots.length > 0 ? unitGroups.roots : categories;
  void table;
  return { groups, roots };
}

export function rowStructure(table: Table): RowStructure {
  if (table.kind === 'performance') return { groups: [] };
  const totalRow = findTotalRow(table);
  const rows = table.body.filter((row) => row !== totalRow);
  const anyCode = rows.some((row) => row.code !== undefined);
  let found: { groups: RowGroup[]; roots: BodyRow[] } | undefined;
  if (table.kind === 'project-expenditure') found = projectGroups(table, rows);
  if (!found && anyCode) found = codeGroups(rows);
  if (!found && !anyCode) found = economicNameGroups(rows);
  if (!found && !anyCode && table.kind === 'project-expenditure' && totalRow) {
    const projects = rows.filter((row) => hasAmounts(row) && !parseMarker(compactLabel(row.label)));
    return { groups: [], totalRow, topRows: projects };
  }
  if (!found) return { groups: [], totalRow, totalSkipReason: totalRow ? '表中没有可识别的层级（编码或经济分类类名），未核对合计行' : undefined };
  const structure: RowStructure = { groups: found.groups, totalRow };
  if (totalRow) {
    const lengths = new Set(found.roots.map((row) => (row.code ?? '').length));
    const uncodedRoots = found.roots.some((row) => !row.code) && anyCode;
    if (found.roots.length === 0) structure.totalSkipReason = '表中没有顶层行，未核对合计行';
    else if (lengths.size > 1 || uncodedRoots) structure.totalSkipReason = '顶层行的编码层级不一致，未核对合计行';
    else structure.topRows = found.roots;
  }
  return structure;
}
