/**
 * COD002: a well-formed classification code that the catalog does not know for the document's year.
 * Offers the closest codes (same parent, similar name) as quick-fixes.
 */
import { parentCodeOf } from '../../catalog/catalogIndex';
import type { Fix } from '../../diagnostics/finding';
import type { Rule } from '../types';
import { checkedCodes } from './checkedCodes';
import { beforeEditionsNote, codeEdits, systemName, whereIs } from './codeContext';

export const unknownCode: Rule = {
  id: 'COD002',
  title: '科目编码在目录中不存在',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    const { catalog, year, codes, coverage: coverageOf } = checkedCodes(context);
    for (const { occurrence, wellFormed, entry } of codes) {
      if (!wellFormed) continue;
      const { system, code } = occurrence;
      const coverage = coverageOf[system];
      if (coverage === 'other-classification') continue;
      if (entry) continue;
      const { edition, publication } = catalog.edition(system, year);
      const history = catalog.history(system, code);
      let detail = '';
      if (history.length > 0) {
        const spans = history.map((e) => `${e.name}（${e.validFrom}–${e.validTo ?? ''}）`).join('、');
        detail = `该编码在目录中只见于其他年度：${spans}。`;
      }
      // The catalog lists no children under the parent, or the parent is uncertain: the absence is weak evidence.
      const parent = parentCodeOf(code);
      const parentEntry = parent ? catalog.lookup(system, parent, year) : undefined;
      // 其他…支出 items (2150899, 2169999) exist under nearly every 款 and are missing from the catalog only
      // where it is incomplete: an absence there is no evidence either.
      const residualItem = parentEntry !== undefined && /99$/.test(code) && /^其他/.test(occurrence.name ?? '');
      const incomplete = parentEntry !== undefined && (parentEntry.uncertain === true || residualItem || (code.length === 7 && catalog.childrenOf(system, parent!).length === 0));
      const candidates = catalog.closest(system, code, year, occurrence.name);
      const fixes: Fix[] = candidates.map((entry, i) => ({
        title: `将编码改为 ${entry.code}（${entry.name}）`,
        edits: codeEdits(occurrence, entry.code),
        ...(i === 0 ? { preferred: true } : {}),
      }));
      const suggestion = candidates.length > 0 ? `相近的编码：${candidates.map((e) => `${e.code} ${e.name}`).join('、')}。` : '';
      const where = parentEntry ? `（上级科目 ${parentEntry.code} ${parentEntry.name} 存在）` : parent ? `（上级科目 ${parent} 也不在目录中）` : '';
      context.report({
        range: occurrence.range,
        message:
          `${whereIs(occurrence)}的编码 ${code}${occurrence.name ? ` ${occurrence.name}` : ''} 不在${publication}（${edition} 年版${systemName(system)}）中${where}。` +
          detail +
          suggestion +
          (incomplete ? '目录在该科目下的条目不完整（未经实际文件印证），可在目录补充文件中加入本地科目。' : '') +
          (coverage === 'before-editions' ? beforeEditionsNote(year) : ''),
        ...(coverage === 'before-editions' || residualItem ? { severity: 'hint' as const } : incomplete ? { severity: 'information' as const } : {}),
        fixes,
      });
    }
  },
};
