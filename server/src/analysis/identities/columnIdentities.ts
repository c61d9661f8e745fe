/**
 * Column identities within each row (BAL001; in 三公 tables BAL005): a 合计/小计/总计 column equals the
 * columns that follow it under the same header (合计 = 基本支出 + 项目支出 …; 基本支出/小计 = 人员经费 +
 * 公用经费; 本年收入/小计 = Σ income sources). Read from the header tree, so unknown tables get the check
 * too. `其中` columns, remarks and side-by-side label/value columns are left out.
 */
import { compactLabel } from '../../model/labels';
import type { BodyRow, Column, Table } from '../../model/types';
import { memoiseByString } from '../../memoise';
import type { Identity, Term } from './types';

const TOTAL_LEAF = /(?:合计|小计|总计)$/;
const EXCLUDED = /^其中|备注|说明|简介|^序号$|^栏次$/;

/** A column's compacted header path and whether it is a total column. */
interface HeaderFacts {
  path: string[];
  total: boolean;
}

/** Whether a compacted leaf label names a total (a trailing bracket aside): a pure function of the label, memoised. */
const isTotalLeaf: (leaf: string) => boolean = memoiseByString((leaf) => TOTAL_LEAF.test(leaf.replace(/[（(][^）)]*[）)]$/, '')));

function readHeader(column: Column): HeaderFacts {
  const path = column.path.map(compactLabel);
  return { path, total: column.role === 'value' && isTotalLeaf(path[path.length - 1] ?? '') };
}

/** Header facts by column, read once per table (columns are compared pairwise). */
type HeaderOf = (column: Column) => HeaderFacts;

function headerReader(table: Table): HeaderOf {
  const facts = table.columns.map(readHeader);
  // A column not at its index in the table is read on its own.
  return (column) => (table.columns[column.index] === column ? facts[column.index]! : readHeader(column));
}

function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.every((label, i) => path[i] === label);
}

/** The columns that make up a group at `depth` (its own 小计 if it has one, else its parts). */
function groupParts(headerOf: HeaderOf, columns: Column[], depth: number): Column[] | undefined {
  const compactPath = (column: Column): string[] => headerOf(column).path;
  const parts: Column[] = [];
  const keys: string[] = [];
  const byKey = new Map<string, Column[]>();
  for (const column of columns) {
    const key = compactPath(column)[depth] ?? '';
    if (!byKey.has(key)) {
      byKey.set(key, []);
      keys.push(key);
    }
    byKey.get(key)!.push(column);
  }
  for (const key of keys) {
    if (EXCLUDED.test(key)) continue;
    const members = byKey.get(key)!;
    if (members.length === 1 && compactPath(members[0]!).length === depth + 1) {
      parts.push(members[0]!);
      continue;
    }
    const own = members.find((c) => compactPath(c).length === depth + 2 && headerOf(c).total);
    if (own) {
      parts.push(own);
      continue;
    }
    const nested = groupParts(headerOf, members.filter((c) => compactPath(c).length > depth + 1), depth + 1);
    if (!nested) return undefined;
    parts.push(...nested);
  }
  return parts;
}

export interface ColumnRelation {
  total: Column;
  parts: Column[];
}

/** The total columns of a table with the columns they sum. */
export function columnRelations(table: Table): ColumnRelation[] {
  const relations: ColumnRelation[] = [];
  const columns = table.columns;
  const headerOf = headerReader(table);
  const compactPath = (column: Column): string[] => headerOf(column).path;
  const isTotalColumn = (column: Column): boolean => headerOf(column).total;
  for (let i = 0; i < columns.length; i++) {
    const total = columns[i]!;
    if (!isTotalColumn(total)) continue;
    const path = compactPath(total);
    const prefix = path.slice(0, -1);
    const following: Column[] = [];
    for (let j = i + 1; j < columns.length; j++) {
      const column = columns[j]!;
      const columnPath = compactPath(column);
      if (column.role !== 'value' || !startsWith(columnPath, prefix) || columnPath.length <= prefix.length) break;
      // Another total at the same level starts a new relation.
      if (columnPath.length === prefix.length + 1 && isTotalColumn(column)) break;
      if (EXCLUDED.test(compactLabel(column.label))) continue;
      following.push(column);
    }
    if (following.length === 0) continue;
    const parts = groupParts(headerOf, following, prefix.length);
    if (parts && parts.length > 0) relations.push({ total, parts });
  }
  return relations;
}

function leafName(column: Column, prefixLength: number): string {
  const path = column.path.slice(prefixLength).map((l) => l.trim()).filter((l) => l.length > 0);
  return path.length > 0 ? path.join('/') : column.label;
}

/** The row has every cell of the relation, each an amount or a blank, at least one an amount. */
function figuresOnly(row: BodyRow, relation: ColumnRelation): boolean {
  const totalKind = row.cells[relation.total.index]?.kind;
  if (totalKind !== 'amount' && totalKind !== 'blank') return false;
  let amount = totalKind === 'amount';
  for (let i = 0; i < relation.parts.length; i++) {
    const kind = row.cells[relation.parts[i]!.index]?.kind;
    if (kind === 'amount') amount = true;
    else if (kind !== 'blank') return false;
  }
  return amount;
}

/** Appends the table's column identities to `identities`. */
export function columnIdentities(table: Table, identities: Identity[] = []): Identity[] {
  if (table.kind === 'performance') return identities;
  const ruleId = table.kind === 'three-public' ? 'BAL005' : 'BAL001';
  for (const relation of columnRelations(table)) {
    const prefixLength = relation.total.path.length - 1;
    const leafNames = relation.parts.map((c) => leafName(c, prefixLength));
    const relationText = `${relation.total.label} = ${leafNames.join(' + ')}`;
    const keySuffix = `:${relation.total.index}=${relation.parts.map((c) => c.index).join('+')}`;
    const { total, parts } = relation;
    for (const row of table.body) {
      // Only rows that state figures (a row of text or of blanks says nothing) and have all the cells: checked
      // on the cells before any term is made.
      if (!figuresOnly(row, relation)) continue;
      const { cells } = row;
      const target: Term = { table, row, column: total, cell: cells[total.index]!, label: total.label };
      const terms = new Array<Term>(parts.length);
      for (let i = 0; i < parts.length; i++) {
        const column = parts[i]!;
        terms[i] = { table, row, column, cell: cells[column.index]!, label: leafNames[i]! };
      }
      identities.push({
        key: `${table.index}:${row.index}${keySuffix}`,
        ruleId,
        target,
        parts: terms,
        relation: relationText,
      });
    }
  }
  return identities;
}
