/**
 * The rule runner and checkModel: findings filed under the rule that reported them, a throwing rule's
 * findings replaced by one INT001 while the others stand, shared values computed once per document,
 * severity overrides and `off`, the lenient rounding filter, cancellation between rules, and the order
 * of the findings (document order, then rule id; syntax findings included).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type CheckSettings } from '../../server/src/config/settings';
import { checkModel } from '../../server/src/check';
import { parseDocument } from '../../server/src/model/buildModel';
import { runRules, runRulesSliced } from '../../server/src/rules/runner';
import type { Rule, RuleReport } from '../../server/src/rules/types';

const document = parseDocument('---\n单位: 测试单位\n年度: 2024\n类型: 部门预算\n---\n\n# 说明\n\n正文一行。\n');

function at(line: number, character: number): RuleReport['range'] {
  return { start: { line, character }, end: { line, character: character + 1 } };
}

function reporting(id: string, reports: RuleReport[], then?: () => void): Rule {
  return {
    id,
    title: `测试规则 ${id}`,
    category: 'internal',
    defaultSeverity: 'warning',
    check(context) {
      for (const report of reports) context.report(report);
      then?.();
    },
  };
}

const settings = (patch: Partial<CheckSettings>): CheckSettings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('rule runner', () => {
  it('files each finding under the rule that reported it, in rule order, with its fixes and related places', () => {
    const fix = { title: '改', edits: [{ range: at(2, 0), newText: 'x' }] };
    const findings = runRules(document, [
      reporting('TST001', [{ range: at(3, 0), message: '一', fixes: [fix], related: [{ range: at(1, 0), message: '彼处' }] }]),
      reporting('TST002', [{ range: at(1, 0), message: '二', severity: 'error', fixes: [], related: [] }]),
    ], DEFAULT_SETTINGS);
    assert.deepEqual(findings, [
      { ruleId: 'TST001', severity: 'warning', message: '一', range: at(3, 0), fixes: [fix], related: [{ range: at(1, 0), message: '彼处' }] },
      { ruleId: 'TST002', severity: 'error', message: '二', range: at(1, 0) },
    ]);
    assert.deepEqual(Object.keys(findings[0]!), ['ruleId', 'severity', 'message', 'range', 'fixes', 'related']);
  });

  it('takes back what a throwing rule reported and puts one INT001 in its place; the next rules still run', () => {
    const errors: string[] = [];
    const findings = runRules(
      document,
      [
        reporting('TST001', [{ range: at(1, 0), message: '之前' }]),
        reporting('TST002', [{ range: at(2, 0), message: '半途' }], () => {
          throw new Error('故意的错误');
        }),
        reporting('TST003', [{ range: at(3, 0), message: '之后' }]),
      ],
      DEFAULT_SETTINGS,
      { onRuleError: (rule) => errors.push(rule.id) },
    );
    assert.deepEqual(findings.map((f) => [f.ruleId, f.message.includes('TST002') ? 'INT' : f.message]), [
      ['TST001', '之前'],
      ['INT001', 'INT'],
      ['TST003', '之后'],
    ]);
    assert.match(findings[1]!.message, /故意的错误/);
    assert.deepEqual(errors, ['TST002']);
  });

  it('computes a shared value once per document, for every rule that asks', () => {
    let computed = 0;
    const asking = (id: string): Rule => ({
      ...reporting(id, []),
      check(context) {
        const value = context.shared('test/value', () => ++computed);
        context.report({ range: at(1, 0), message: `值 ${value}` });
      },
    });
    const first = runRules(document, [asking('TST001'), asking('TST002')], DEFAULT_SETTINGS);
    assert.deepEqual(first.map((f) => f.message), ['值 1', '值 1']);
    const second = runRules(document, [asking('TST001')], DEFAULT_SETTINGS);
    assert.deepEqual(second.map((f) => f.message), ['值 2'], 'a new run computes afresh');
  });

  it('applies severity overrides, skips rules set to off, and drops rounding notes when lenient', () => {
    let offRan = false;
    const rules = [
      reporting('TST001', [{ range: at(1, 0), message: '普通' }]),
      reporting('TST002', [{ range: at(1, 0), message: '相差在取整范围内', severity: 'information' }, { range: at(2, 0), message: '其他说明', severity: 'information' }]),
      reporting('TST003', [{ range: at(3, 0), message: '关掉' }], () => (offRan = true)),
    ];
    const overridden = runRules(document, rules, settings({ severities: { TST001: 'error', TST003: 'off' } }));
    assert.deepEqual(overridden.map((f) => [f.ruleId, f.severity]), [['TST001', 'error'], ['TST002', 'information'], ['TST002', 'information']]);
    assert.equal(offRan, false);
    const lenient = runRules(document, rules, settings({ rounding: 'lenient' }));
    assert.deepEqual(lenient.map((f) => f.message), ['普通', '其他说明', '关掉']);
  });

  it('stops between rules once cancelled, and the sliced run gives the same findings', async () => {
    let ran = 0;
    const rules = ['TST001', 'TST002', 'TST003'].map((id) => reporting(id, [{ range: at(1, 0), message: id }], () => ran++));
    const cancelled = runRules(document, rules, DEFAULT_SETTINGS, { isCancelled: () => ran >= 2 });
    assert.deepEqual(cancelled.map((f) => f.ruleId), ['TST001', 'TST002']);
    const sliced = await runRulesSliced(document, rules, DEFAULT_SETTINGS, { sliceMs: 0 });
    assert.deepEqual(sliced, runRules(document, rules, DEFAULT_SETTINGS));
  });

  it('sorts the findings of checkModel by place, then rule id, syntax findings included', () => {
    const broken = parseDocument('---\n单位: 测试单位\n年度: 2024\n---\n\n| 项目 | 金额 |\n| --- | --- |\n| 甲 | 1,2,3 | 5 |\n');
    assert.ok(broken.syntaxFindings.length > 0, 'the fixture has syntax findings');
    const rules = [reporting('TST002', [{ range: at(0, 0), message: '乙' }]), reporting('TST001', [{ range: at(0, 0), message: '甲' }, { range: at(0, 2), message: '丙' }])];
    const findings = checkModel(broken, DEFAULT_SETTINGS, { rules });
    const keys = findings.map((f) => [f.range.start.line, f.range.start.character, f.ruleId] as const);
    assert.deepEqual(keys.filter(([, , id]) => id.startsWith('TST')), [[0, 0, 'TST001'], [0, 0, 'TST002'], [0, 2, 'TST001']]);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2]))), `${a} before ${b}`);
    }
    assert.equal(findings.length, 3 + broken.syntaxFindings.length);
    const silenced = checkModel(broken, settings({ severities: Object.fromEntries(broken.syntaxFindings.map((f) => [f.ruleId, 'off'])) }), { rules });
    assert.equal(silenced.length, 3);
    const raised = checkModel(broken, settings({ severities: Object.fromEntries(broken.syntaxFindings.map((f) => [f.ruleId, 'hint'])) }), { rules });
    assert.ok(raised.filter((f) => !f.ruleId.startsWith('TST')).every((f) => f.severity === 'hint'));
  });
});
