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

/** The rules of one document run one at a time: `step()` runs the next rule and says whether one ran. */
interface RuleRun {
  /** The findings so far, in rule order. */
  readonly findings: Finding[];
  /** Runs the next rule (rules set to `off` are passed over); false once all ran or the run was cancelled. */
  step(): boolean;
}

/**
 * A run of the rules over a document, stepped by a driver that may stop (cancellation) or pause (time
 * slicing) between rules.
 *
 * The run is also the context every rule of the document gets: `report` files findings under the rule running
 * now (rules are synchronous, so a report always comes from that rule), straight into the document's list; a
 * rule that throws has its findings of this run taken back out (they may be half a story) and is reported
 * as INT001.
 *
 * A class, not an object literal of closures: the rules' calls to `report` and `shared` would otherwise
 * record each document's own closures in V8's call feedback, which the young-generation collector keeps alive
 * (it treats those weak references as strong) — and with them the whole document model, promoted to the old
 * generation after every check (≈ 0.6 MB per seed-sized document, most of the collector's time; see
 * bench/results.md, "Fifth round"). Prototype methods are the same function for every document.
 */
class DocumentRuleRun implements RuleContext, RuleRun {
  readonly findings: Finding[] = [];
  readonly lastYear: LastYearLink | undefined;
  private readonly sharedValues = new Map<string, unknown>();
  private readonly lenientRounding: boolean;
  private running: Rule | undefined;
  private next = 0;

  constructor(
    readonly document: DisclosureDocument,
    private readonly rules: readonly Rule[],
    readonly settings: CheckSettings,
    private readonly options: RunOptions,
  ) {
    this.lastYear = options.lastYear;
    this.lenientRounding = settings.rounding === 'lenient';
  }

  report(report: RuleReport): void {
    const rule = this.running!;
    const severity = severityFor(rule, this.settings, report.severity);
    if (severity === 'off') return;
    if (this.lenientRounding && report.severity === 'information' && /取整/.test(report.message)) return;
    const finding: Finding = { ruleId: rule.id, severity, message: report.message, range: report.range };
    if (report.fixes && report.fixes.length > 0) finding.fixes = report.fixes;
    if (report.related && report.related.length > 0) finding.related = report.related;
    this.findings.push(finding);
  }

  shared<T>(key: string, compute: () => T): T {
    // One lookup when the value is there (every call after the first); `has` only tells a stored undefined.
    const known = this.sharedValues.get(key);
    if (known !== undefined || this.sharedValues.has(key)) return known as T;
    const value = compute();
    this.sharedValues.set(key, value);
    return value;
  }

  step(): boolean {
    const { rules, options } = this;
    const severities = this.settings.severities;
    while (this.next < rules.length) {
      const rule = rules[this.next++]!;
      if (options.isCancelled?.()) {
        this.next = rules.length;
        return false;
      }
      if (severities[rule.id] === 'off') continue;
      this.runOne(rule);
      return true;
    }
    return false;
  }

  private runOne(rule: Rule): void {
    this.running = rule;
    const reportedBefore = this.findings.length;
    try {
      rule.check(this);
    } catch (error) {
      this.findings.length = reportedBefore;
      this.options.onRuleError?.(rule, error);
      const detail = error instanceof Error ? error.message : String(error);
      this.findings.push({
        ruleId: 'INT001',
        severity: 'warning',
        message: `检查规则 ${rule.id}（${rule.title}）内部出错，已跳过该规则，其他检查不受影响：${detail}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
}

function startRuleRun(document: DisclosureDocument, rules: readonly Rule[], settings: CheckSettings, options: RunOptions): RuleRun {
  return new DocumentRuleRun(document, rules, settings, options);
}

export function runRules(
  document: DisclosureDocument,
  rules: readonly Rule[],
  settings: CheckSettings,
  options: RunOptions = {},
): Finding[] {
  const run = startRuleRun(document, rules, settings, options);
  while (run.step());
  return run.findings;
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
  const run = startRuleRun(document, rules, settings, options);
  let sliceStart = performance.now();
  while (run.step()) {
    if (performance.now() - sliceStart >= options.sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return run.findings;
}
