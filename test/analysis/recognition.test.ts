/** Table kinds and column roles recognised in the seeds (the regional names and headers). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { columnRole } from '../../server/src/analysis/columnRoles';
import { columnRelations } from '../../server/src/analysis/identities/columnIdentities';
import { rowStructure } from '../../server/src/analysis/identities/rowStructure';
import { isSideBySide } from '../../server/src/analysis/identities/summaryIdentities';
import { parseDocument } from '../../server/src/model/buildModel';
import type { Table } from '../../server/src/model/types';
import { recognizeTableKind } from '../../server/src/recognition/tableKinds';
import { readSeed, type SeedId } from '../helpers/fixtures';

function table(seed: SeedId, number: string): Table {
  const document = parseDocument(readSeed(seed));
  const found = document.tables.find((t) => t.caption?.number?.replace(/\s/g, '') === number.replace(/\s/g, ''));
  assert.ok(found, `${seed} ${number}`);
  return found;
}

function roles(t: Table): string[] {
  return t.columns.filter((c) => c.role === 'value').map((c) => `${c.path.join('/')}=${columnRole(c)}`);
}

describe('table kinds', () => {
  it('recognises the regional names', () => {
    assert.equal(recognizeTableKind('收支总体情况表'), 'income-expenditure-summary');
    assert.equal(recognizeTableKind('2023年部门综合预算收支总表'), 'income-expenditure-summary');
    assert.equal(recognizeTableKind('基本支出预算情况表'), 'basic-expenditure');
    assert.equal(recognizeTableKind('2023年部门综合预算专项业务经费支出表'), 'project-expenditure');
    assert.equal(recognizeTableKind('2023年部门综合预算政府性基金收支表'), 'fund-summary');
    assert.equal(recognizeTableKind('2023年部门预算专项业务经费绩效目标表'), 'performance');
  });
  it('reads 收入支出 spelt out as 收支 in a budget too (not as a 支出总表)', () => {
    for (const kind of ['部门预算', '单位预算', undefined]) {
      assert.equal(recognizeTableKind('收入支出总表', kind), 'income-expenditure-summary');
      assert.equal(recognizeTableKind('2025年部门收入支出预算总表', kind), 'income-expenditure-summary');
      assert.equal(recognizeTableKind('财政拨款收入支出总表', kind), 'fiscal-summary');
      assert.equal(recognizeTableKind('支出总表', kind), 'expenditure-summary');
      assert.equal(recognizeTableKind('收入总表', kind), 'income-summary');
    }
  });
  it('seed 004 公开表 10 and seed 002 表9/表10 are no longer unknown or misread', () => {
    assert.equal(table('004', '公开表 10').kind, 'basic-expenditure');
    assert.equal(table('002', '表10').kind, 'project-expenditure');
    assert.equal(table('002', '表9').kind, 'fund-summary');
  });
});

describe('column roles', () => {
  it('seed 002: 人员经费支出 / 公用经费支出 / 专项业务经费支出', () => {
    assert.deepEqual(roles(table('002', '表5')).slice(0, 4), ['合计=total', '人员经费支出=personnel', '公用经费支出=public', '专项业务经费支出=project']);
  });
  it('seed 003: 2023年合计 / 当年预算安排 / 上年结转安排', () => {
    const document = parseDocument(readSeed('003'));
    const summary = document.tables[0]!;
    assert.deepEqual(roles(summary).slice(1), ['支出/2023年合计=total', '支出/当年预算安排=current-year', '支出/上年结转安排=carryover']);
  });
  it('seed 004: 基本支出预算/小计, 因公出国（境）经费 per year', () => {
    assert.equal(roles(table('004', '公开表 6'))[0], '基本支出预算/小计=basic');
    const threePublic = roles(table('004', '公开表 7'));
    assert.ok(threePublic.includes('2023 年预算数/因公出国（境）经费=overseas'), threePublic.join(' '));
  });
});

describe('column relations (what a 合计/小计 column sums)', () => {
  it('seed 000 收入总表: 合计 = 本年收入/小计 + 上年结转结余/小计, each 小计 = its sources', () => {
    const relations = columnRelations(table('000', '附表 4-2')).map((r) => `${r.total.path.join('/')}=${r.parts.map((p) => p.path.join('/')).join('+')}`);
    assert.equal(relations[0], '合计=本年收入/小计+上年结转结余/小计');
    assert.match(relations[1]!, /^本年收入\/小计=本年收入\/一般公共预算\+.*\+本年收入\/其他收入$/);
  });
  it('seed 002 收入总表 leaves out the 其中 column', () => {
    const [relation] = columnRelations(table('002', '表2'));
    assert.ok(relation);
    assert.ok(!relation.parts.some((p) => /其中/.test(p.label)));
    assert.equal(relation.parts[0]!.path.join('/'), '部门预算/一般公共预算拨款/小计');
  });
  it('seed 004 三公: one relation per year group, 公务用车 小计 = 购置 + 运行', () => {
    const relations = columnRelations(table('004', '公开表 7'));
    assert.equal(relations.length, 4);
  });
  it('a side-by-side 收支总表 has no column relation', () => {
    const t = table('000', '附表 4-1');
    assert.ok(isSideBySide(t));
    assert.deepEqual(columnRelations(t), []);
  });
});

describe('row structure', () => {
  it('seed 004 公开表 6: the 301 printed twice starts two groups', () => {
    const structure = rowStructure(table('004', '公开表 6'));
    const parents301 = structure.groups.filter((g) => g.parent.code === '301');
    assert.equal(parents301.length, 2);
    assert.equal(structure.topRows?.length, 5);
  });
  it('seed 000 项目支出表: department → unit → categories → projects', () => {
    const structure = rowStructure(table('000', '附表4-9'));
    const unit = structure.groups.find((g) => g.parent.code === '032002');
    assert.equal(unit?.children.length, 21);
    assert.equal(unit?.children[0]?.code, '1101');
    assert.equal(unit?.children[20]?.code, '31');
    assert.deepEqual(structure.topRows?.map((r) => r.code), ['032']);
  });
});
