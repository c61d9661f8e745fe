/**
 * Shares whose whole is named, not stated in the sentence: “因公出国（境）费支出 110 万元，占“三公”经费的
 * 18.85%” — the whole is the table figure the name designates (the 三公 table's total), found like any
 * prose label (labels.ts), and the part is the 本年 figure right before the percentage.
 */
import type { DisclosureDocument } from '../model/types';
import type { AmountClaim, ParagraphClaims, PercentClaim } from './claims';
import { targetOfLead } from './labels';
import { figureForTarget, type TableFigure } from './tableFigures';

export interface NamedShare {
  part: AmountClaim;
  whole: TableFigure;
  /** The whole as the text names it (“三公”经费). */
  wholeName: string;
  percent: PercentClaim;
}

const NAMED_WHOLE = /占[ \t\u3000]*([^，,。；;占]{2,20}?)[ \t\u3000]*(?:的)?(?:比重|比例)?[ \t\u3000]*$/;

export function namedShares(document: DisclosureDocument, claims: ParagraphClaims): NamedShare[] {
  const shares: NamedShare[] = [];
  for (const percent of claims.percents) {
    const named = NAMED_WHOLE.exec(percent.lead);
    if (!named) continue;
    const wholeName = named[1]!.trim();
    const target = targetOfLead(wholeName.replace(/[“”"]/g, ''));
    if (!target) continue;
    const whole = figureForTarget(document, target);
    if (!whole?.cell.amount) continue;
    const start = percent.range.start;
    const before = claims.amounts.filter((a) => a.sentence === percent.sentence && (a.range.end.line < start.line || (a.range.end.line === start.line && a.range.end.character <= start.character)));
    const part = before[before.length - 1];
    if (!part || part.role !== 'current') continue;
    shares.push({ part, whole, wholeName, percent });
  }
  return shares;
}
