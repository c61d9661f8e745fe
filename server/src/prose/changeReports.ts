/**
 * Findings about year-on-year statements, shared by the prose rules (PRO003/PRO004/PRO005) and the “三公”
 * rule TPE003, which differ only in which statements they look at.
 */
import type { RuleContext } from '../rules/types';
import type { ChangeClaim, RateClaim } from './claims';
import { documentClaims } from './documentClaims';
import { describeTarget } from './labels';
import { formatNumber } from '../numeric/numberText';
import { unitFactor } from '../numeric/units';
import { roundingSeverity } from './roundingSeverity';
import { evaluateChange, evaluateRate, expectedChangeText, percentText, type ChangeEvaluation, type RateEvaluation } from './yearOnYear';

export type ChangeScope = 'three-public' | 'other';

/** The changes of a scope with their evaluation, computed once per document (PRO003/PRO004/PRO005 read the same list). */
export function changesInScope(context: RuleContext, scope: ChangeScope): Array<{ change: ChangeClaim; evaluation: ChangeEvaluation }> {
  return context.shared(`prose.changes.${scope}`, () => {
    const claims = context.shared('prose.claims', () => documentClaims(context.document));
    const result: Array<{ change: ChangeClaim; evaluation: ChangeEvaluation }> = [];
    for (const paragraph of claims.paragraphs) {
      for (const change of paragraph.changes) {
        const isThreePublic = change.subject?.kind === 'three-public';
        if ((scope === 'three-public') !== isThreePublic) continue;
        result.push({ change, evaluation: evaluateChange(change) });
      }
    }
    return result;
  });
}

/** The rates of a scope with their evaluation, computed once per document (PRO003 and PRO004 read the same list). */
export function ratesInScope(context: RuleContext, scope: ChangeScope): Array<{ rate: RateClaim; evaluation: RateEvaluation }> {
  return context.shared(`prose.rates.${scope}`, () => {
    const claims = context.shared('prose.claims', () => documentClaims(context.document));
    const result: Array<{ rate: RateClaim; evaluation: RateEvaluation }> = [];
    for (const paragraph of claims.paragraphs) {
      for (const rate of paragraph.rates) {
        if ((scope === 'three-public') !== (rate.subject?.kind === 'three-public')) continue;
        result.push({ rate, evaluation: evaluateRate(rate) });
      }
    }
    return result;
  });
}

/** B = (本年 − 上年) ÷ 上年 for a rate stated without its amount. */
export function reportRate(context: RuleContext, rate: RateClaim, evaluation: RateEvaluation): void {
  const result = evaluation.percent;
  if (!result || result.agreement === 'consistent') return;
  const name = subjectName(rate);
  const current = rate.current.figure.amount;
  const base = rate.base.figure.amount;
  const percent = rate.percent.percent;
  const rounding = result.agreement === 'rounding';
  const truncated = !rounding && result.truncated;
  const computation = `（本年 ${current.text} ${current.unit} − 上年 ${base.text} ${base.unit}）÷ 上年 ${base.text} ${base.unit} = ${percentText(result, percent.decimals)}%`;
  context.report({
    range: rate.percent.range,
    ...(rounding ? roundingSeverity(context.settings) : truncated ? { severity: 'warning' as const } : {}),
    message: rounding
      ? `${name}增减率 ${percent.text}% 与${computation}相差在取整范围内，可能为取整误差。`
      : `${name}增减率应为${computation}，说明写的是 ${percent.text}%${truncated ? '（似为截断而非四舍五入所得）' : ''}。`,
    ...(rounding
      ? {}
      : { fixes: [{ title: `改为 ${formatNumber(result.expected, percent.decimals, false)}%`, edits: [{ range: percentNumberRange(rate.percent), newText: formatNumber(result.expected, percent.decimals, false) }], preferred: true, safe: false }] }),
  });
}

/** A rate stated from a zero base. */
export function reportRateZeroBase(context: RuleContext, rate: RateClaim, evaluation: RateEvaluation): void {
  if (!evaluation.zeroBase) return;
  const current = rate.current.figure.amount;
  const base = rate.base.figure.amount;
  context.report({
    range: rate.percent.range,
    message: `${subjectName(rate)}上年为 ${base.text} ${base.unit}（本年 ${current.text} ${current.unit}），从零起增长的增长率无意义，说明却写“${rate.percent.percent.text}%”；应写明“上年无此项预算”而不写百分比。`,
  });
}

function subjectName(change: { subject?: ChangeClaim['subject'] }): string {
  return change.subject ? describeTarget(change.subject) : '该项';
}

/** A = 本年 − 上年 and B = A ÷ 上年. */
export function reportArithmetic(context: RuleContext, change: ChangeClaim, evaluation: ChangeEvaluation): void {
  const name = subjectName(change);
  const amount = change.change.figure.amount;
  if (evaluation.amount && evaluation.amount.agreement !== 'consistent' && !evaluation.wrongDirection) {
    const current = change.current!.figure.amount;
    const base = change.base!.figure.amount;
    const rounding = evaluation.amount.agreement === 'rounding';
    const expectedText = expectedChangeText(change, evaluation.amount.expected);
    context.report({
      range: change.change.range,
      ...(rounding ? roundingSeverity(context.settings) : {}),
      message: rounding
        ? `${name}增减额 ${amount.text} ${amount.unit} 与本年 ${current.text} ${current.unit} − 上年 ${base.text} ${base.unit} = ${expectedText} ${amount.unit} 相差在取整范围内，可能为取整误差。`
        : `${name}增减额应为本年 ${current.text} ${current.unit} − 上年 ${base.text} ${base.unit} = ${expectedText} ${amount.unit}，说明写的是 ${amount.text} ${amount.unit}。`,
      ...(rounding
        ? {}
        : { fixes: [{ title: `改为 ${expectedText}`, edits: [{ range: change.change.numberRange, newText: expectedText }], preferred: true, safe: false }] }),
    });
  }
  const percent = change.percent;
  if (percent && evaluation.percent && evaluation.percent.agreement !== 'consistent' && evaluation.base) {
    const rounding = evaluation.percent.agreement === 'rounding';
    // A rate cut off instead of rounded (10.159…% printed 10.15%) is beyond rounding but a known drafting habit.
    const truncated = !rounding && evaluation.percent.truncated;
    const baseText = `${formatNumber(evaluation.base.value.div(unitFactor(amount.unit)), Math.max(amount.decimals, 2), false)} ${amount.unit}`;
    const fixText = formatNumber(evaluation.percent.expected, percent.percent.decimals, false);
    const recomputedText = percentText(evaluation.percent, percent.percent.decimals);
    context.report({
      range: percent.range,
      ...(rounding ? roundingSeverity(context.settings) : truncated ? { severity: 'warning' as const } : {}),
      message: rounding
        ? `${name}增减率 ${percent.percent.text}% 与 ${amount.text} ÷ ${baseText} = ${recomputedText}% 相差在取整范围内，可能为取整误差。`
        : `${name}增减率应为增减额 ${amount.text} ${amount.unit} ÷ 上年 ${baseText}${evaluation.base.stated ? '' : '（本年减增减额）'} = ${recomputedText}%，说明写的是 ${percent.percent.text}%` +
          (truncated ? '（似为截断而非四舍五入所得）。' : '。'),
      // Which of 本年, 增减额 and 增减率 is wrong is not known (js-gaoyuan-2018: the amount was wrong, the rate
      // right), so the fix is offered but never applied unattended.
      ...(rounding
        ? {}
        : { fixes: [{ title: `改为 ${fixText}%`, edits: [{ range: percentNumberRange(percent), newText: fixText }], preferred: true, safe: false }] }),
    });
  }
}

function percentNumberRange(percent: { range: ChangeClaim['change']['range']; percent: { text: string } }) {
  const start = percent.range.start;
  return { start, end: { line: start.line, character: start.character + percent.percent.text.length } };
}

/** Growth from a zero base stated as a percentage. */
export function reportZeroBase(context: RuleContext, change: ChangeClaim, evaluation: ChangeEvaluation): void {
  if (!evaluation.zeroBase || !change.percent) return;
  const amount = change.change.figure.amount;
  const current = change.current?.figure.amount;
  context.report({
    range: change.percent.range,
    message: `${subjectName(change)}上年为 0（${current ? `本年 ${current.text} ${current.unit} 减增加额 ${amount.text} ${amount.unit}` : '说明所述'}），从零起增长的增长率无意义，说明却写“${change.percent.percent.text}%”；应写明“上年无此项预算”而不写百分比。`,
  });
}

/** 增加 for a decrease, 减少 for an increase. */
export function reportDirection(context: RuleContext, change: ChangeClaim, evaluation: ChangeEvaluation): void {
  if (!evaluation.wrongDirection || !change.current || !change.base || !evaluation.amount) return;
  const current = change.current.figure.amount;
  const base = change.base.figure.amount;
  const word = change.direction === 1 ? '增加' : '减少';
  const right = evaluation.amount.expected.isNegative() ? '减少' : '增加';
  context.report({
    range: change.change.range,
    message: `${subjectName(change)}本年 ${current.text} ${current.unit}、上年 ${base.text} ${base.unit}，应为${right} ${expectedChangeText(change, evaluation.amount.expected)} ${change.change.figure.amount.unit}，说明写的是“${word}”。`,
  });
}
