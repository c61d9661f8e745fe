/** PRO006: template wording left in place, such as “比上年增（减）”, “同比减少（增加）”. */
import { documentClaims } from '../../prose/documentClaims';
import { paragraphRange } from '../../model/paragraphs';
import type { Rule } from '../types';

const RESIDUE = /增[（(]减[）)]|减[（(]增[）)]|增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|下降[（(]增长[）)]/g;

export const templateResidue: Rule = {
  id: 'PRO006',
  title: '模板用语未改写',
  category: 'prose',
  defaultSeverity: 'information',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const { paragraph } of paragraphs) {
      if (!paragraph.text.includes('增')) continue; // every RESIDUE wording has 增
      RESIDUE.lastIndex = 0;
      for (let match = RESIDUE.exec(paragraph.text); match; match = RESIDUE.exec(paragraph.text)) {
        context.report({
          range: paragraphRange(paragraph, match.index, match.index + match[0].length),
          message: `说明中留有模板用语“${match[0]}”：应按实际情况写“增加”或“减少”（无变化时写“与上年持平”）。`,
        });
      }
    }
  },
};
