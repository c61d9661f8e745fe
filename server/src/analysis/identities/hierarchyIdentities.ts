/**
 * Roll-ups down the rows (BAL002: 类 = Σ款, 款 = Σ项, 301 = Σ301xx, department = Σ units, category =
 * Σ projects) and the 合计 row against the top-level rows (BAL003), in every figure column.
 */
import type { BodyRow, Column, Table } from '../../model/types';
import { makeTerm, rowTitle } from './terms';
import { rowStructure } from './rowStructure';
import type { Identity, SkippedCheck, Term } from './types';

function figureColumns(table: Table): Column[] {
  return table.columns.filter(
    (column) => column.role === 'value' && table.body.some((row) => row.cells[column.index]?.kind === 'amount'),
  );
}

function sumIdentity(
  ruleId: string,
  table: Table,
  column: Column,
  parent: BodyRow,
  children: BodyRow[],
  relation: string,
): Identity | undefined {
  const target = makeTerm(table, parent, column, rowTitle(parent));
  if (!target) return undefined;
  const parts: Term[] = [];
  for (const child of children) {
    const term = makeTerm(table, child, column, rowTitle(child));
    if (term) parts.push(term);
  }
  const terms = [target, ...parts];
  if (!terms.some((t) => t.cell.kind === 'amount')) return undefined;
  if (terms.some((t) => t.cell.kind !== 'amount' && t.cell.kind !== 'blank')) return undefined;
  return {
    key: `${table.index}:${parent.index}:${column.index}=${children.map((c) => c.index).join('+')}`,
    ruleId,
    target,
    parts,
    relation,
  };
}

export function hierarchyIdentities(table: Table, skipped: SkippedCheck[]): Identity[] {
  const structure = rowStructure(table);
  const columns = figureColumns(table);
  const identities: Identity[] = [];
  for (const group of structure.groups) {
    if (group.children.length === 0) continue;
    const relation = `${rowTitle(group.parent)} = Σ${group.childName}`;
    for (const column of columns) {
      const identity = sumIdentity('BAL002', table, column, group.parent, group.children, relation);
      if (identity) identities.push(identity);
    }
  }
  if (structure.totalRow && structure.topRows && structure.topRows.length > 0) {
    for (const column of columns) {
      const identity = sumIdentity('BAL003', table, column, structure.totalRow, structure.topRows, '合计 = Σ顶层行');
      if (identity) identities.push(identity);
    }
  } else if (structure.totalSkipReason) {
    skipped.push({ ruleId: 'BAL003', table, reason: structure.totalSkipReason });
  }
  return identities;
}
