/** REF001: an explicit binding `{=表/行/列}` that names no existing cell (docs/format.md §3). */
import { paragraphRange } from '../../model/paragraphs';
import { documentClaims } from '../../prose/documentClaims';
import { figureForReference } from '../../prose/tableFigures';
import type { Rule } from '../types';

export const bindingReference: Rule = {
  id: 'REF001',
  title: '绑定引用的单元格不存在',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const claims of paragraphs) {
      for (const binding of claims.bindings) {
        if (figureForReference(context.document, binding.reference)) continue;
        const parts = binding.reference.split('/');
        context.report({
          range: paragraphRange(claims.paragraph, binding.start, binding.end),
          message:
            parts.length < 3
              ? `绑定引用“${binding.reference}”格式不对：应写作 {=表/行/列}，如 {=附表4-9/城乡居民医疗保险地方配套/合计}。`
              : `绑定引用“${binding.reference}”找不到对应的单元格：请核对表号或表名“${parts[0]}”、行“${parts[1]}”和列“${parts.slice(2).join('/')}”。`,
        });
      }
    }
  },
};
