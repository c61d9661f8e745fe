/** Helpers for the code rule tests: run the code rules over a text, pick one rule's findings. */
import { checkText } from '../../../server/src/check';
import { DEFAULT_SETTINGS, type CheckSettings } from '../../../server/src/config/settings';
import type { Finding } from '../../../server/src/diagnostics/finding';
import { applyEdits } from '../../../server/src/fixes/textEdits';
import { codesRules } from '../../../server/src/rules/codes/index';

export function codeFindings(text: string, ruleId?: string, settings: CheckSettings = DEFAULT_SETTINGS): Finding[] {
  const { findings } = checkText(text, 'file:///test.disclosure', settings, { rules: codesRules });
  return findings.filter((f) => (ruleId ? f.ruleId === ruleId : f.ruleId.startsWith('COD') || f.ruleId === 'INT001'));
}

/** The text after applying one fix of a finding. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes?.[index];
  if (!fix) throw new Error(`finding ${finding.ruleId} has no fix ${index}`);
  return applyEdits(text, fix.edits);
}

/** A 支出总表 with one code column and one name column. */
export function functionalTable(rows: Array<[string, string]>, caption = '附表 4-3 支出总表'): string {
  const body = rows.map(([code, name]) => `| ${code} | ${name} | 1.00 |`).join('\n');
  return `表：${caption}\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| | 合计 | 1.00 |\n${body}\n`;
}
