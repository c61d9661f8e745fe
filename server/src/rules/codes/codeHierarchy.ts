/**
 * COD006: the order of classification rows in a table: a 款 row under its 类, a 项 row under its 款
 * (the child code begins with the parent's code), and no 项 without its 款 where the table shows 款 rows.
 */
import type { CodeOccurrence } from '../../catalog/codeOccurrences';
import { LEVEL_NAMES, levelOfCode, type CatalogLevel, type CatalogSystem } from '../../catalog/types';
import type { Rule, RuleContext } from '../types';
import { checkedCodes, type CheckedCode } from './checkedCodes';
import { whereIs } from './codeContext';

/**
 * The well-formed codes of one table (`codes[start, end)`), one sequence per system in order of first
 * appearance. 政府 codes printed beside 部门 codes follow the 部门 order: only the 部门 side is checked there.
 */
function tableSequences(codes: readonly CheckedCode[], start: number, end: number): CodeOccurrence[][] {
  let withDepartment = false;
  for (let i = start; i < end; i++) if (codes[i]!.occurrence.system === 'economic-department') withDepartment = true;
  const sequences: CodeOccurrence[][] = [];
  const bySystem = new Map<CatalogSystem, CodeOccurrence[]>();
  for (let i = start; i < end; i++) {
    const { occurrence, wellFormed } = codes[i]!;
    if (!wellFormed) continue;
    if (occurrence.system === 'economic-government' && withDepartment) continue;
    const list = bySystem.get(occurrence.system);
    if (list) list.push(occurrence);
    else {
      const started = [occurrence];
      bySystem.set(occurrence.system, started);
      sequences.push(started);
    }
  }
  return sequences;
}

export const codeHierarchy: Rule = {
  id: 'COD006',
  title: '科目层级顺序不对',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    // One sequence per table and system. The occurrences come table by table (collectCodeOccurrences walks
    // the tables in order), so each table's codes are one run of the list.
    const { codes } = checkedCodes(context);
    for (let start = 0, end = 0; start < codes.length; start = end) {
      const table = codes[start]!.occurrence.table;
      while (end < codes.length && codes[end]!.occurrence.table === table) end++;
      for (const sequence of tableSequences(codes, start, end)) checkSequence(context, sequence);
    }
  },
};

/** The rows of one sequence in order: each 款 under its 类, each 项 under its 款 (or its 类 where no 款 is shown). */
function checkSequence(context: RuleContext, list: readonly CodeOccurrence[]): void {
  const levelsShown = new Set<CatalogLevel>();
  for (const o of list) levelsShown.add(levelOfCode(o.system, o.code)!);
  // The nearest 类 and 款 rows above (a 类 row ends its 款).
  let lastClass: CodeOccurrence | undefined;
  let lastSection: CodeOccurrence | undefined;
  for (const occurrence of list) {
    const level = levelOfCode(occurrence.system, occurrence.code)!;
    if (level === 1) {
      lastClass = occurrence;
      lastSection = undefined;
      continue;
    }
    const parentLevel = (level - 1) as CatalogLevel;
    const parentCode = occurrence.code.slice(0, parentLevel === 1 ? 3 : 5);
    if (levelsShown.has(parentLevel)) {
      const above = parentLevel === 1 ? lastClass : lastSection;
      if (!above || above.code !== parentCode) {
        const name = LEVEL_NAMES[level];
        const parentName = LEVEL_NAMES[parentLevel];
        const message = !list.some((o) => o.code === parentCode)
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
      const classRow = lastClass;
      if (!classRow || !occurrence.code.startsWith(classRow.code)) {
        context.report({
          range: occurrence.range,
          message: `${whereIs(occurrence)}的项级编码 ${occurrence.code} 没有排在其所属的类 ${occurrence.code.slice(0, 3)} 之下${classRow ? `（上方最近的类是 ${classRow.code}）` : ''}。`,
        });
      }
    }
    if (level === 2) lastSection = occurrence;
  }
}
