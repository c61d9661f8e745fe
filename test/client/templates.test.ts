// The template and the standard tables parse as the tables they claim to be; the snippets are up to date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../server/src/model/buildModel';
import { documentTemplate } from '../../client/src/templates/documentTemplate';
import { STANDARD_TABLES, standardTableText } from '../../client/src/templates/standardTables';
import { snippetsJson } from '../../client/src/templates/snippets';

describe('document template', () => {
  const text = documentTemplate({ unitName: '某某县医疗保障局', year: 2024, kind: '部门预算', amountUnit: '元', emptyTables: ['fund-expenditure', 'state-capital'] });
  const model = parseDocument(text, 'file:///new.disclosure');

  it('has a valid header and no syntax problem', () => {
    assert.equal(model.meta.unitName, '某某县医疗保障局');
    assert.equal(model.meta.year, 2024);
    assert.equal(model.meta.kind, '部门预算');
    assert.equal(model.meta.amountUnit, '元');
    assert.deepEqual(model.syntaxFindings.map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('scaffolds every standard table, recognised by kind, in the chosen unit; empty ones with 本表无数据', () => {
    assert.equal(model.tables.length, STANDARD_TABLES.length);
    for (const [i, table] of model.tables.entries()) {
      assert.equal(table.kind, STANDARD_TABLES[i]!.id, table.caption?.text);
      assert.equal(table.unit, '元');
      assert.equal(table.caption?.number, `表${i + 1}`);
    }
    const fund = model.tables.find((t) => t.kind === 'fund-expenditure')!;
    assert.deepEqual(fund.notes.map((n) => n.text), ['本表无数据']);
    assert.equal(fund.body.length, 0);
    const general = model.tables.find((t) => t.kind === 'general-budget-expenditure')!;
    assert.deepEqual(general.columns.map((c) => c.path.join('/')), ['科目编码', '科目名称', '合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
    assert.equal(general.notes.length, 0);
  });

  it('a standard table inserted alone parses with its merged header', () => {
    const threePublic = STANDARD_TABLES.find((t) => t.id === 'three-public')!;
    const table = parseDocument(standardTableText(threePublic, { amountUnit: '万元', empty: false }), 'file:///t').tables[0]!;
    assert.equal(table.kind, 'three-public');
    assert.ok(table.headerSpans.some((s) => s.text === '公务用车购置及运行费' && s.columnSpan === 3));
  });
});

describe('snippets', () => {
  it('snippets/disclosure.code-snippets is generated from the standard tables (npx tsx snippets/generate.ts)', () => {
    const file = readFileSync(fileURLToPath(new URL('../../snippets/disclosure.code-snippets', import.meta.url)), 'utf8');
    assert.equal(file, snippetsJson());
    const parsed = JSON.parse(file) as Record<string, { prefix: string[]; body: string[] }>;
    assert.ok(parsed['一般公共预算支出表']!.prefix.includes('表-一般公共预算支出表'));
    assert.ok(parsed['政府性基金预算支出表']!.body.includes('本表无数据'));
  });
});

describe('决算 template', () => {
  const text = documentTemplate({ unitName: '上海市某某局', year: 2024, kind: '部门决算', amountUnit: '万元', emptyTables: ['fund-expenditure', 'state-capital'] });
  const model = parseDocument(text, 'file:///final.disclosure');

  it('has the nine 决算 tables, each recognised as its kind, the 基本支出 table in two panels', async () => {
    const { FINAL_TABLES } = await import('../../client/src/templates/finalTables');
    assert.deepEqual(model.syntaxFindings.map((f) => `${f.ruleId} ${f.message}`), []);
    const tables = model.tables.filter((t) => t.kind !== 'unknown');
    assert.deepEqual(tables.map((t) => t.kind), FINAL_TABLES.map((t) => t.id));
    assert.deepEqual(tables.map((t) => t.caption?.name), FINAL_TABLES.map((t) => t.name));
    const basic = tables.find((t) => t.kind === 'general-budget-basic')!;
    assert.equal(basic.panels?.count, 2);
    assert.deepEqual(basic.body.filter((r) => r.code?.length === 3).map((r) => r.code), ['301', '303', '302', '310']);
    assert.deepEqual(tables.find((t) => t.kind === 'fund-expenditure')!.notes.map((n) => n.text), ['本表无数据']);
  });

  it('checks without an error or a warning before any figure is filled in', async () => {
    const { checkText } = await import('../../server/src/check');
    const problems = checkText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(problems.map((f) => `${f.ruleId}:${f.range.start.line + 1} ${f.message}`), []);
  });
});
