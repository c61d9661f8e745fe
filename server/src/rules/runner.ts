/**
 * Runs rules over a document. Each rule runs in isolation: a rule that throws is reported once as an
 * internal diagnostic (`INT001`) and the others still run.
 */
import type { CheckSettings } from '../config/settings';
import type { Finding, Severity } from '../diagnostics/finding';
import type { DisclosureDocument } from '../model/types';
import type { LastYearLink } from '../lastYear/types';
import type { Rule, RuleContext, RuleReport } from './types';

export interface RunOptions {
  /** Called once per failing rule and document (the server logs it). */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /** Checked between rules: stale work stops early. */
  isCancelled?: () => boolean;
  /** Last year's disclosure, for the LYR rules. */
  lastYear?: LastYearLink;
}

function severityFor(rule: Rule, settings: CheckSettings, reported: Severity | undefined): Severity | 'off' {
  const override = settings.severities[rule.id];
  if (override) return override;
  return reported ?? rule.defaultSeverity;
}

/**
 * The rules one at a time: each step runs one rule and yields, so a driver may stop (cancellation) or
 * pause (time slicing) between rules. Returns the findings in rule order.
 */
function* ruleSteps(
  document: DisclosureDocument,
  rules: readonly Rule[],
  settings: CheckSettings,
  options: RunOptions,
): Generator<void, Finding[], void> {
  const findings: Finding[] = [];
  const sharedValues = new Map<string, unknown>();
  for (const rule of rules) {
    if (options.isCancelled?.()) break;
    if (settings.severities[rule.id] === 'off') continue;
    const ruleFindings: Finding[] = [];
    const context: RuleContext = {
      document,
      settings,
      ...(options.lastYear ? { lastYear: options.lastYear } : {}),
      report(report: RuleReport) {
        const severity = severityFor(rule, settings, report.severity);
        if (severity === 'off') return;
        if (settings.rounding === 'lenient' && report.severity === 'information' && /取整/.test(report.message)) return;
        ruleFindings.push({
          ruleId: rule.id,
          severity,
          message: report.message,
          range: report.range,
          ...(report.fixes && report.fixes.length > 0 ? { fixes: report.fixes } : {}),
          ...(report.related && report.related.length > 0 ? { related: report.related } : {}),
        });
      },
      shared<T>(key: string, compute: () => T): T {
        if (!sharedValues.has(key)) sharedValues.set(key, compute());
        return sharedValues.get(key) as T;
      },
    };
    try {
      rule.check(context);
      findings.push(...ruleFindings);
    } catch (error) {
      options.onRuleError?.(rule, error);
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: 'INT001',
        severity: 'warning',
        message: `检查规则 ${rule.id}（${rule.title}）内部出错，已跳过该规则，其他检查不受影响：${detail}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
    yield;
  }
  return findings;
}

export function runRules(
  document: DisclosureDocument,
  rules: readonly Rule[],
  settings: CheckSettings,
  options: RunOptions = {},
): Finding[] {
  const steps = ruleSteps(document, rules, settings, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of rules run before the event loop gets a turn (milliseconds). */
  sliceMs: number;
}

/**
 * The same as runRules, but hands the event loop a turn whenever `sliceMs` has passed since the last one,
 * so that a server answers hovers and completions while a document is being checked.
 */
export async function runRulesSliced(
  document: DisclosureDocument,
  rules: readonly Rule[],
  settings: CheckSettings,
  options: RunOptions & SliceOptions,
): Promise<Finding[]> {
  const steps = ruleSteps(document, rules, settings, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= options.sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
