/**
 * 三公 tables that list the items as rows (seed 003: 因公出国（境）费 / 公务接待费 / 公务用车购置及运行费 /
 * ①公务用车购置费 / ②公务用车运行维护费 / 合计), BAL005: 合计 = 因公出国（境） + 公务用车购置及运行 + 公务接待;
 * 公务用车购置及运行 = 购置 + 运行, in every figure column. Tables with the items as columns get the same
 * identities from their header (columnIdentities).
 */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Table } from '../../model/types';
import { roleOfLabel, type ColumnRole } from '../columnRoles';
import { makeTerm, rowTitle } from './terms';
import type { Identity, Term } from './types';

function rowRole(row: BodyRow): ColumnRole | undefined {
  const label = compactLabel(row.label).replace(/^(?:[①-⑳]|[（(]?[一二三四五六七八九十\d]+[）)、.．])/, '').replace(/^其中[：:]?/, '');
  if (/^(?:“?"?三公"?”?经费)?合计$/.test(label)) return 'three-public-total';
  return roleOfLabel(label);
}

/** Appends the table's 三公 row identities to `identities`. */
export function threePublicRowIdentities(table: Table, identities: Identity[] = []): Identity[] {
  if (table.kind !== 'three-public') return identities;
  const byRole = new Map<ColumnRole, BodyRow>();
  for (const row of table.body) {
    const role = rowRole(row);
    if (role && !byRole.has(role)) byRole.set(role, row);
  }
  const relations: Array<{ target: ColumnRole; parts: ColumnRole[]; relation: string }> = [
    { target: 'three-public-total', parts: ['overseas', 'vehicle', 'reception'], relation: '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费' },
    { target: 'vehicle', parts: ['vehicle-purchase', 'vehicle-operation'], relation: '公务用车购置及运行费 = 购置费 + 运行维护费' },
  ];
  for (const { target, parts, relation } of relations) {
    const targetRow = byRole.get(target);
    const partRows = parts.map((p) => byRole.get(p)).filter((r): r is BodyRow => r !== undefined);
    if (!targetRow || partRows.length < 2) continue;
    for (const column of table.columns) {
      if (column.role !== 'value') continue;
      const t = makeTerm(table, targetRow, column, rowTitle(targetRow));
      if (!t) continue;
      const terms = partRows.map((r) => makeTerm(table, r, column, rowTitle(r))).filter((x): x is Term => x !== undefined);
      const all = [t, ...terms];
      if (!all.some((x) => x.cell.kind === 'amount')) continue;
      if (all.some((x) => x.cell.kind !== 'amount' && x.cell.kind !== 'blank')) continue;
      identities.push({
        key: `${table.index}:${targetRow.index}:${column.index}=${partRows.map((r) => r.index).join('+')}`,
        ruleId: 'BAL005',
        target: t,
        parts: terms,
        relation,
      });
    }
  }
  return identities;
}
