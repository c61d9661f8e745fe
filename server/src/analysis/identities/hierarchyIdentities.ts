/**
 * Roll-ups down the rows (BAL002: 类 = Σ款, 款 = Σ项, 301 = Σ301xx, department = Σ units, category =
 * Σ projects) and the 合计 row against the top-level rows (BAL003), in every figure column.
 */
import type { BodyRow, Column, Table } from '../../model/types';
import { rowTitle } from './terms';
import { rowStructure } from './rowStructure';
import type { Identity, SkippedCheck, Term } from './types';

function figureColumns(table: Table): Column[] {
  return table.columns.filter(
    (column) => column.role === 'value' && table.body.some((row) => row.cells[column.index]?.kind === 'amount'),
  );
}

/** A roll-up's rows, named and keyed once for all its columns. */
interface RollUp {
  ruleId: string;
  parent: BodyRow;
  parentTitle: string;
  children: BodyRow[];
  childTitles: string[];
  /** The children's row indices, `3+4+7`: the identity key's tail. */
  childKey: string;
  relation: string;
}

function rollUp(ruleId: string, parent: BodyRow, parentTitle: string, children: BodyRow[], relation: string): RollUp {
  return {
    ruleId,
    parent,
    parentTitle,
    children,
    childTitles: children.map(rowTitle),
    childKey: children.map((c) => c.index).join('+'),
    relation,
  };
}

/**
 * The roll-up in one column: the parent's figure = Σ the children's (a child without a cell in this column
 * is left out). Only when every figure is an amount or a blank and at least one is an amount: checked on
 * the cells before any term is made.
 */
function sumIdentity(table: Table, column: Column, rollUp: RollUp): Identity | undefined {
  const index = column.index;
  const parentCell = rollUp.parent.cells[index];
  if (!parentCell || (parentCell.kind !== 'amount' && parentCell.kind !== 'blank')) return undefined;
  let amount = parentCell.kind === 'amount';
  const { children } = rollUp;
  let present = 0;
  for (let i = 0; i < children.length; i++) {
    const cell = children[i]!.cells[index];
    if (!cell) continue;
    present++;
    if (cell.kind === 'amount') amount = true;
    else if (cell.kind !== 'blank') return undefined;
  }
  if (!amount) return undefined;
  const target: Term = { table, row: rollUp.parent, column, cell: parentCell, label: rollUp.parentTitle };
  // One slot per child with a cell in this column (counted above).
  const parts = new Array<Term>(present);
  let p = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const cell = child.cells[index];
    if (cell) parts[p++] = { table, row: child, column, cell, label: rollUp.childTitles[i]! };
  }
  return {
    key: `${table.index}:${rollUp.parent.index}:${index}=${rollUp.childKey}`,
    ruleId: rollUp.ruleId,
    target,
    parts,
    relation: rollUp.relation,
  };
}

/** Appends the table's roll-up identities to `identities`. */
export function hierarchyIdentities(table: Table, skipped: SkippedCheck[], identities: Identity[] = []): Identity[] {
  const structure = rowStructure(table);
  const rollUps: RollUp[] = [];
  for (const group of structure.groups) {
    if (group.children.length === 0) continue;
    const parentTitle = rowTitle(group.parent);
    rollUps.push(rollUp('BAL002', group.parent, parentTitle, group.children, `${parentTitle} = Σ${group.childName}`));
  }
  const columns = rollUps.length > 0 || structure.topRows ? figureColumns(table) : [];
  for (const group of rollUps) {
    for (const column of columns) {
      const identity = sumIdentity(table, column, group);
      if (identity) identities.push(identity);
    }
  }
  if (structure.totalRow && structure.topRows && structure.topRows.length > 0) {
    const total = rollUp('BAL003', structure.totalRow, rowTitle(structure.totalRow), structure.topRows, '合计 = Σ顶层行');
    for (const column of columns) {
      const identity = sumIdentity(table, column, total);
      if (identity) identities.push(identity);
    }
  } else if (structure.totalSkipReason) {
    skipped.push({ ruleId: 'BAL003', table, reason: structure.totalSkipReason });
  }
  return identities;
}
