/**
 * COD008: a classification name printed without a code, in a column whose header names the system
 * (seed 003 prints its economic table as 部门预算支出经济科目名称 | 政府预算支出经济科目名称, names only).
 * The name must be a catalog name of that system valid in the year; an outdated name is reported as such.
 */
import { normalizeName, nameSimilarity } from '../../catalog/names';
import { SYSTEM_NAMES, type CatalogEntry, type CatalogSystem } from '../../catalog/types';
import type { Cell, Column } from '../../model/types';
import { compactLabel } from '../../model/labels';
import type { Rule } from '../types';
import { parseMarker } from '../../syntax/listMarkers';
import { beforeEditionsNote, catalogCoverage, catalogYear, codeCatalog, tableLabel } from './codeContext';

/** The system a name-only column holds, from its header; undefined when the table also has code columns. */
function nameOnlySystem(column: Column): CatalogSystem | undefined {
  if (column.role !== 'name') return undefined;
  const header = compactLabel(column.path.join('/'));
  if (/政府(?:预算)?(?:支出)?经济/.test(header)) return 'economic-government';
  if (/部门(?:预算)?(?:支出)?经济/.test(header)) return 'economic-department';
  if (/功能(?:分类)?科目名称/.test(header)) return 'functional';
  return undefined;
}

/** Row labels that are not classification names: totals (当年支出小计), carry-overs (结转下年资金). */
const NOT_A_NAME = /(?:合计|总计|小计)$|结转|结余/;

/** The name without its list numbering (收支总表 lines: 一、一般公共服务支出). */
function withoutMarker(text: string): string {
  const marker = parseMarker(text);
  return marker ? text.slice(marker.text.length).trim() : text;
}

export const nameOnlyEntry: Rule = {
  id: 'COD008',
  title: '无编码的科目名称不在目录中',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    const { catalog } = codeCatalog(context);
    const year = catalogYear(context);
    const { edition } = catalog.edition('functional', year);
    for (const table of context.document.tables) {
      if (table.columns.some((column) => column.role === 'code')) continue;
      const columns: Array<{ column: Column; system: CatalogSystem }> = [];
      for (const column of table.columns) {
        const system = nameOnlySystem(column);
        if (system) columns.push({ column, system });
      }
      if (columns.length === 0) continue;
      for (const row of table.body) {
        for (const { column, system } of columns) {
          const cell: Cell | undefined = row.cells[column.index];
          if (!cell || cell.kind === 'blank' || cell.kind === 'merge-up' || cell.kind === 'merge-left') continue;
          const trimmed = cell.text.trim();
          const bare = withoutMarker(trimmed);
          const prefix = trimmed.slice(0, trimmed.length - bare.length);
          const name = normalizeName(bare);
          if (name.length === 0 || NOT_A_NAME.test(name)) continue;
          const coverage = catalogCoverage(context, system);
          if (coverage === 'other-classification') continue;
          const entries = catalog.entriesNamed(system, name);
          const current = entries.some((entry) => {
            const valid = catalog.lookup(system, entry.code, year);
            return valid !== undefined && normalizeName(valid.name) === name;
          });
          if (current) continue;
          const where = `${tableLabel(table)}第 ${row.index + 1} 行`;
          const outdated = entries.find((entry) => entry.validTo !== null && entry.validTo < year);
          if (outdated) {
            const current = catalog.lookup(system, outdated.code, year);
            if (current) {
              context.report({
                range: cell.range,
                message:
                  `${where}：“${cell.text}”是${SYSTEM_NAMES[system]} ${outdated.code} 的旧名称（${outdated.validFrom}–${outdated.validTo} 年），${edition} 年版为“${current.name}”。` +
                  (coverage === 'before-editions' ? beforeEditionsNote(year) : ''),
                ...(coverage === 'before-editions' ? { severity: 'hint' as const } : {}),
                fixes: [{ title: `改为现行名称“${current.name}”`, edits: [{ range: cell.range, newText: prefix + current.name }], preferred: true }],
              });
              continue;
            }
          }
          const similar = closestNames(catalog.validEntries(system, year), name);
          context.report({
            range: cell.range,
            message:
              `${where}：“${cell.text}”不是 ${edition} 年版${SYSTEM_NAMES[system]}中的科目名称` +
              (similar.length > 0 ? `，相近的有：${similar.map((e) => `${e.code} ${e.name}`).join('、')}` : '') +
              '。' +
              (coverage === 'before-editions' ? beforeEditionsNote(year) : ''),
            severity: coverage === 'before-editions' ? 'hint' : 'information',
            fixes: similar.map((entry, i) => ({
              title: `改为“${entry.name}”（${entry.code}）`,
              edits: [{ range: cell.range, newText: prefix + entry.name }],
              ...(i === 0 ? { preferred: true } : {}),
            })),
          });
        }
      }
    }
  },
};

function closestNames(entries: readonly CatalogEntry[], name: string): CatalogEntry[] {
  return entries
    .map((entry) => ({ entry, score: nameSimilarity(entry.name, name) }))
    .filter((s) => s.score >= 0.6)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((s) => s.entry);
}
