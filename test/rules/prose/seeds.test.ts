/**
 * The seeds' real prose and “三公” errors (domain.md §5) are found, each with its rule, range and figures;
 * and the prose/三公 rules raise nothing else on the seeds except the information notes and hints listed here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, type SeedId } from '../../helpers/fixtures';
import { checkText } from '../../../server/src/check';
import type { Finding } from '../../../server/src/diagnostics/finding';
import { coveredText, ownRules } from './helpers';

const OWN_IDS = new Set(ownRules.map((r) => r.id));

interface Expected {
  rule: string;
  severity: Finding['severity'];
  /** 0-based line of the range start. */
  line: number;
  /** The source text the range covers. */
  covers: string;
  /** Figures the message must name. */
  mentions: string[];
}

function own(id: SeedId): { text: string; findings: Finding[] } {
  const text = readSeed(id);
  const { findings } = checkText(text, `file:///${id}.disclosure`, undefined, { rules: ownRules });
  return { text, findings: findings.filter((f) => OWN_IDS.has(f.ruleId)) };
}

function assertExactly(id: SeedId, expected: Expected[]): void {
  const { text, findings } = own(id);
  const remaining = [...findings];
  for (const e of expected) {
    const index = remaining.findIndex((f) => f.ruleId === e.rule && f.range.start.line === e.line && coveredText(text, f) === e.covers);
    assert.ok(index >= 0, `${id}: expected ${e.rule} on line ${e.line + 1} covering “${e.covers}”; got ${JSON.stringify(findings.map((f) => [f.ruleId, f.range.start.line + 1, coveredText(text, f)]))}`);
    const finding = remaining.splice(index, 1)[0]!;
    assert.equal(finding.severity, e.severity, `${id} ${e.rule} line ${e.line + 1}`);
    for (const figure of e.mentions) assert.ok(finding.message.includes(figure), `${id} ${e.rule}: message “${finding.message}” should name ${figure}`);
  }
  assert.deepEqual(
    remaining.map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line + 1}: ${f.message}`),
    [],
    `${id}: unexpected prose/三公 findings`,
  );
}

test('seed 000: 4608 vs 4708, 500 vs 300, 55.56 vs 55.24, 支出增加 5811.56 vs 6034.96, 公务用车 zero-base 100%', () => {
  assertExactly('000', [
    { rule: 'PRO001', severity: 'error', line: 33, covers: '55.56 万元', mentions: ['55.56', '55.24', '20805', '附表 4-3'] },
    { rule: 'PRO002', severity: 'error', line: 51, covers: '6034.96 万元', mentions: ['6034.96', '5811.56', '第 30 行'] },
    { rule: 'PRO006', severity: 'information', line: 83, covers: '增（减）', mentions: ['增（减）'] },
    { rule: 'TPE003', severity: 'error', line: 85, covers: '100%', mentions: ['公务用车运行维护费', '6 万元', '100%', '上年为 0'] },
    { rule: 'PRO001', severity: 'error', line: 450, covers: '500 万元', mentions: ['城乡医疗救助地方配套', '500', '300.00', '附表4-9'] },
    { rule: 'PRO001', severity: 'error', line: 462, covers: '4608 万元', mentions: ['城乡居民医疗保险地方配套', '4608', '4,708.00', '附表4-9'] },
    { rule: 'PRO018', severity: 'warning', line: 448, covers: '政策知晓率≥90%', mentions: ['中央财政医疗救助预算', '≥90%', '≥80%', '第 547 行'] },
    { rule: 'PRO018', severity: 'warning', line: 484, covers: '服务对象满意程度≥95%', mentions: ['农村低收入人口资助参保', '≥95%', '100%', '第 580 行'] },
  ]);
});

test('seed 001: list numbered 1, 3, 4 and “2024 年预算安排” in a 2025 document', () => {
  assertExactly('001', [
    { rule: 'PRO010', severity: 'warning', line: 35, covers: '3.', mentions: ['1.', '3.', '缺少第 2 项'] },
    { rule: 'PRO006', severity: 'information', line: 74, covers: '增（减）', mentions: [] },
    { rule: 'PRO006', severity: 'information', line: 74, covers: '减少（增加）', mentions: [] },
    { rule: 'PRO006', severity: 'information', line: 78, covers: '增（减）', mentions: [] },
    { rule: 'PRO006', severity: 'information', line: 78, covers: '减少（增加）', mentions: [] },
    { rule: 'PRO006', severity: 'information', line: 80, covers: '增（减）', mentions: [] },
    { rule: 'PRO006', severity: 'information', line: 80, covers: '减少（增加）', mentions: [] },
    { rule: 'PRO012', severity: 'warning', line: 431, covers: '2024', mentions: ['2025', '2024 年预算安排'] },
  ]);
});

test('seed 002: 共有 2 个 with 3 listed, 1746人X60元=104760万元, 三公 +7000 (100%) twice, 公用经费 102000 vs 198,000.00, 410003 under two names', () => {
  assertExactly('002', [
    { rule: 'PRO014', severity: 'warning', line: 46, covers: '麟游县医疗保障基金监测中心', mentions: ['410003', '麟游县大病医疗保障服务中心', '表2'] },
    { rule: 'PRO009', severity: 'error', line: 37, covers: '2个', mentions: ['2', '3'] },
    { rule: 'TPE003', severity: 'error', line: 99, covers: '100%', mentions: ['“三公”经费', '7000', '上年为 0'] },
    { rule: 'TPE003', severity: 'error', line: 99, covers: '100%', mentions: ['公务接待费', '7000', '上年为 0'] },
    { rule: 'PRO001', severity: 'error', line: 115, covers: '102000 元', mentions: ['公用经费', '102000', '198,000.00', '表5'] },
    { rule: 'PRO011', severity: 'error', line: 398, covers: '1746人X60元=104760万元', mentions: ['104760 元', '10.48 万元', '104760 万元'] },
    { rule: 'PRO016', severity: 'warning', line: 73, covers: '61000 元，原因是单位增加绩效工资；', mentions: ['3 项', '减少 1103040 元', '减少 1099680 元', '第 69 行'] },
    { rule: 'PRO016', severity: 'warning', line: 81, covers: '90080 元，原因是增加绩效工资；', mentions: ['4 项', '减少 1669480 元', '减少 1099680 元', '第 69 行'] },
    { rule: 'PRO015', severity: 'warning', line: 396, covers: '206,27', mentions: ['206,27万元'] },
  ]);
});

test('seed 003: 收入 rose 457.38, later 6660.17 (from nothing)', () => {
  assertExactly('003', [{ rule: 'PRO002', severity: 'error', line: 406, covers: '6660.17万元', mentions: ['6660.17', '457.38', '第 389 行'] }]);
});

test('seed 004: 公务用车运行维护费 6.00 above 30231 1.50 + 1.50 is only a hint', () => {
  assertExactly('004', [
    { rule: 'TPE001', severity: 'hint', line: 260, covers: '6.00', mentions: ['公务用车运行维护费', '6.00', '3.00', '1.50 + 1.50', '30231'] },
  ]);
});

test('the quick-fixes of the seed errors put in the table figure, written as the prose writes it', () => {
  const { findings } = own('000');
  const fixes = findings.filter((f) => f.ruleId === 'PRO001').map((f) => f.fixes?.[0]?.edits[0]?.newText);
  assert.deepEqual(fixes, ['55.24', '300', '4708']);
  assert.ok(findings.filter((f) => f.ruleId === 'PRO001').every((f) => f.fixes?.[0]?.safe === true));
  const seed002 = own('002').findings.find((f) => f.ruleId === 'PRO001');
  assert.equal(seed002?.fixes?.[0]?.edits[0]?.newText, '198000');
});

test('fix-all on seed 000 corrects the prose figures to the table and leaves no PRO001 error', async () => {
  const { fixAll } = await import('../../../server/src/fixes/fixAll');
  const fixed = fixAll(readSeed('000')).text;
  assert.match(fixed, /2023 年预算安排 4708 万元/);
  assert.match(fixed, /2023 年预算安排 300 万元/);
  assert.match(fixed, /行政事业单位养老支出 55\.24 万元/);
  const { findings } = checkText(fixed, 'file:///000-fixed.disclosure', undefined, { rules: ownRules });
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO001'), []);
});
