/**
 * TPE004: 机关运行经费 against the basic 公用经费 it should equal. The identity holds only for administrative
 * units (header 单位性质: 行政单位 / 参公事业单位); for other documents nothing is said (seed 004 mixes a 行政
 * 单位 with a 事业 centre and does not state its nature).
 */
import { amountInterval, overlaps } from '../../numeric/interval';
import { documentClaims } from '../../prose/documentClaims';
import { compareAmounts, showAmount } from '../../prose/compare';
import { describeFigure, figureForTarget } from '../../prose/tableFigures';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';

export const operatingCostVsPublic: Rule = {
  id: 'TPE004',
  title: '机关运行经费与公用经费不一致',
  category: 'three-public',
  defaultSeverity: 'warning',
  check(context) {
    const document = context.document;
    const nature = document.meta.unitNature;
    if (nature !== '行政单位' && nature !== '参公事业单位') return;
    const publicFigure = figureForTarget(document, { kind: 'summary', key: 'public' });
    const publicAmount = publicFigure?.cell.amount;
    if (!publicFigure || !publicAmount) return;
    const { paragraphs } = context.shared('prose.claims', () => documentClaims(document));
    const statements = paragraphs.flatMap((p) => p.amounts).filter((a) => a.role === 'current' && a.target?.kind === 'operating-cost');
    const tableFigure = figureForTarget(document, { kind: 'operating-cost' });
    const candidates = [
      ...statements.map((s) => ({ range: s.range, amount: s.figure.amount, where: `说明中的机关运行经费` })),
      ...(tableFigure?.cell.amount ? [{ range: tableFigure.cell.range, amount: tableFigure.cell.amount, where: describeFigure(tableFigure) }] : []),
    ];
    for (const candidate of candidates) {
      const agreement = compareAmounts(candidate.amount, publicAmount);
      if (agreement === 'consistent') continue;
      const rounding = agreement === 'rounding' || overlaps(amountInterval(candidate.amount), amountInterval(publicAmount));
      context.report({
        range: candidate.range,
        ...(rounding ? roundingSeverity(context.settings) : {}),
        message: rounding
          ? `${candidate.where} ${showAmount(candidate.amount)} 与${describeFigure(publicFigure)}的公用经费 ${showAmount(publicAmount)} 相差在取整范围内，可能为取整误差。`
          : `本单位为${nature}，机关运行经费应等于基本支出中的公用经费 ${showAmount(publicAmount)}（${describeFigure(publicFigure)}），但${candidate.where}为 ${showAmount(candidate.amount)}。`,
        related: [{ range: publicFigure.cell.range, message: `公用经费 ${showAmount(publicAmount)}` }],
      });
    }
  },
};
