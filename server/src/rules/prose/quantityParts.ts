/**
 * PRO017: a quantity that the prose splits into parts right after stating it — “建筑面积约为13459平方米，其中地上
 * 建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米” — must equal the
 * sum of its parts. Areas and counts of vehicles and equipment only (money totals are PRO013's); at least two
 * parts in the same unit; a warning, since a “其中” list may leave a part out.
 */
import Decimal from 'decimal.js';
import { paragraphRange } from '../../model/paragraphs';
import { paragraphNumberText } from '../../prose/paragraphNumberText';
import { documentClaims } from '../../prose/documentClaims';
import { isBlank } from '../../numeric/characters';
import type { Rule } from '../types';

const UNIT = '(?:平方米|平米|㎡|m²|公顷|亩|辆|台|套)';
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)[ \\t\\u3000]*(${UNIT})`, 'g');
const TOTAL_THEN_PARTS = new RegExp(`(\\d+(?:\\.\\d+)?)[ \\t\\u3000]*(${UNIT})[ \\t\\u3000]*(?:，|,|（|\\()[ \\t\\u3000]*其中`, 'g');

/** The last characters of the UNIT words (平方米, 平米, ㎡, m², 公顷, 亩, 辆, 台, 套). */
const UNIT_ENDS = new Set(['米', '㎡', '²', '顷', '亩', '辆', '台', '套'].map((unit) => unit.charCodeAt(0)));

/**
 * Whether some 其中 follows a unit word's last character with only a comma or an opening bracket (and blanks)
 * between: what TOTAL_THEN_PARTS needs, read back from each 其中 instead of trying the pattern at every number
 * (paragraphs with 其中 are many, nearly all of them about money).
 */
function mayListQuantities(text: string): boolean {
  for (let at = text.indexOf('其中'); at >= 0; at = text.indexOf('其中', at + 2)) {
    let i = at - 1;
    while (isBlank(text.charCodeAt(i))) i--;
    const separator = text.charAt(i);
    if (separator !== '，' && separator !== ',' && separator !== '（' && separator !== '(') continue;
    i--;
    while (isBlank(text.charCodeAt(i))) i--;
    if (UNIT_ENDS.has(text.charCodeAt(i))) return true;
  }
  return false;
}

interface Quantity {
  value: Decimal;
  unit: string;
  start: number;
  end: number;
}

/** The parts after “其中”: quantities in the same unit, outside nested brackets, up to the end of the list. */
function partsAfter(text: string, from: number, unit: string, inBrackets: boolean): Quantity[] {
  const parts: Quantity[] = [];
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      if (depth === 0) break; // the bracket that opened the list closes it
      depth--;
    } else if (depth === 0 && (ch === '。' || ch === '；' || ch === ';' || (!inBrackets && ch === '，' && /^，[^，。]*?(?:建筑高度|用地|位于|共|合计)/.test(text.slice(i))))) break;
    if (depth > 0) continue;
    QUANTITY.lastIndex = i;
    const match = QUANTITY.exec(text);
    if (match && match.index === i) {
      if (match[2] === unit) parts.push({ value: new Decimal(match[1]!), unit, start: i, end: i + match[0].length });
      i += match[0].length - 1;
    }
  }
  return parts;
}

export const quantityParts: Rule = {
  id: 'PRO017',
  title: '分项数量之和与总数不符',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const { paragraph } of paragraphs) {
      const text = paragraphNumberText(context.document, paragraph);
      if (!mayListQuantities(text)) continue;
      TOTAL_THEN_PARTS.lastIndex = 0;
      for (let match = TOTAL_THEN_PARTS.exec(text); match; match = TOTAL_THEN_PARTS.exec(text)) {
        const total = new Decimal(match[1]!);
        const unit = match[2]!;
        const inBrackets = /[（(][ \t\u3000]*其中$/.test(match[0]);
        const parts = partsAfter(text, match.index + match[0].length, unit, inBrackets);
        if (parts.length < 2) continue;
        const decimals = Math.max(total.decimalPlaces(), ...parts.map((p) => p.value.decimalPlaces()));
        const sum = parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
        if (sum.toDecimalPlaces(decimals).eq(total.toDecimalPlaces(decimals))) continue;
        context.report({
          range: paragraphRange(paragraph, match.index, match.index + match[1]!.length + unit.length),
          message: `${total.toString()}${unit}与其后所列各项 ${parts.map((p) => p.value.toString()).join(' + ')} = ${sum.toString()}${unit}不符。`,
          related: parts.map((p) => ({ range: paragraphRange(paragraph, p.start, p.end), message: `分项：${p.value.toString()}${unit}` })),
        });
      }
    }
  },
};
