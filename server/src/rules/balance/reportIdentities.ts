/**
 * Turns the balance analysis into findings for one rule: the message names the stated figure and the
 * computed one, where each comes from, and the difference; a rounding-only difference is an information
 * note (可能为取整误差) without a safe fix; an error carries the planned fix (preferred, safe when
 * determined) and, when the planned figure is not the total, a second fix that replaces the total.
 */
import type { Fix, RelatedLocation } from '../../diagnostics/finding';
import { balanceAnalysis, type BalanceAnalysis } from '../../analysis/identities/balanceAnalysis';
import type { Evaluation, FigureValue } from '../../analysis/identities/evaluate';
import { formatFigure, roundedTo, type FixPlan } from '../../analysis/identities/solver';
import { columnTitle, termLocation } from '../../analysis/identities/terms';
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
  const indexed = identity.parts.map((part, i) => ({ part, i }));
  const filled = indexed.filter(({ part }) => part.cell.kind !== 'blank');
  const blanks = indexed.length - filled.length;
  const tail = blanks > 0 && filled.length > 0 ? `（其余 ${blanks} 项为空）` : '';
  const parts = filled.length > 0 ? filled : indexed;
  if (parts.length <= 6) return parts.map(({ part, i }) => describe(part, i)).join(' + ') + tail;
  const first = parts[0]!;
  const second = parts[1]!;
  const last = parts[parts.length - 1]!;
  return `${describe(first.part, first.i)} + ${describe(second.part, second.i)} + … + ${describe(last.part, last.i)}（共 ${parts.length} 项）${tail}`;
}

/** Decimals a sum is shown with: the most among the stated figure and the parts in its unit. */
function sumDecimals(evaluation: Evaluation): number {
  let decimals = evaluation.stated.decimals;
  for (const part of evaluation.partValues) if (part.unit === evaluation.unit && part.decimals > decimals) decimals = part.decimals;
  return decimals;
}

export function computedText(identity: Identity, evaluation: Evaluation): string {
  return formatNumber(evaluation.computed, sumDecimals(evaluation), grouped(identity.target));
}

function differenceText(identity: Identity, evaluation: Evaluation): string {
  return `${formatNumber(evaluation.difference.abs(), sumDecimals(evaluation), grouped(identity.target))} ${evaluation.unit}`;
}

function targetFix(identity: Identity, evaluation: Evaluation, preferred: boolean, safe: boolean): Fix {
  const value: FigureValue = {
    value: roundedTo(evaluation.computed, evaluation.stated.decimals),
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

/** The rows an identity relates, with its agreement: identities of one discrepancy share them. */
function rowsKey(identity: Identity, evaluation: Evaluation): string {
  let rows = `${identity.target.table.index}:${identity.target.row.index}`;
  for (const part of identity.parts) rows += `+${part.table.index}:${part.row.index}`;
  return `${rows}|${evaluation.agreement}`;
}

/**
 * One finding per discrepancy: the same failing relation between the same rows with the same figures
 * in several columns (301 = 330.62 in both 合计 and 人员经费) is reported once, naming every column.
 * Identities are grouped by rows first; the figures (stated and computed) are only compared, as decimals,
 * between identities of the same rows. Groups in the order of their first identity.
 */
function discrepancies(unbalanced: readonly Identity[], evaluations: ReadonlyMap<Identity, Evaluation>): Identity[][] {
  const groups: Identity[][] = [];
  const byRows = new Map<string, Identity[][]>();
  for (const identity of unbalanced) {
    const evaluation = evaluations.get(identity)!;
    const key = rowsKey(identity, evaluation);
    const sameRows = byRows.get(key);
    const group = sameRows?.find((other) => sameFigures(evaluations.get(other[0]!)!, evaluation));
    if (group) {
      group.push(identity);
      continue;
    }
    const created = [identity];
    groups.push(created);
    if (sameRows) sameRows.push(created);
    else byRows.set(key, [created]);
  }
  return groups;
}

function sameFigures(a: Evaluation, b: Evaluation): boolean {
  return a.stated.value.eq(b.stated.value) && a.computed.eq(b.computed);
}

/** Reports the rule's failing identities. */
export function reportIdentities(context: RuleContext, ruleId: string): void {
  const analysis = sharedBalanceAnalysis(context);
  const strict = context.settings.rounding === 'strict';
  for (const group of discrepancies(analysis.unbalancedByRule.get(ruleId) ?? [], analysis.evaluations)) {
    const identity = group[0]!;
    const evaluation = analysis.evaluations.get(identity)!;
    const inferred = group.some((i) => i.inferred === true);
    const plans = group.map((i) => {
      const p = analysis.plans.get(i);
      return p && inferred ? { ...p, safe: false } : p;
    });
    const plan = plans[0];
    const fixes: Fix[] = [];
    if (evaluation.agreement === 'error') {
      if (plans.every((p) => p !== undefined)) {
        const allSafe = plans.every((p) => p!.safe);
        fixes.push(combine(plans.map((p) => planFix(p!)), true, allSafe));
        // The columns that can be corrected safely on their own (fix-all takes them; the rest follow).
        if (!allSafe && group.length > 1) {
          for (const p of plans) if (p!.safe) fixes.push({ ...planFix(p!), preferred: false });
        }
      }
      if (plans.some((p, i) => !p || p.term !== group[i]!.target)) {
        fixes.push(combine(group.map((i) => targetFix(i, analysis.evaluations.get(i)!, false, false)), fixes.length === 0, false));
      }
    } else {
      fixes.push(combine(group.map((i) => targetFix(i, analysis.evaluations.get(i)!, false, false)), false, false));
    }
    const related: RelatedLocation[] = [];
    for (const p of plans) {
      if (p && group.every((i) => p.term !== i.target)) related.push({ range: p.term.cell.range, message: `最可能出错的数：${shown(p.term)}，应为 ${p.text}` });
    }
    const { parts } = identity;
    for (let i = 0; i < parts.length && i < 12; i++) {
      const part = parts[i]!;
      related.push({ range: part.cell.range, message: `${termLocation(part)}：${shown(part)}` });
    }
    let message = identityMessage(identity, evaluation, plan);
    if (group.length > 1) {
      const columns = group.map((i) => `「${columnTitle(i.target.column)}」`).join('');
      message = message.replace(`「${columnTitle(identity.target.column)}」列`, `${columns}列`);
    }
    context.report({
      range: identity.target.cell.range,
      message,
      severity: evaluation.agreement === 'rounding' && !strict ? 'information' : inferred ? 'warning' : 'error',
      fixes,
      related,
    });
  }
}

/** One fix made of several (the same correction in several columns). */
function combine(fixes: Fix[], preferred: boolean, safe: boolean): Fix {
  if (fixes.length === 1) return { ...fixes[0]!, preferred, safe };
  return {
    title: `${fixes[0]!.title}（共 ${fixes.length} 处）`,
    edits: fixes.flatMap((f) => f.edits),
    preferred,
    safe,
  };
}
