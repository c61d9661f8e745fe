/**
 * Hover on a 上年 figure (a 上年 cell, a prose 上年 figure, a “比上年增加 A”): where last year's document
 * states that figure — a link to the line — and whether it agrees.
 */
import type { HoverContributor } from '../features/contributors';
import { rangeContainsPosition } from '../features/ranges';
import type { Amount } from '../numeric/amount';
import { formatNumber } from '../numeric/numberText';
import { convert } from '../numeric/units';
import type { TableFigure } from '../prose/tableFigures';
import { comparableLastYear } from './comparability';
import { cellAmount, compareImplied, compareStated, impliedBase, type LastYearAgreement } from './compareFigures';
import { describeCell } from './describe';
import { proseBindings } from './proseBindings';
import { tableCellBindings } from './tableBindings';
import type { LastYearLink } from './types';

type FoundLink = Extract<LastYearLink, { status: 'found' }>;

const VERDICT: Record<LastYearAgreement, string> = {
  consistent: '✓ 与上年文档一致',
  rounding: '≈ 相差在取整范围内，可能为取整误差',
  error: '✗ 与上年文档不一致',
  unfilled: '上年数尚未填写',
};

function where(link: FoundLink, figure: TableFigure): string {
  const line = figure.cell.range.start.line + 1;
  return `[${link.shownPath} 第 ${line} 行](${link.uri}#L${line}) ${describeCell(figure)}`;
}

function show(amount: Amount): string {
  return `${amount.text} ${amount.unit}`;
}

export const lastYearHover: HoverContributor = (document, position, context) => {
  const link = comparableLastYear(document, context.lastYear);
  if (!link) return undefined;
  for (const binding of tableCellBindings(document, link.document)) {
    if (!rangeContainsPosition(binding.mine.cell.range, position)) continue;
    const last = cellAmount(binding.last.cell, binding.last.table);
    const verdict = VERDICT[compareStated(binding.mine.cell.amount, last)];
    return {
      range: binding.mine.cell.range,
      markdown: `**上年文档**：${where(link, binding.last)}（${binding.matchedBy}）：**${show(last)}**\n\n${verdict}`,
    };
  }
  for (const binding of proseBindings(document, link.document)) {
    const last = cellAmount(binding.last.cell, binding.last.table);
    if (binding.kind === 'stated') {
      if (!rangeContainsPosition(binding.claim.range, position)) continue;
      const verdict = VERDICT[compareStated(binding.claim.figure.amount, last)];
      return { range: binding.claim.range, markdown: `**上年文档**：${where(link, binding.last)}：**${show(last)}**\n\n${verdict}` };
    }
    const change = binding.change.change;
    if (!rangeContainsPosition(change.range, position)) continue;
    const base = impliedBase(binding.current, change.figure.amount, binding.change.direction);
    const unit = change.figure.amount.unit;
    const baseText = `${formatNumber(convert(base.value, '元', unit), Math.max(change.figure.amount.decimals, binding.current.decimals), false)} ${unit}`;
    const verdict = VERDICT[compareImplied(base, last)];
    return {
      range: change.range,
      markdown: `**上年**：本年 ${show(binding.current)} ${binding.change.direction === 1 ? '−' : '+'} ${show(change.figure.amount)} = ${baseText}\n\n**上年文档**：${where(link, binding.last)}：**${show(last)}**\n\n${verdict}`,
    };
  }
  return undefined;
};
