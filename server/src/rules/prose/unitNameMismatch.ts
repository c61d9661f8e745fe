/**
 * PRO014: one budget unit under two names. A unit list (a table of 单位名称 without codes, e.g. under
 * 预算单位构成) names the units; the income and expenditure tables name them again beside their unit
 * codes (410003 …). Where the list and the coded rows each have names the other lacks, in equal number,
 * they are paired in document order and reported (seed 002: 410003 is 麟游县大病医疗保障服务中心 in 表2/表3
 * but 麟游县医疗保障基金监测中心 in the unit list).
 */
import { compactLabel } from '../../model/labels';
import type { Cell, Table } from '../../model/types';
import type { Rule } from '../types';

/** A unit code: six or more digits (the department itself has three). */
const UNIT_CODE = /^\d{6,}$/;
const UNIT_CODE_COLUMN = /^(?:单位|部门（单位）|部门\(单位\))(?:编码|代码)$/;
const UNIT_NAME_COLUMN = /^(?:单位名称|部门（单位）名称|部门\(单位\)名称)$/;

interface NamedUnit {
  name: string;
  cell: Cell;
  table: Table;
  code?: string;
}

function tableLabel(table: Table): string {
  return table.caption?.text ?? '表格';
}

/** Names in unit lists: a 单位名称 column in a table without codes or figures (not a performance form). */
function listedUnits(tables: readonly Table[]): NamedUnit[] {
  const units: NamedUnit[] = [];
  for (const table of tables) {
    if (table.kind === 'performance' || table.columns.some((c) => c.role === 'code')) continue;
    // (The column first: it is rare, and looking for it is cheaper than scanning every cell for a figure.)
    const column = table.columns.find((c) => UNIT_NAME_COLUMN.test(compactLabel(c.label)));
    if (!column) continue;
    if (table.body.some((row) => row.cells.some((cell) => cell.kind === 'amount' && table.columns[cell.column]?.label !== '序号'))) continue;
    for (const row of table.body) {
      const cell = row.cells[column.index];
      if (cell && cell.kind === 'text') units.push({ name: cell.text, cell, table });
    }
  }
  return units;
}

/** Names beside unit codes, first occurrence of each code. */
function codedUnits(tables: readonly Table[]): NamedUnit[] {
  const byCode = new Map<string, NamedUnit>();
  for (const table of tables) {
    // Which columns hold unit codes, read once per table rather than once per code.
    const unitCodeColumns = new Set<number>();
    table.columns.forEach((c, i) => {
      if (UNIT_CODE_COLUMN.test(compactLabel(c.label))) unitCodeColumns.add(i);
    });
    if (unitCodeColumns.size === 0) continue;
    for (const row of table.body) {
      for (const rowCode of row.codes) {
        if (!unitCodeColumns.has(rowCode.cells[0]!.column) || !UNIT_CODE.test(rowCode.code)) continue;
        if (!rowCode.name || !rowCode.nameCell || byCode.has(rowCode.code)) continue;
        byCode.set(rowCode.code, { name: rowCode.name, cell: rowCode.nameCell, table, code: rowCode.code });
      }
    }
  }
  return [...byCode.values()];
}

export const unitNameMismatch: Rule = {
  id: 'PRO014',
  title: '同一预算单位前后名称不一致',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const listed = listedUnits(context.document.tables);
    const coded = codedUnits(context.document.tables);
    if (listed.length === 0 || coded.length === 0) return;
    const codedNames = new Set(coded.map((u) => compactLabel(u.name)));
    const listedNames = new Set(listed.map((u) => compactLabel(u.name)));
    const onlyListed = listed.filter((u) => !codedNames.has(compactLabel(u.name)));
    const onlyCoded = coded.filter((u) => !listedNames.has(compactLabel(u.name)));
    // Pair only when the two sides differ by the same few names: otherwise the list is simply another list.
    if (onlyListed.length === 0 || onlyListed.length !== onlyCoded.length || onlyListed.length > 3) return;
    onlyListed.forEach((unit, i) => {
      const other = onlyCoded[i]!;
      context.report({
        range: unit.cell.range,
        message: `单位名单“${tableLabel(unit.table)}”中的“${unit.name}”，在“${tableLabel(other.table)}”中单位编码 ${other.code} 的名称为“${other.name}”：同一单位前后名称不一致，请核对。`,
        related: [{ range: other.cell.range, message: `单位编码 ${other.code} 的名称：“${other.name}”` }],
      });
    });
  },
};
