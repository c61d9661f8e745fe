/**
 * PRO001: a prose amount that restates a table figure (by its wording or by an explicit `{=表/行/列}`
 * binding) and disagrees with it. Off only by rounding → information; fewer decimals than the table, rounded
 * correctly → nothing. Quick-fix: the table's figure, written as the prose writes it.
 */
import { documentClaims, type BoundAmount } from '../../prose/documentClaims';
import { compareAmounts, formatLikeProse, showAmount } from '../../prose/compare';
import { describeTarget } from '../../prose/labels';
import { describeFigure, type TableFigure } from '../../prose/tableFigures';
import { compactLabel } from '../../model/labels';
import { parseMarker } from '../../syntax/listMarkers';
import type { Amount } from '../../numeric/amount';
import type { ClaimTarget } from '../../prose/labels';
import type { Cell, DisclosureDocument } from '../../model/types';
import { roundingSeverity } from '../../prose/roundingSeverity';
import type { Rule } from '../types';
import { memoiseByString } from '../../memoise';

export const proseAmountMismatch: Rule = {
  id: 'PRO001',
  title: '说明文字中的金额与表格不一致',
  category: 'prose',
  defaultSeverity: 'error',
  check(context) {
    const { bound } = context.shared('prose.claims', () => documentClaims(context.document));
    for (const { claim, figure, explicit } of bound) {
      if (!explicit && claim.target?.kind === 'three-public') continue; // TPE002
      const tableAmount = figure.cell.amount;
      if (!tableAmount) continue;
      const agreement = compareAmounts(claim.figure.amount, tableAmount);
      if (agreement === 'consistent') continue;
      // A classification line stated by name may be any of its tables' scopes (all funds in the 收支总表, 一般公共预算
      // in the 一般公共预算支出表): a prose figure that one of them states is no disagreement, and one that only a
      // narrower table was found for is not proven wrong.
      let uncertain = false;
      if (!explicit && claim.target?.kind === 'classification') {
        if (classificationValues(context.shared('prose.classificationFigures', () => indexFigures(context.document, bound)), claim.target, figure).some((amount) => compareAmounts(claim.figure.amount, amount) !== 'error')) continue;
        uncertain = figure.table.kind !== 'expenditure-summary';
      }
      const what = explicit ? `绑定的单元格` : describeTarget(claim.target!);
      const where = describeFigure(figure);
      const replacement = formatLikeProse(claim.figure.amount, tableAmount);
      if (agreement === 'rounding') {
        context.report({
          range: claim.range,
          ...roundingSeverity(context.settings),
          message: `说明中的${what} ${showAmount(claim.figure.amount)} 与${where}的 ${showAmount(tableAmount)} 相差在取整范围内，可能为取整误差。`,
          related: [{ range: figure.cell.range, message: `表格数：${showAmount(tableAmount)}` }],
        });
        continue;
      }
      context.report({
        range: claim.range,
        ...(uncertain ? { severity: 'warning' as const } : {}),
        message:
          `说明中的${what}为 ${showAmount(claim.figure.amount)}，但${where}为 ${showAmount(tableAmount)}，两者不一致。` +
          (uncertain ? '（该科目的其他口径——如全部资金——未在表中找到，请确认说明所指口径。）' : ''),
        related: [{ range: figure.cell.range, message: `表格数：${showAmount(tableAmount)}` }],
        fixes: [
          {
            title: `改为表格数 ${replacement}`,
            edits: [{ range: claim.numberRange, newText: replacement }],
            preferred: true,
            safe: !uncertain,
          },
        ],
      });
    }
  },
};

/**
 * The cells of one key showing one figure (same text, so same value and decimals, and same unit): compareAmounts
 * reads nothing else, so one comparison serves them all — a long document repeating a line's figure in many
 * tables stays linear.
 */
interface FigureGroup {
  amount: Amount;
  cells: Cell[];
}

/**
 * The figures the tables give for the classification lines the prose names, by code and by line name (one pass
 * over the tables, per document). Only the codes and names some bound claim can ask for are kept: the lookups
 * below read nothing else, and grouping every figure of every table cost more than all the rest of the rule.
 */
interface ClassificationFigures {
  byCode: Map<string, Map<string, FigureGroup>>;
  byName: Map<string, Map<string, FigureGroup>>;
}

/** A label cell's compact text without its list numbering (一、一般公共服务支出 → 一般公共服务支出). */
const pairLabel = memoiseByString((text) => {
  const compact = compactLabel(text);
  const marker = parseMarker(compact);
  return marker ? compact.slice(marker.text.length) : compact;
});

function indexFigures(document: DisclosureDocument, bound: readonly BoundAmount[]): ClassificationFigures {
  const byCode = new Map<string, Map<string, FigureGroup>>();
  const byName = new Map<string, Map<string, FigureGroup>>();
  // The keys classificationValues may look up, for every claim it may be asked about.
  const wantedCodes = new Set<string>();
  const wantedNames = new Set<string>();
  for (const { claim, explicit } of bound) {
    if (explicit || claim.target?.kind !== 'classification') continue;
    if (claim.target.code) wantedCodes.add(claim.target.code);
    const name = compactLabel(claim.target.name);
    wantedNames.add(name);
    wantedNames.add(`${name}支出`);
  }
  const add = (map: Map<string, Map<string, FigureGroup>>, key: string, cell: Cell): void => {
    let groups = map.get(key);
    if (!groups) map.set(key, (groups = new Map()));
    const amount = cell.amount!;
    const valueKey = `${amount.unit}|${amount.text}`;
    const group = groups.get(valueKey);
    if (group) group.cells.push(cell);
    else groups.set(valueKey, { amount, cells: [cell] });
  };
  for (const table of document.tables) {
    for (const row of table.body) {
      const cells = row.cells;
      const code = row.code && wantedCodes.has(row.code) ? row.code : undefined;
      const compactName = row.name ? compactLabel(row.name) : undefined;
      const name = compactName !== undefined && wantedNames.has(compactName) ? compactName : undefined;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (cell.amount) {
          if (code) add(byCode, code, cell);
          if (name !== undefined) add(byName, name, cell);
        }
        // Label/figure pairs of side-by-side tables (收支总表: 一、一般公共服务支出 | 16,992.37).
        const next = cells[i + 1];
        if (cell.kind === 'text' && next?.amount) {
          const label = pairLabel(cell.text);
          if (wantedNames.has(label)) add(byName, label, next);
        }
      }
    }
  }
  return { byCode, byName };
}

/**
 * Every figure the tables give for a classification line besides the bound one (each value once): rows with its
 * code, and rows or label/figure pairs named as it is.
 */
function classificationValues(figures: ClassificationFigures, target: Extract<ClaimTarget, { kind: 'classification' }>, bound: TableFigure): Amount[] {
  const wanted = compactLabel(target.name);
  const groups = [
    ...(target.code ? figures.byCode.get(target.code)?.values() ?? [] : []),
    ...(figures.byName.get(wanted)?.values() ?? []),
    ...(figures.byName.get(`${wanted}支出`)?.values() ?? []),
  ];
  return groups.filter((group) => group.cells.length > 1 || group.cells[0] !== bound.cell).map((group) => group.amount);
}
