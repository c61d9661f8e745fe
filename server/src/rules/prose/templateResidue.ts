/** PRO006: template wording left in place, such as “比上年增（减）”, “同比减少（增加）”. */
import { documentClaims } from '../../prose/documentClaims';
import { paragraphRange } from '../../model/paragraphs';
import type { Rule } from '../types';

const RESIDUE = /增[（(]减[）)]|减[（(]增[）)]|增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|下降[（(]增长[）)]/g;

/** （ or (. */
function isOpeningBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

/**
 * Whether some 增 has an opening bracket right before it, right after it or after the next character: every
 * RESIDUE wording has (增（减, 减（增, 增加（减少, 减少（增加, 增长（下降, 下降（增长), and 增 without one is most prose.
 */
function mayHoldResidue(text: string): boolean {
  for (let at = text.indexOf('增'); at >= 0; at = text.indexOf('增', at + 1)) {
    if (isOpeningBracket(text.charCodeAt(at - 1)) || isOpeningBracket(text.charCodeAt(at + 1)) || isOpeningBracket(text.charCodeAt(at + 2))) return true;
  }
  return false;
}

export const templateResidue: Rule = {
  id: 'PRO006',
  title: '模板用语未改写',
  category: 'prose',
  defaultSeverity: 'information',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const { paragraph } of paragraphs) {
      if (!mayHoldResidue(paragraph.text)) continue;
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
