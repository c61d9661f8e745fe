/**
 * COD007: 部门 and 政府 economic codes printed side by side (seeds 002, 004) must be a pair the mapping
 * allows (docs/catalog.md “Economic mapping”).
 */
import type { CodeOccurrence } from '../../catalog/codeOccurrences';
import type { Rule } from '../types';
import { checkedCodes } from './checkedCodes';
import { whereIs } from './codeContext';

export const economicPair: Rule = {
  id: 'COD007',
  title: '部门经济分类与政府经济分类不对应',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    const { catalog, year, codes } = checkedCodes(context);
    // The occurrences come row by row (collectCodeOccurrences), so a row's codes are one run of the list:
    // the first well-formed 部门 and 政府 codes of each run are the pair.
    for (let start = 0, end = 0; start < codes.length; start = end) {
      const row = codes[start]!.occurrence.row;
      let department: CodeOccurrence | undefined;
      let government: CodeOccurrence | undefined;
      for (; end < codes.length && codes[end]!.occurrence.row === row; end++) {
        const { occurrence, wellFormed } = codes[end]!;
        if (!wellFormed) continue;
        if (occurrence.system === 'economic-department') department ??= occurrence;
        else if (occurrence.system === 'economic-government') government ??= occurrence;
      }
      if (!department || !government) continue;
      if (department.code.length !== government.code.length) {
        context.report({
          range: government.range,
          message: `${whereIs(government)}：部门经济分类 ${department.code} 是${department.code.length === 3 ? '类' : '款'}级，而并列的政府经济分类 ${government.code} 是${government.code.length === 3 ? '类' : '款'}级，层级应一致。`,
        });
        continue;
      }
      const allowed = catalog.pairAllowed(department.code, government.code);
      if (allowed !== false) continue;
      const options = catalog.mapping.allowed.get(department.code) ?? [];
      const describe = (code: string): string => {
        const entry = catalog.lookup('economic-government', code, year);
        return entry ? `${code} ${entry.name}` : code;
      };
      const departmentEntry = catalog.lookup('economic-department', department.code, year);
      context.report({
        range: government.range,
        message:
          `${whereIs(government)}：部门经济分类 ${department.code}${departmentEntry ? ` ${departmentEntry.name}` : ''} 不能对应政府经济分类 ${government.code}` +
          `${catalog.lookup('economic-government', government.code, year) ? `（${describe(government.code).slice(government.code.length + 1)}）` : ''}；` +
          `按对应关系可对应：${options.map(describe).join('、')}。`,
        related: [{ range: department.range, message: `部门经济分类 ${department.code}` }],
      });
    }
  },
};
