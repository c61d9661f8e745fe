/** The fixture pair of two consecutive years (test/fixtures/last-year/) and a check with only the LYR rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/check';
import type { Finding } from '../../server/src/diagnostics/finding';
import { LastYearResolver } from '../../server/src/lastYear/resolveLastYear';
import { nodeLastYearFiles } from '../../server/src/lastYear/nodeFiles';
import type { LastYearSource } from '../../server/src/lastYear/types';
import { lastYearRules } from '../../server/src/rules/lastYear/index';
import { FIXTURES_DIR } from '../helpers/fixtures';

export const PAIR_DIR = join(FIXTURES_DIR, 'last-year');
export const THIS_YEAR_PATH = join(PAIR_DIR, '2023', '河西区医疗保障服务中心.disclosure');
export const LAST_YEAR_PATH = join(PAIR_DIR, '2022', '河西区医疗保障服务中心.disclosure');

export function thisYearText(): string {
  return readFileSync(THIS_YEAR_PATH, 'utf8');
}

export function lastYearText(): string {
  return readFileSync(LAST_YEAR_PATH, 'utf8');
}

/** Resolves last year's document as the CLI does (from the file's own folder). */
export function resolveFor(text: string, documentPath = THIS_YEAR_PATH): LastYearSource | undefined {
  return new LastYearResolver(nodeLastYearFiles()).resolve({ text, documentPath });
}

/** Last year's document given directly as text. */
export function sourceOf(text: string): LastYearSource {
  return { status: 'found', uri: pathToFileURL(LAST_YEAR_PATH).href, text, via: 'metadata', shownPath: '../2022/河西区医疗保障服务中心.disclosure' };
}

export function lastYearFindings(text: string, source: LastYearSource | undefined): Finding[] {
  return checkText(text, pathToFileURL(THIS_YEAR_PATH).href, undefined, { rules: lastYearRules, ...(source ? { lastYear: source } : {}) }).findings;
}

/** The findings of a rule on the (first) line containing `needle`. */
export function onLine(text: string, findings: Finding[], ruleId: string, needle: string): Finding[] {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line contains ${needle}`);
  return findings.filter((f) => f.ruleId === ruleId && f.range.start.line === line);
}

/** The text a single-line range covers. */
export function covered(text: string, finding: Finding): string {
  const line = text.split(/\r?\n/)[finding.range.start.line] ?? '';
  return line.slice(finding.range.start.character, finding.range.end.character);
}
