/** Helpers for the 决算 tests: the 决算 fixture, its corrected twin, and the checker's findings on them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/check';
import type { Finding } from '../../../server/src/diagnostics/finding';
import { FIXTURES_DIR } from '../../helpers/fixtures';

export const FINAL_FIXTURE = join(FIXTURES_DIR, 'final', 'shiliqu-wenhuaju-2024-final.disclosure');

export function readFinalFixture(): string {
  return readFileSync(FINAL_FIXTURE, 'utf8');
}

/** The deliberate errors of the fixture and their corrections (each `from` occurs exactly once). */
export const CORRECTIONS: Array<[from: string, to: string]> = [
  ['| 八、其他收入 | 12.00 |', '| 八、其他收入 | 10.00 |'],
  ['年末结转和结余 | 45.00 |', '年末结转和结余 | 40.00 |'],
  ['职业年金缴费支出 | 41.00 |', '职业年金缴费支出 | 40.00 |'],
  ['群众文化 | 390.00 |', '群众文化 | 380.00 |'],
  ['九、卫生健康支出 | 55.00 | 55.00 |', '九、卫生健康支出 | 50.00 | 50.00 |'],
  ['| 303 | 对个人和家庭的补助 | 35.00 |', '| 303 | 对个人和家庭的补助 | 30.00 |'],
  ['| 12.00 | 10.60 |', '| 12.00 | 10.50 |'],
  ['增长12.00%', '增长10.00%'],
  ['总计1,002.00万元', '总计1,020.00万元'],
  ['94.43%', '94.34%'],
  ['占6.60%', '占6.00%'],
  ['95.42%', '95.24%'],
  ['支出决算为302.00万元', '支出决算为320.00万元'],
  ['支出决算为30.00万元。决算数小于', '支出决算为30.00万元。决算数大于'],
  ['\n5、社会保障', '\n4、社会保障'],
  ['\n6、社会保障', '\n5、社会保障'],
  ['\n7、卫生健康', '\n6、卫生健康'],
  ['\n8、住房保障', '\n7、住房保障'],
  ['增加1.20万元，增长100%', '增加1.20万元（上年无此项支出）'],
  ['增加（减少）5.00万元，增长（下降）4.00%', '增加5.00万元，增长4.00%'],
  ['为85.00万元', '为80.00万元'],
  ['共有车辆3辆', '共有车辆2辆'],
];

export function correctedFixture(): string {
  let text = readFinalFixture();
  for (const [from, to] of CORRECTIONS) {
    if (text.split(from).length !== 2) throw new Error(`correction “${from}” does not occur exactly once`);
    text = text.replace(from, to);
  }
  return text;
}

export function findings(text: string): Finding[] {
  return checkText(text, 'untitled:final.disclosure').findings;
}

/** The text a finding's range covers (single-line ranges). */
export function covered(text: string, finding: Finding): string {
  const line = text.split(/\r?\n/)[finding.range.start.line] ?? '';
  return line.slice(finding.range.start.character, finding.range.end.line === finding.range.start.line ? finding.range.end.character : undefined);
}
