/**
 * Which classification system a code in a table belongs to, from the table's kind and the header paths
 * of the code column and of the name column beside it. Unit codes (单位编码 410001), project codes and
 * income classification codes (收入科目编码) are not expenditure classification codes: they get no system
 * and are never checked.
 */
import { compactLabel } from '../model/labels';
import type { Column, RowCode, Table } from '../model/types';
import type { CatalogSystem } from './types';

const NOT_CLASSIFICATION = /单位(?:编码|代码)|项目(?:编码|代码)|收入(?:分类)?科目|部门（单位）|部门\(单位\)|^(?:部门|单位)(?:编码|代码)$/;
const GENERIC_LEAF = /^(?:编码|代码)$/;
const ECONOMIC_KINDS = new Set<Table['kind']>(['general-budget-basic', 'economic-expenditure']);

function headerText(column: Column | undefined): string {
  return column ? compactLabel(column.path.join('/')) : '';
}

/** The system from a header text, when it names one. */
function systemFromHeader(text: string, code: string): CatalogSystem | undefined {
  if (/功能/.test(text)) return 'functional';
  if (/政府(?:预算)?(?:支出)?经济/.test(text)) return 'economic-government';
  if (/部门(?:预算)?(?:支出)?经济/.test(text)) return 'economic-department';
  if (/经济/.test(text)) return code.startsWith('5') ? 'economic-government' : 'economic-department';
  return undefined;
}

/** The system of a code as its own digits suggest (functional 2xx, 部门经济 3xx, 政府经济 5xx). */
function systemFromDigits(code: string): CatalogSystem | undefined {
  if (code.startsWith('2')) return 'functional';
  if (code.startsWith('3')) return 'economic-department';
  if (code.startsWith('5')) return 'economic-government';
  return undefined;
}

/**
 * The system of the code column at `columnIndex` (with the name column at `nameColumnIndex`), for a code
 * text; undefined when the column does not hold expenditure classification codes.
 */
export function systemOfColumn(table: Table, columnIndex: number, nameColumnIndex: number | undefined, code: string): CatalogSystem | undefined {
  const column = table.columns[columnIndex];
  if (!column || column.role !== 'code') return undefined;
  const own = headerText(column);
  if (NOT_CLASSIFICATION.test(own)) return undefined;
  const nameHeader = nameColumnIndex !== undefined ? headerText(table.columns[nameColumnIndex]) : '';
  if (/单位名称|项目名称|^项目$/.test(nameHeader) && !column.codePart && !/科目/.test(own)) return undefined;
  const explicit = systemFromHeader(own, code) ?? systemFromHeader(nameHeader, code);
  if (explicit) return explicit;
  const generic = GENERIC_LEAF.test(compactLabel(column.label)) && !/科目/.test(own + nameHeader);
  if (generic && table.kind === 'unknown') return undefined;
  // No header says which: the code's own first digit (2 → 功能, 3 → 部门经济, 5 → 政府经济), else the table kind.
  return systemFromDigits(code) ?? (ECONOMIC_KINDS.has(table.kind) ? 'economic-department' : 'functional');
}

/** The system of a row code. */
export function systemOfRowCode(table: Table, rowCode: RowCode): CatalogSystem | undefined {
  const first = rowCode.cells[0];
  if (!first) return undefined;
  return systemOfColumn(table, first.column, rowCode.nameCell?.column ?? nameColumnAfter(table, rowCode.cells[rowCode.cells.length - 1]!.column), rowCode.code);
}

/** The name column right after a code column run, if any. */
export function nameColumnAfter(table: Table, lastCodeColumn: number): number | undefined {
  let c = lastCodeColumn + 1;
  while (c < table.columns.length && table.columns[c]!.role === 'code' && table.columns[c]!.codePart) c++;
  return table.columns[c]?.role === 'name' ? c : undefined;
}
