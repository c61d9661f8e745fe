/**
 * PRO011: products and quotients written out in the text, units included: “68076人*48.8元=332.21万元”
 * holds; “1746人X60元=104760万元” does not (the product is 104760 元). Checked in paragraphs and in the text
 * cells of tables (seed 002 writes it in a project table).
 */
import Decimal from 'decimal.js';
import { paragraphRange } from '../../model/paragraphs';
import { displayedInterval, contains } from '../../numeric/interval';
import { formatNumber, normalizeNumberChars } from '../../numeric/numberText';
import { unitFactor, type AmountUnit } from '../../numeric/units';
import type { Range } from '../../model/types';
import type { Rule, RuleContext } from '../types';
import { textCellsWithSeparators } from '../textCellsWithSeparators';

const NUM = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?)';
const MONEY = '(亿元|万元|元)';
const EXPRESSION = new RegExp(`${NUM}[ \\t\\u3000]*(亿元|万元|元|[\\u4e00-\\u9fa5]{1,2})?[ \\t\\u3000]*([X×*xＸ÷/])[ \\t\\u3000]*${NUM}[ \\t\\u3000]*(亿元|万元|元|[\\u4e00-\\u9fa5]{1,2})?[ \\t\\u3000]*[=＝][ \\t\\u3000]*${NUM}[ \\t\\u3000]*${MONEY}`, 'g');

/** Cheap pre-filter: an operator next to a digit and an equals sign. */
const MAYBE = /[X×*xＸ÷/][ \t\u3000]*[0-9０-９][^=＝]{0,20}[=＝]/;

/** Every expression has an equals sign; most text has none, and looking for one is cheaper than MAYBE. */
function hasEquals(text: string): boolean {
  return text.includes('=') || text.includes('＝');
}

function mayHoldExpression(text: string): boolean {
  return hasEquals(text) && MAYBE.test(text);
}

function money(unit: string | undefined): AmountUnit | undefined {
  return unit === '元' || unit === '万元' || unit === '亿元' ? unit : undefined;
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function check(context: RuleContext, text: string, rangeOf: (start: number, end: number) => Range): void {
  const normalized = normalizeNumberChars(text);
  EXPRESSION.lastIndex = 0;
  for (let m = EXPRESSION.exec(normalized); m; m = EXPRESSION.exec(normalized)) {
    const [whole, aText, aUnit, op, bText, bUnit, rText, rUnit] = m as unknown as string[];
    const a = new Decimal(aText!.replace(/,/g, ''));
    const b = new Decimal(bText!.replace(/,/g, ''));
    const aMoney = money(aUnit);
    const bMoney = money(bUnit);
    let yuan: Decimal;
    if (op === '÷' || op === '/') {
      if (b.isZero() || !aMoney || bMoney) continue;
      yuan = a.times(unitFactor(aMoney)).div(b);
    } else {
      if (aMoney && bMoney) continue;
      const unit = aMoney ?? bMoney;
      if (!unit) continue;
      yuan = a.times(b).times(unitFactor(unit));
    }
    const resultUnit = rUnit as AmountUnit;
    const result = new Decimal(rText!.replace(/,/g, ''));
    const decimals = decimalsOf(rText!);
    const interval = displayedInterval(result, decimals, unitFactor(resultUnit));
    if (contains(interval, yuan)) continue;
    const expected = yuan.div(unitFactor(resultUnit));
    const inYuan = formatNumber(yuan, yuan.isInteger() ? 0 : 2, false);
    context.report({
      range: rangeOf(m.index, m.index + whole!.length),
      message: `算式“${text.slice(m.index, m.index + whole!.length)}”不成立：${aText}${aUnit ?? ''} ${op} ${bText}${bUnit ?? ''} = ${inYuan} 元，即 ${formatNumber(expected, Math.max(decimals, 2), false)} ${resultUnit}，而不是 ${rText} ${resultUnit}。`,
    });
  }
}

export const proseArithmetic: Rule = {
  id: 'PRO011',
  title: '说明中的算式不成立',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    // Paragraph and cell texts are taken from the source text: without an equals sign there, no expression anywhere.
    if (!hasEquals(context.document.text)) return;
    for (const paragraph of context.document.paragraphs) {
      if (!mayHoldExpression(paragraph.text)) continue;
      check(context, paragraph.text, (s, e) => paragraphRange(paragraph, s, e));
    }
    for (const cell of textCellsWithSeparators(context)) {
      if (!mayHoldExpression(cell.text)) continue;
      const start = cell.range.start;
      check(context, cell.text, (s, e) => ({
        start: { line: start.line, character: start.character + s },
        end: { line: start.line, character: start.character + e },
      }));
    }
  },
};
