/**
 * Turns the balance analysis into findings for one rule: the message names the stated figure and the
 * computed one, where each comes from, and the difference; a rounding-only difference is an information
 * note (可能为取整误差) without a safe fix; an error carries the planned fix (preferred, safe when
 * determined) and, when the planned figure is not the total, a second fix that replaces the total.
 */
import Decimal from 'decimal.js';
import type { Fix, RelatedLocation } from '../../diagnostics/finding';
import { balanceAnalysis, type BalanceAnalysis } from '../../analysis/identities/balanceAnalysis';
import type { Evaluation, FigureValue } from '../../analysis/identities/evaluate';
import { formatFigure, type FixPlan } from '../../analysis/identities/solver';
import { termLocation } from '../../analysis/identities/terms';
import type { Identity, Term } from '../../analysis/identities/types';
import { formatNumber } from '../../numeric/numberText';
import type { RuleContext } from '../types';

export function sharedBalanceAnalysis(context: RuleContext): BalanceAnalysis {
  return context.shared('balance-analysis', () => balanceAnalysis(context.document));
}

function shown(term: Term): string {
  return term.cell.kind === 'blank' ? '空白（0）' : term.cell.text;
}

function grouped(term: Term): boolean {
  return term.cell.amount?.grouped ?? term.table.body.some((row) => row.cells[term.column.index]?.amount?.grouped === true);
}

/** The parts as `label value + …`, naming the table of parts from another table. */
function partsExpression(identity: Identity, evaluation: Evaluation): string {
  const describe = (part: Term, i: number): string => {
    const value = shown(part);
    const unit = evaluation.partValues[i]!.unit !== evaluation.unit ? ` ${evaluation.partValues[i]!.unit}` : '';
    const where = part.table !== identity.target.table ? termLocation(part) : part.label;
    return `${where} ${value}${unit}`;
  };
  const parts = identity.parts;
  if (parts.length <= 6) return parts.map(describe).join(' + ');
  return `${describe(parts[0]!, 0)} + ${describe(parts[1]!, 1)} + … + ${describe(parts[parts.length - 1]!, parts.length - 1)}（共 ${parts.length} 项）`;
}

export function computedText(identity: Identity, evaluation: Evaluation): string {
  const decimals = Math.max(evaluation.stated.decimals, ...evaluation.partValues.filter((p) => p.unit === evaluation.unit).map((p) => p.decimals));
  return formatNumber(evaluation.computed, decimals, grouped(identity.target));
}

function differenceText(identity: Identity, evaluation: Evaluation): string {
  const decimals = Math.max(evaluation.stated.decimals, ...evaluation.partValues.filter((p) => p.unit === evaluation.unit).map((p) => p.decimals));
  return `${formatNumber(evaluation.difference.abs(), decimals, grouped(identity.target))} ${evaluation.unit}`;
}

function targetFix(identity: Identity, evaluation: Evaluation, preferred: boolean, safe: boolean): Fix {
  const value: FigureValue = {
    value: evaluation.computed.toDecimalPlaces(evaluation.stated.decimals, Decimal.ROUND_HALF_UP),
    decimals: evaluation.stated.decimals,
    unit: evaluation.unit,
    blank: false,
  };
  const text = formatFigure(identity.target, value);
  return {
    title: `将${identity.target.label}改为 ${text}（按明细重算）`,
    edits: [{ range: identity.target.cell.range, newText: text }],
    preferred,
    safe,
  };
}

function planFix(plan: FixPlan): Fix {
  return {
    title: `将${termLocation(plan.term)}的 ${shown(plan.term)} 改为 ${plan.text}`,
    edits: [{ range: plan.term.cell.range, newText: plan.text }],
    preferred: true,
    safe: plan.safe,
  };
}

export function identityMessage(identity: Identity, evaluation: Evaluation, plan: FixPlan | undefined): string {
  const target = identity.target;
  const head = `${termLocation(target)}为 ${shown(target)}，而 ${partsExpression(identity, evaluation)} = ${computedText(identity, evaluation)}（${identity.relation}），相差 ${differenceText(identity, evaluation)}`;
  if (evaluation.agreement === 'rounding') return `${head}，在各数显示精度的取整范围内，可能为取整误差。`;
  let message = `${head}。`;
  if (plan && plan.term !== target) {
    message += `最可能出错的是${termLocation(plan.term)}的 ${shown(plan.term)}：改为 ${plan.text} 可同时满足 ${plan.repairs} 项勾稽关系。`;
  }
  return message;
}

/** Reports the rule's failing identities. */
export function reportIdentities(context: RuleContext, ruleId: string): void {
  const analysis = sharedBalanceAnalysis(context);
  for (const identity of analysis.identities) {
    if (identity.ruleId !== ruleId) continue;
    const evaluation = analysis.evaluations.get(identity);
    if (!evaluation || evaluation.agreement === 'consistent') continue;
    const plan = analysis.plans.get(identity);
    const fixes: Fix[] = [];
    if (evaluation.agreement === 'error') {
      if (plan) fixes.push(planFix(plan));
      if (!plan || plan.term !== identity.target) fixes.push(targetFix(identity, evaluation, !plan, false));
    } else {
      fixes.push(targetFix(identity, evaluation, false, false));
    }
    const related: RelatedLocation[] = [];
    if (plan && plan.term !== identity.target) related.push({ range: plan.term.cell.range, message: `最可能出错的数：${shown(plan.term)}，应为 ${plan.text}` });
    for (const part of identity.parts.slice(0, 12)) related.push({ range: part.cell.range, message: `${termLocation(part)}：${shown(part)}` });
    const strict = context.settings.rounding === 'strict';
    context.report({
      range: identity.target.cell.range,
      message: identityMessage(identity, evaluation, plan),
      severity: evaluation.agreement === 'rounding' && !strict ? 'information' : 'error',
      fixes,
      related,
    });
  }
}

