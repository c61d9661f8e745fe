/** Helpers for the prose and “三公” rule tests: run only the rules under test. */
import { checkText } from '../../../server/src/check';
import type { Finding } from '../../../server/src/diagnostics/finding';
import { proseRules } from '../../../server/src/rules/prose/index';
import { threePublicRules } from '../../../server/src/rules/threePublic/index';

export const ownRules = [...proseRules, ...threePublicRules];

/** Findings of the given rule ids (all prose/三公 rules run, so shared claims are computed as in production). */
export function findingsOf(text: string, ...ids: string[]): Finding[] {
  const { findings } = checkText(text, 'untitled:test.disclosure', undefined, { rules: ownRules });
  return findings.filter((f) => ids.includes(f.ruleId));
}

/** The text a finding's range covers (single-line ranges). */
export function coveredText(text: string, finding: Finding): string {
  const line = text.split(/\r?\n/)[finding.range.start.line] ?? '';
  return line.slice(finding.range.start.character, finding.range.end.line === finding.range.start.line ? finding.range.end.character : undefined);
}
