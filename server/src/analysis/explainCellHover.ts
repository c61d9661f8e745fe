/**
 * Hover on a total: how it is computed and whether it holds — `= 55.24 + 0.32 = 55.56 ✓`, or the
 * mismatch (`≠ 55.56，相差 1.00 万元`), or a rounding note — for every identity whose total is this cell.
 */
import type { HoverContributor } from '../features/contributors';
import { rangeContainsPosition } from '../features/ranges';
import { formatNumber } from '../numeric/numberText';
import { balanceAnalysis } from './identities/balanceAnalysis';
import type { Evaluation } from './identities/evaluate';
import { tableTitle } from './identities/terms';
import type { Identity } from './identities/types';

function figure(text: string, blank: boolean): string {
  return blank ? '0' : text;
}

export function explainIdentity(identity: Identity, evaluation: Evaluation): string {
  const decimals = Math.max(evaluation.stated.decimals, ...evaluation.partValues.map((p) => p.decimals));
  const grouped = identity.target.cell.amount?.grouped ?? false;
  const parts = identity.parts.map((part, i) => {
    const value = figure(part.cell.text, part.cell.kind === 'blank');
    const unit = evaluation.partValues[i]!.unit !== evaluation.unit ? ` ${evaluation.partValues[i]!.unit}` : '';
    const where = part.table !== identity.target.table ? `（${tableTitle(part.table)}）` : '';
    return `${value}${unit}${where}`;
  });
  const shownParts = parts.length <= 8 ? parts.join(' + ') : `${parts.slice(0, 3).join(' + ')} + … + ${parts[parts.length - 1]}（共 ${parts.length} 项）`;
  const computed = formatNumber(evaluation.computed, decimals, grouped);
  const stated = figure(identity.target.cell.text, identity.target.cell.kind === 'blank');
  const head = `${identity.ruleId} ${identity.relation}\n\n= ${shownParts} = ${computed}`;
  if (evaluation.agreement === 'consistent') return `${head} ✓`;
  const difference = `${formatNumber(evaluation.difference.abs(), decimals, grouped)} ${evaluation.unit}`;
  if (evaluation.agreement === 'rounding') return `${head} ≈ ${stated}（相差 ${difference}，可能为取整误差）`;
  return `${head} ✗ 表中为 ${stated}，相差 ${difference}`;
}

export const totalCellHover: HoverContributor = (document, position) => {
  const table = document.tables.find((t) => t.range.start.line <= position.line && position.line <= t.range.end.line);
  if (!table) return undefined;
  const row = table.body.find((r) => r.range.start.line === position.line);
  const cell = row?.cells.find((c) => rangeContainsPosition(c.range, position));
  if (!row || !cell) return undefined;
  const analysis = balanceAnalysis(document);
  const identities = analysis.byTarget.get(`${table.index}:${row.index}:${cell.column}`) ?? [];
  if (identities.length === 0) return undefined;
  const sections = identities
    .map((identity) => {
      const evaluation = analysis.evaluations.get(identity);
      return evaluation ? explainIdentity(identity, evaluation) : undefined;
    })
    .filter((s): s is string => s !== undefined);
  return { markdown: sections.join('\n\n---\n\n'), range: cell.range };
};
