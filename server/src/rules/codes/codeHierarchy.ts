/**
 * COD006: the order of classification rows in a table: a 款 row under its 类, a 项 row under its 款
 * (the child code begins with the parent's code), and no 项 without its 款 where the table shows 款 rows.
 */
import type { CodeOccurrence } from '../../catalog/codeOccurrences';
import { isWellFormed } from '../../catalog/codeOccurrences';
import { LEVEL_NAMES, levelOfCode, type CatalogLevel } from '../../catalog/types';
import type { Rule } from '../types';
import { codeOccurrences, whereIs } from './codeContext';

export const codeHierarchy: Rule = {
  id: 'COD006',
  title: '科目层级顺序不对',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    // One sequence per table and system.
    // 政府 codes printed beside 部门 codes follow the 部门 order: only the 部门 side is checked there.
    const all = codeOccurrences(context);
    const tablesWithDepartment = new Set(all.filter((o) => o.system === 'economic-department').map((o) => o.table.index));
    const sequences = new Map<string, CodeOccurrence[]>();
    for (const occurrence of all) {
      if (!isWellFormed(occurrence.system, occurrence.code)) continue;
      if (occurrence.system === 'economic-government' && tablesWithDepartment.has(occurrence.table.index)) continue;
      const key = `${occurrence.table.index}:${occurrence.system}`;
      const list = sequences.get(key);
      if (list) list.push(occurrence);
      else sequences.set(key, [occurrence]);
    }
    for (const list of sequences.values()) {
      const present = new Set(list.map((o) => o.code));
      const levelsShown = new Set(list.map((o) => levelOfCode(o.system, o.code)));
      const last: Partial<Record<CatalogLevel, CodeOccurrence>> = {};
      for (const occurrence of list) {
        const level = levelOfCode(occurrence.system, occurrence.code)!;
        if (level === 1) {
          last[1] = occurrence;
          delete last[2];
          continue;
        }
        const parentLevel = (level - 1) as CatalogLevel;
        const parentCode = occurrence.code.slice(0, parentLevel === 1 ? 3 : 5);
        if (levelsShown.has(parentLevel)) {
          const above = last[parentLevel];
          if (!above || above.code !== parentCode) {
            const name = LEVEL_NAMES[level];
            const parentName = LEVEL_NAMES[parentLevel];
            const message = !present.has(parentCode)
              ? `${whereIs(occurrence)}的${name}级编码 ${occurrence.code} 缺少上级${parentName}行 ${parentCode}：本表列出了${parentName}级科目，应先列 ${parentCode} 行。`
              : `${whereIs(occurrence)}的${name}级编码 ${occurrence.code} 没有排在其上级${parentName} ${parentCode} 之下` +
                (above ? `（上方最近的${parentName}是 ${above.code}）` : '') +
                '。';
            context.report({
              range: occurrence.range,
              message,
              ...(above ? { related: [{ range: above.range, message: `上方最近的${parentName}：${above.code}` }] } : {}),
            });
          }
        } else if (level === 3 && levelsShown.has(1)) {
          const classRow = last[1];
          if (!classRow || !occurrence.code.startsWith(classRow.code)) {
            context.report({
              range: occurrence.range,
              message: `${whereIs(occurrence)}的项级编码 ${occurrence.code} 没有排在其所属的类 ${occurrence.code.slice(0, 3)} 之下${classRow ? `（上方最近的类是 ${classRow.code}）` : ''}。`,
            });
          }
        }
        if (level === 2) last[2] = occurrence;
      }
    }
  },
};
