/**
 * FIN012: the 人员经费 / 公用经费 items the prose lists (“人员经费 X 万元，主要包括：基本工资、津贴补贴…；公用经费 Y 万元，
 * 主要包括：办公费…”) against the 基本支出决算表's lines that hold a figure (人员经费: 301 and 303 lines; 公用经费: the
 * others): an item listed whose line is blank, or a line with a figure not listed (the template: “不涉及的不列”).
 */
import { compactLabel } from '../../model/labels';
import { paragraphRange } from '../../model/paragraphs';
import type { BodyRow, Table } from '../../model/types';
import type { Rule } from '../types';

const LIST = /(人员经费|公用经费)[^；;。]*?主要包括[：:]([^；;。]+)/g;

function detailRows(table: Table, personnel: boolean): BodyRow[] {
  return table.body.filter((row) => row.code !== undefined && /^3\d{4}$/.test(row.code) && /^30[13]/.test(row.code) === personnel);
}

function hasFigure(row: BodyRow): boolean {
  return row.cells.some((cell) => cell.amount !== undefined && !cell.amount.value.isZero());
}

export const listedEconomicItems: Rule = {
  id: 'FIN012',
  title: '说明列举的人员经费/公用经费项目与基本支出表不符',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const table = context.document.tables.find((t) => t.kind === 'general-budget-basic' && t.body.some((row) => row.code && /^3\d{4}$/.test(row.code)));
    // A table not filled in yet (a fresh template) says nothing about the items.
    if (!table || !table.body.some(hasFigure)) return;
    for (const paragraph of context.document.paragraphs) {
      if (!paragraph.text.includes('主要包括')) continue; // LIST needs it
      for (const match of paragraph.text.matchAll(LIST)) {
        const listText = match[2]!;
        if (/…|\.\.\.|等$|（/.test(listText)) continue; // template ellipsis, “不涉及的不列” notes
        const listed = listText.split(/[、，,]/).map(compactLabel).filter((n) => n.length > 0);
        const rows = detailRows(table, match[1] === '人员经费');
        const byName = new Map(rows.map((row) => [compactLabel(row.name ?? row.label), row]));
        const blankListed = listed.filter((name) => byName.has(name) && !hasFigure(byName.get(name)!));
        const unknown = listed.filter((name) => !byName.has(name));
        const missing = rows.filter((row) => hasFigure(row) && !listed.includes(compactLabel(row.name ?? row.label)));
        if (unknown.length > 0 || (blankListed.length === 0 && missing.length === 0)) continue;
        const start = (match.index ?? 0) + match[0].length - listText.length;
        const parts = [
          blankListed.length > 0 ? `列举了 ${blankListed.join('、')}，但基本支出表中${blankListed.length > 1 ? '这些科目' : '该科目'}为空` : '',
          missing.length > 0 ? `基本支出表中 ${missing.map((row) => `${row.code} ${row.name ?? row.label} ${row.cells.find((c) => c.amount)?.text ?? ''}`).join('、')} 有数，却未列举` : '',
        ].filter((p) => p.length > 0);
        context.report({
          range: paragraphRange(paragraph, start, start + listText.length),
          message: `${match[1]}的主要项目：${parts.join('；')}。`,
          related: missing.map((row) => ({ range: row.range, message: `${row.code} ${row.name ?? row.label}` })),
        });
      }
    }
  },
};
