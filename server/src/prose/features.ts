/**
 * Editor features of the prose claims: hovering a prose figure bound to a table cell shows the cell and
 * where it is; hovering a percentage shows the recomputed value; go-to-definition jumps from a prose figure
 * to the table cell it restates.
 */
import type { DefinitionContributor, HoverContributor } from '../features/contributors';
import type { DisclosureDocument, Position, Range } from '../model/types';
import { amountInterval, divide } from '../numeric/interval';
import { formatNumber } from '../numeric/numberText';
import { unitFactor } from '../numeric/units';
import { documentClaims, type BoundAmount } from './documentClaims';
import { describeFigure } from './tableFigures';
import { evaluateChange } from './yearOnYear';

function inside(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

function boundAt(document: DisclosureDocument, position: Position): BoundAmount | undefined {
  return documentClaims(document).bound.find((b) => inside(b.claim.range, position));
}

/** The percentage under the cursor and its recomputed value, if the prose states what it is a ratio of. */
function percentAt(document: DisclosureDocument, position: Position): { range: Range; markdown: string } | undefined {
  for (const paragraph of documentClaims(document).paragraphs) {
    if (!inside(paragraph.paragraph.range, position)) continue;
    for (const share of paragraph.shares) {
      if (!inside(share.percent.range, position)) continue;
      const part = share.part.figure.amount;
      const whole = share.whole.figure.amount;
      if (!divide(amountInterval(part), amountInterval(whole))) continue;
      const value = part.value.times(unitFactor(part.unit)).div(whole.value.times(unitFactor(whole.unit))).times(100);
      return {
        range: share.percent.range,
        markdown: `**占比复算**：${part.text} ${part.unit} ÷ ${whole.text} ${whole.unit} = ${formatNumber(value, 4, false)}%（说明写 ${share.percent.percent.text}%）`,
      };
    }
    for (const change of paragraph.changes) {
      if (!change.percent || !inside(change.percent.range, position)) continue;
      const evaluation = evaluateChange(change);
      const amount = change.change.figure.amount;
      if (evaluation.zeroBase) {
        return { range: change.percent.range, markdown: `**增长率复算**：上年为 0，增长率无意义（说明写 ${change.percent.percent.text}%）` };
      }
      if (!evaluation.base || evaluation.base.value.isZero()) continue;
      const base = evaluation.base.value.div(unitFactor(amount.unit));
      const value = amount.value.div(base.abs()).times(100);
      return {
        range: change.percent.range,
        markdown: `**增减率复算**：${amount.text} ${amount.unit} ÷ 上年 ${formatNumber(base, Math.max(amount.decimals, 2), false)} ${amount.unit} = ${formatNumber(value, 4, false)}%（说明写 ${change.percent.percent.text}%）`,
      };
    }
  }
  return undefined;
}

export const proseHover: HoverContributor = (document, position) => {
  const bound = boundAt(document, position);
  if (bound) {
    const cell = bound.figure.cell;
    const shown = cell.amount ? `${cell.text} ${cell.amount.unit}` : cell.text || '（空白）';
    return {
      range: bound.claim.range,
      markdown: `**表格数**：${shown}\n\n出处：${describeFigure(bound.figure)}（第 ${cell.range.start.line + 1} 行）${bound.explicit ? '\n\n由 {=…} 绑定' : ''}`,
    };
  }
  const percent = percentAt(document, position);
  return percent ? { range: percent.range, markdown: percent.markdown } : undefined;
};

export const proseDefinition: DefinitionContributor = (document, position) => {
  const bound = boundAt(document, position);
  if (!bound) return undefined;
  return { originRange: bound.claim.range, targetRange: bound.figure.row.range, targetSelectionRange: bound.figure.cell.range };
};
