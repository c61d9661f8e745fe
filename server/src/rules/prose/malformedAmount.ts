/**
 * PRO015: an amount in the prose (or in a text cell of a table: 项目简介) whose thousands separators are misplaced (“206,27万元”, “1,2345 元”): every
 * group after the first must have three digits. Which figure was meant cannot be known (206.27? 20,627?), so
 * the rule offers no fix; the figure also escapes every other check.
 */
import { documentClaims } from '../../prose/documentClaims';
import { paragraphRange } from '../../model/paragraphs';
import type { Range } from '../../model/types';
import type { Rule } from '../types';
import { isAsciiDigit } from '../../numeric/characters';
import { textCellsWithSeparators } from '../textCellsWithSeparators';

const GROUPED_AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d+)+(?:\.\d+)?)[ \t\u3000]*(?:万元|亿元|千元|元)/g;

export const malformedAmount: Rule = {
  id: 'PRO015',
  title: '金额的千位分隔符位置有误',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    const report = (written: string, range: Range): void =>
      context.report({ range, message: `“${written}”的千位分隔符位置不对（逗号后每组应为三位数字），无法确定所指金额，也无法与表格核对；请改正书写。` });
    for (const { paragraph } of paragraphs) {
      for (const match of misgrouped(paragraph.text)) report(match[0], paragraphRange(paragraph, match.index!, match.index! + match[1]!.length));
    }
    for (const cell of textCellsWithSeparators(context)) {
      if (!cell.text.includes(',') || cell.range.start.line !== cell.range.end.line) continue; // (misgrouped needs a comma)
      for (const match of misgrouped(cell.text)) {
        const start = { line: cell.range.start.line, character: cell.range.start.character + match.index! };
        report(match[0], { start, end: { line: start.line, character: start.character + match[1]!.length } });
      }
    }
  },
};

/**
 * Whether a comma stands between digits with other than three digits after it (up to the next non-digit): every
 * misgrouped amount has one (each of its groups is all the digits after a comma), and this look at the commas
 * spares the pattern — slow to try at every position — the text that has none (nearly all text, grouped or not).
 */
function hasOddGroup(text: string): boolean {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (comma === 0 || !isAsciiDigit(text.charCodeAt(comma - 1))) continue;
    let end = comma + 1;
    while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
    const digits = end - comma - 1;
    if (digits > 0 && digits !== 3) return true;
  }
  return false;
}

/** Amounts with a group of other than three digits after a separator. */
function misgrouped(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (!hasOddGroup(text)) return found;
  GROUPED_AMOUNT.lastIndex = 0;
  for (let match = GROUPED_AMOUNT.exec(text); match; match = GROUPED_AMOUNT.exec(text)) {
    const groups = match[1]!.split('.')[0]!.split(",").slice(1);
    if (!groups.every((group) => group.length === 3)) found.push(match);
  }
  return found;
}
