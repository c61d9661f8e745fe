/** Helpers for the balance tests: balance findings only, fix-all restricted to the balance rules. */
import { checkText } from '../../../server/src/check';
import { DEFAULT_SETTINGS, type CheckSettings } from '../../../server/src/config/settings';
import type { Finding } from '../../../server/src/diagnostics/finding';
import { allRules } from '../../../server/src/rules/registry';

export const isBalanceRule = (id: string): boolean => /^(?:BAL|XTB)\d{3}$/.test(id);

/** Settings with every rule but the balance ones switched off (so fix-all applies only balance fixes). */
export const BALANCE_ONLY: CheckSettings = {
  ...DEFAULT_SETTINGS,
  severities: Object.fromEntries(allRules.filter((rule) => !isBalanceRule(rule.id)).map((rule) => [rule.id, 'off' as const])),
};

export function balanceFindings(text: string, settings: CheckSettings = DEFAULT_SETTINGS): Finding[] {
  return checkText(text, 'test.disclosure', settings).findings.filter((f) => isBalanceRule(f.ruleId));
}

/** `[ruleId, 1-based line, severity]` of each finding, in document order. */
export function summary(findings: Finding[]): Array<[string, number, string]> {
  return findings.map((f) => [f.ruleId, f.range.start.line + 1, f.severity]);
}

/** Replaces `from` by `to` on a 1-based line (which must contain it). */
export function breakLine(text: string, line: number, from: string, to: string): string {
  const lines = text.split('\n');
  const original = lines[line - 1];
  if (original === undefined || !original.includes(from)) throw new Error(`line ${line} does not contain ${from}: ${original}`);
  lines[line - 1] = original.replace(from, to);
  return lines.join('\n');
}

export function preferredFix(finding: Finding) {
  return finding.fixes?.find((fix) => fix.preferred);
}
