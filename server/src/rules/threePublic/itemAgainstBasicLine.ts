/**
 * TPE001: each “三公” item against its basic-expenditure economic line (30212, 30217, 30231, 31013). The
 * 三公 figure also counts project spending, so it must be at least the line: below it is an error; above it
 * is only a hint (seed 004: 公务用车运行维护费 6.00 vs 30231 1.50 + 1.50 = 3.00), worth a look when no project pays it.
 */
import Decimal from 'decimal.js';
import { amountInterval } from '../../numeric/interval';
import { formatNumber } from '../../numeric/numberText';
import { convert } from '../../numeric/units';
import { basicLine, LINE_CODES } from '../../prose/basicLines';
import { THREE_PUBLIC_NAMES, type ThreePublicKey } from '../../prose/labels';
import { describeFigure, figureForTarget } from '../../prose/tableFigures';
import type { Rule } from '../types';

export const itemAgainstBasicLine: Rule = {
  id: 'TPE001',
  title: '“三公”经费与基本支出经济分类科目不符',
  category: 'three-public',
  defaultSeverity: 'error',
  check(context) {
    const document = context.document;
    for (const [key, code] of Object.entries(LINE_CODES) as Array<[ThreePublicKey, string]>) {
      const figure = figureForTarget(document, { kind: 'three-public', key }); // memoised: the prose claims asked already
      if (!figure || figure.table.kind !== 'three-public') continue;
      const line = basicLine(document, code);
      if (!line) continue;
      const item = figure.cell.amount;
      const itemInterval = item ? amountInterval(item) : { low: new Decimal(0), high: new Decimal(0) };
      const below = itemInterval.high.lt(line.interval.low);
      const lineValue = convert(line.value, line.table.unit, '元');
      if (!below && !(itemInterval.low.gt(line.interval.high) && lineValue.gt(0))) continue;
      // The wording of a finding, only once there is one (the four items of a correct document report nothing).
      const lineUnit = line.table.unit;
      const lineText = `${formatNumber(line.value, Math.max(0, ...line.amounts.map((a) => a.decimals)), false)} ${lineUnit}`;
      const lineParts = line.amounts.length > 1 ? `（${line.amounts.map((a) => a.text).join(' + ')}）` : '';
      const itemText = item ? `${item.text} ${figure.table.unit}` : `0（空白）`;
      const name = THREE_PUBLIC_NAMES[key];
      const where = describeFigure(figure);
      const lineWhere = `${line.table.caption ? `${line.table.caption.number ?? ''} ${line.table.caption.name}`.trim() : '基本支出表'} ${code} 行`;
      const related = line.cells.map((c) => ({ range: c.range, message: `${code} 基本支出 ${c.text}` }));
      if (below) {
        context.report({
          range: figure.cell.range,
          message: `${where}的${name} ${itemText} 小于${lineWhere}的基本支出 ${lineText}${lineParts}：“三公”经费包含基本支出中的该项，不应更少。`,
          related,
        });
      } else {
        const itemValue = item ? convert(item.value, item.unit, '元') : new Decimal(0);
        context.report({
          range: figure.cell.range,
          severity: 'hint',
          message: `${where}的${name} ${itemText} 大于${lineWhere}的基本支出 ${lineText}${lineParts}，差额 ${formatNumber(convert(itemValue.minus(lineValue), '元', figure.table.unit), 2, false)} ${figure.table.unit} 应由项目支出安排；如无相应项目支出，请核对。`,
          related,
        });
      }
    }
  },
};
