/**
 * The layouts of neighbouring regions (docs/accuracy.md): what used to give false errors there stays silent,
 * and the real misstatements of those layouts are found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/check';
import { doc } from '../../helpers/fixtures';
import { coveredText } from '../prose/helpers';
import { JIANGSU_GENERAL_BUDGET, JIANGSU_SUMMARY } from './layouts';

function check(body: string, meta: Record<string, string> = {}) {
  const text = doc(body, { 单位: '江苏省某厅', 年度: '2018', ...meta });
  return { text, findings: checkText(text).findings };
}

test('江苏 收支总表: 当年支出小计 printed once across both expenditure panels, 收入合计/支出合计 — no balance finding', () => {
  const { findings } = check(JIANGSU_SUMMARY);
  assert.deepEqual(
    findings.filter((f) => /^(?:BAL|XTB)/.test(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`),
    [],
  );
});

test('江苏 收支总表: a wrong 当年支出小计 is still an error, checked in the panel that prints it', () => {
  const { text, findings } = check(JIANGSU_SUMMARY.replace('| 当年支出小计 | | | 1,000.00 |', '| 当年支出小计 | | | 1,010.00 |'));
  const wrong = findings.filter((f) => f.ruleId === 'BAL004' && f.severity === 'error');
  assert.ok(wrong.some((f) => coveredText(text, f) === '1,010.00'), JSON.stringify(findings.map((f) => f.message)));
});

test('a narrower figure ending like a total (政府性基金拨款支出预算, 会议费预算支出) binds no total', () => {
  const { findings } = check(`支出预算1,000.00万元，其中：财政拨款支出预算1,000.00万元。财政拨款支出预算中，政府性基金拨款支出预算0万元，比2017年预算持平。\n\n本部门2018年度一般公共预算拨款安排的会议费预算支出 27.26 万元，比上年预算增加 3.26 万元。\n\n${JIANGSU_SUMMARY}`);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO001' || f.ruleId === 'PRO002').map((f) => f.message), []);
});

test('a prose 基本支出 that disagrees with the one-row 支出预算总表 is found; 财政拨款基本支出 (narrower) is not compared with it', () => {
  const { text, findings } = check(`此外，基本支出预算数为 600.20 万元。\n\n本部门财政拨款基本支出预算 590.00 万元。\n\n${JIANGSU_SUMMARY}`);
  const pro001 = findings.filter((f) => f.ruleId === 'PRO001');
  assert.deepEqual(pro001.map((f) => coveredText(text, f)), ['600.20 万元']);
  assert.equal(pro001[0]!.severity, 'error');
});

test('a 类 figure of all funds is not an error against the 一般公共预算 table when the 收支总表 states it', () => {
  const body = `1．一般公共服务（类）支出 800.00 万元，主要用于机构运转。\n\n${JIANGSU_SUMMARY}\n${JIANGSU_GENERAL_BUDGET}`;
  assert.deepEqual(check(body).findings.filter((f) => f.ruleId === 'PRO001').map((f) => f.message), []);
  // A figure no table states is reported, but only as a warning: the scope it means is not known.
  const { findings } = check(body.replace('支出 800.00 万元', '支出 810.00 万元'));
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO001').map((f) => f.severity), ['warning']);
});

test('a change stated in the sentence after its figure is checked (与上年相比增加 … 增长 …%)', () => {
  const { text, findings } = check(`项目支出预算数为380.00万元。与上年相比减少了120.00万元，减少 13.22 %。主要原因是压减一般性支出。`);
  const [finding] = findings.filter((f) => f.ruleId === 'PRO003');
  assert.ok(finding, 'PRO003 expected');
  assert.equal(coveredText(text, finding!), '13.22 %');
  assert.match(finding!.message, /24\.00%/);
});

test('a rate cut off instead of rounded is a warning, not an error', () => {
  const { findings } = check(`公共安全（类）支出 1365.34 万元。与上年相比增加 30.90 万元，增长2.31 %。`);
  // 30.90 ÷ 1334.44 = 2.3156…%: 2.31 is the truncated value.
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO003').map((f) => f.severity), ['warning']);
  assert.deepEqual(check(`公共安全（类）支出 1365.34 万元。与上年相比增加 30.90 万元，增长2.32 %。`).findings.filter((f) => f.ruleId === 'PRO003'), []);
});

test('a rate stated without its amount is checked against the two years’ figures; from zero it is PRO004', () => {
  const wrong = check(`3. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”45.41万元。2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。`, { 年度: '2023' });
  assert.deepEqual(wrong.findings.filter((f) => f.ruleId === 'PRO003').map((f) => f.severity), ['error']);
  assert.match(wrong.findings.find((f) => f.ruleId === 'PRO003')!.message, /289\.12%/);
  const right = check(`群众团体事务 45.41万元。2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加289.12%。`, { 年度: '2023' });
  assert.deepEqual(right.findings.filter((f) => f.ruleId === 'PRO003'), []);
  const zero = check(`专项普查活动 60.13万元。2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100.00%。`, { 年度: '2023' });
  assert.deepEqual(zero.findings.filter((f) => f.ruleId === 'PRO004').length, 1);
});

test('growth from zero where the figure names a 项 with its 款 (…（款）…（项）支出 X 万元，增加 X 万元，增长 100%)', () => {
  const { findings } = check(`2．行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）支出 1326.81 万元，与上年相比增加 1326.81 万元，增长 100%。`);
  assert.equal(findings.filter((f) => f.ruleId === 'PRO004').length, 1);
});

test('shares listed one per paragraph after “其中：” are checked against the total before it', () => {
  const body = `本部门本年支出预算合计 1000.00 万元，其中：\n\n基本支出 600.00 万元，占 60.00%；\n\n项目支出 380.00 万元，占 38.00%；\n\n单位预留机动经费 20.00 万元，占 2.10%；`;
  const { text, findings } = check(body);
  const pro007 = findings.filter((f) => f.ruleId === 'PRO007');
  assert.deepEqual(pro007.map((f) => coveredText(text, f)), ['2.10%']);
  assert.deepEqual(check(body.replace('2.10%', '2.00%')).findings.filter((f) => f.ruleId === 'PRO007'), []);
});

test('a share of a named whole (占“三公”经费的 …%) is checked against the 三公 table', () => {
  const table = `表：公开09表 “三公”经费支出预算表\n单位：万元\n\n| “三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务用车购置及运行费 | 公务用车购置及运行费 | 公务接待费 |\n|  |  | 小计 | 公务用车购置费 | 公务用车运行费 |  |\n|---:|---:|---:|---:|---:|---:|\n| 584.35 | 110.00 | 317.80 | 0.00 | 317.80 | 156.55 |\n`;
  const body = `“三公”经费预算支出中，因公出国（境）费支出 110 万元，占“三公”经费的18.85 %；公务接待费支出 156.55 万元，占“三公”经费的 26.79 %。\n\n${table}`;
  const { text, findings } = check(body);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO007').map((f) => coveredText(text, f)), ['18.85 %']);
});

test('PRO015 fires on misplaced thousands separators in prose and in text cells, and is silent on correct ones', () => {
  const { text, findings } = check(`补助资金206,27万元，按 1,234.56 万元的 1% 计。\n\n| 项目名称 | 项目简介 |\n|---|---|\n| 补助 | 资金1,2345元，另有 12,345.00 元 |\n`);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO015').map((f) => coveredText(text, f)), ['206,27', '1,2345']);
});

test('codes of years the catalog has no edition for are hints; economic codes before the 2018 reform are not judged', () => {
  const table = `表：财政拨款支出预算表\n单位：万元\n\n| 功能科目代码 | 功能科目名称 | 金额 |\n|---|---|---:|\n| 2080504 | 未归口管理的行政单位离退休 | 10.00 |\n\n表：一般公共预算基本支出预算表\n单位：万元\n\n| 经济科目代码 | 经济科目名称 | 金额 |\n|---|---|---:|\n| 30311 | 住房公积金 | 10.00 |\n`;
  const codeFindings = (year: string) => check(table, { 年度: year }).findings.filter((f) => f.ruleId.startsWith('COD'));
  const old = codeFindings('2017');
  assert.deepEqual(old.map((f) => `${f.ruleId} ${f.severity}`), ['COD002 hint']);
  const current = codeFindings('2024');
  // In an edition year, 2080504 is unknown (not a hint) and 30311 住房公积金 is judged as well.
  assert.ok(current.some((f) => f.ruleId === 'COD002' && f.severity !== 'hint' && f.message.includes('2080504')), JSON.stringify(current.map((f) => f.message)));
  assert.ok(current.some((f) => f.message.includes('30311')), JSON.stringify(current.map((f) => f.message)));
});

test('PRO016: the listed parts’ changes must add up to the total’s change stated elsewhere', () => {
  const body = (change208: string) =>
    `本部门当年一般公共预算拨款支出 900000 元，较上年减少 100000 元，主要原因是项目减少。\n\n本部门当年一般公共预算支出 900000 元，其中：\n\n（1）社会保障和就业支出（208）500000 元，较上年增加 ${change208} 元，原因是增加绩效工资；\n\n（2）卫生健康支出（210）400000 元，较上年减少 150000 元，原因是项目减少。`;
  const wrong = check(body('53360'), { 金额单位: '元' }).findings.filter((f) => f.ruleId === 'PRO016');
  assert.equal(wrong.length, 1);
  assert.match(wrong[0]!.message, /减少 96640 元.*减少 100000 元/);
  assert.deepEqual(check(body('50000'), { 金额单位: '元' }).findings.filter((f) => f.ruleId === 'PRO016'), []);
});

test('PRO017: an area or a count split into parts right after it must add up', () => {
  const body = (above: string) => `本工程规划建筑面积约为13459平方米，其中地上建筑面积为${above}平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米，建筑高度为29.8米。`;
  const { text, findings } = check(body('8013'));
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO017').map((f) => coveredText(text, f)), ['13459平方米', '8013平方米']);
  assert.deepEqual(check(body('8103')).findings.filter((f) => f.ruleId === 'PRO017'), []);
  // One part only says nothing about the rest.
  assert.deepEqual(check('实有车辆 5 辆，其中执法执勤用车 3 辆。').findings.filter((f) => f.ruleId === 'PRO017'), []);
});

test('PRO018: a target the prose quotes for a project must be its performance form’s', () => {
  const form = `表：附件5-1 项目支出绩效目标申报表\n单位：万元\n\n| 项目名称 | 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|---|\n| 中央财政医疗救助预算 | 产出指标 | 时效指标 | 资金到位率 | 100% |\n| ^ | 满意度指标 | 服务对象满意度指标 | 政策知晓率 | ≥80% |\n| ^ | ^ | ^ | 工作满意度 | 95% |\n`;
  const body = (target: string) => `## 项目情况\n\n5、“中央财政医疗救助预算”主要内容是：开展医疗救助。\n\n满意度指标：政策知晓率${target}，工作满意度≥95%，指标设立依据是计划数据。\n\n${form}`;
  const { text, findings } = check(body('≥90%'));
  assert.deepEqual(findings.filter((f) => f.ruleId === 'PRO018').map((f) => coveredText(text, f)), ['政策知晓率≥90%']);
  assert.deepEqual(check(body('≥80%')).findings.filter((f) => f.ruleId === 'PRO018'), []);
});
