import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnPeriod } from '../../server/src/analysis/columnPeriods';
import { CatalogIndex } from '../../server/src/catalog/catalogIndex';
import { collectCodeOccurrences } from '../../server/src/catalog/codeOccurrences';
import { shippedEntries, shippedMapping, shippedPublications } from '../../server/src/catalog/shippedCatalog';
import { checkText } from '../../server/src/check';
import { createNextYearDraft, draftNextYear, DraftError } from '../../server/src/drafting/createNextYearDraft';
import { parseDocument } from '../../server/src/model/buildModel';
import type { DisclosureDocument, Table } from '../../server/src/model/types';
import { lastYearRules } from '../../server/src/rules/lastYear/index';
import { readSeed, SEED_IDS } from '../helpers/fixtures';
import { lastYearText, sourceOf } from '../lastYear/helpers';

function syntaxErrors(document: DisclosureDocument): string[] {
  return document.syntaxFindings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
}

function tableNumbered(document: DisclosureDocument, number: string): Table {
  const table = document.tables.find((t) => t.caption?.number?.replace(/\s/g, '') === number);
  assert.ok(table, number);
  return table;
}

test('every seed drafts into next year: parses without syntax errors, year advanced, structure, codes and names kept', () => {
  for (const id of SEED_IDS) {
    const source = readSeed(id);
    const before = parseDocument(source);
    const after = parseDocument(createNextYearDraft(source));
    assert.deepEqual(syntaxErrors(after), syntaxErrors(before), id);
    assert.equal(after.meta.year, before.meta.year! + 1, id);
    assert.equal(after.tables.length, before.tables.length, id);
    assert.equal(after.paragraphs.length, before.paragraphs.length, id);
    assert.deepEqual(after.headings.map((h) => h.title.replace(/20\d{2}/g, 'Y')), before.headings.map((h) => h.title.replace(/20\d{2}/g, 'Y')), id);
    const codes = (d: DisclosureDocument) => collectCodeOccurrences(d).map((o) => `${o.code} ${o.name ?? ''}`);
    assert.deepEqual(codes(after), codes(before), id);
    // Headings and captions speak of the new year, never of the old one.
    const oldYear = `${before.meta.year}年`;
    assert.ok(!after.headings.some((h) => h.text.replace(/\s/g, '').includes(oldYear)), id);
    assert.ok(!after.tables.some((t) => t.caption?.text.replace(/\s/g, '').includes(oldYear)), id);
  }
});

test('seed 002: the 三公 table\'s 上年 columns hold 2023\'s 当年 figures; 当年 and 增减 are left empty', () => {
  const source = readSeed('002');
  const before = tableNumbered(parseDocument(source), '表12');
  const draft = parseDocument(createNextYearDraft(source));
  const after = tableNumbered(draft, '表12');
  assert.match(after.caption!.text, /2024年部门综合预算/);
  const periods = after.columns.map((c) => (c.role === 'value' ? columnPeriod(c, 2024).period : c.role));
  const previous = after.columns.filter((_, i) => periods[i] === 'previous');
  const current = after.columns.filter((_, i) => periods[i] === 'current');
  assert.equal(previous.length, 9);
  assert.equal(current.length, 9);
  for (let r = 0; r < before.body.length; r++) {
    for (let k = 0; k < previous.length; k++) {
      // Last year's 当年 cell k (the k-th 当年 column) is this year's 上年 cell k.
      const lastYearsOwn = before.body[r]!.cells[current[k]!.index]!;
      assert.equal(after.body[r]!.cells[previous[k]!.index]!.text, lastYearsOwn.kind === 'amount' ? lastYearsOwn.text : '', `row ${r} column ${k}`);
    }
    for (const cell of after.body[r]!.cells) {
      if (periods[cell.column] !== 'previous' && after.columns[cell.column]!.role === 'value') assert.equal(cell.kind, 'blank');
    }
  }
  assert.equal(after.body[0]!.cells[previous[0]!.index]!.text, '7000');
});

test('the drafted year agrees with last year\'s disclosure: the LYR checks find no 上年 figure to correct', () => {
  const last = lastYearText();
  const draft = createNextYearDraft(last, { lastYearPath: '../2022/河西区医疗保障服务中心.disclosure' });
  const document = parseDocument(draft);
  assert.equal(document.meta.year, 2023);
  assert.equal(document.meta.entries.find((e) => e.key === '上年文档')?.value, '../2022/河西区医疗保障服务中心.disclosure');
  // The 收支总表's 上年预算数 columns hold 2022's 本年预算数, in both panels; 本年 is empty.
  const summary = tableNumbered(document, '表1');
  const total = summary.body.find((r) => r.label === '收入总计')!;
  assert.deepEqual(total.cells.map((c) => c.text), ['收入总计', '2,321.30', '', '支出总计', '2,321.30', '']);
  // Every figure of the new year is left for the drafter.
  for (const table of document.tables) {
    for (const row of table.body) {
      for (const cell of row.cells) {
        const column = table.columns[cell.column]!;
        if (column.role === 'value' && columnPeriod(column, 2023).period !== 'previous') assert.equal(cell.kind, 'blank', `${table.caption?.text} ${row.label}`);
      }
    }
  }
  const { findings } = checkText(draft, 'file:///draft.disclosure', undefined, { rules: lastYearRules, lastYear: sourceOf(last) });
  assert.deepEqual(findings.filter((f) => f.ruleId === 'LYR003').map((f) => f.message), []);
});

test('prose keeps its wording with figures left for the drafter, last year\'s sentence beside it as a comment', () => {
  const draft = createNextYearDraft(lastYearText());
  assert.match(draft, /\n<!-- 2022年原文：收入总计 2321\.3 万元，其中一般公共预算拨款收入 2321\.3 万元。.* -->\n收入总计 〔待填〕 万元，其中一般公共预算拨款收入 〔待填〕 万元。/);
  assert.match(draft, /# 第二部分 河西区医疗保障服务中心 2023年部门预算情况说明/);
  assert.match(draft, /2023 年“三公”经费预算 〔待填〕 万元/);
  const plain = createNextYearDraft(lastYearText(), { keepLastYearProse: false, placeholder: '＿＿' });
  assert.ok(!plain.includes('原文'));
  assert.match(plain, /收入总计 ＿＿ 万元/);
});

test('the glossary, 序号 columns and percentages of performance targets are copied unchanged', () => {
  const source = readSeed('000');
  const draft = parseDocument(createNextYearDraft(source));
  assert.deepEqual(draft.glossary.map((g) => g.definition), parseDocument(source).glossary.map((g) => g.definition));
  const seed002 = parseDocument(createNextYearDraft(readSeed('002')));
  const units = seed002.tables.find((t) => t.caption?.name === '预算单位构成')!;
  assert.deepEqual(units.body.map((r) => r.cells[0]!.text), ['1', '2', '3']);
});

test('codes that the next catalog edition renames or retires are flagged above their table, names left as they were', () => {
  const entries = shippedEntries().flatMap((entry) => {
    if (entry.system === 'functional' && entry.code === '2080505' && entry.validTo === null) {
      return [{ ...entry, validFrom: 2020, validTo: 2022 }, { ...entry, name: '机关事业单位基本养老保险缴费', validFrom: 2023, renamedFrom: entry.name }];
    }
    if (entry.system === 'functional' && entry.code === '2101504' && entry.validTo === null) return [{ ...entry, validFrom: 2020, validTo: 2022 }];
    return [entry];
  });
  const catalog = new CatalogIndex(entries, shippedMapping(), shippedPublications());
  const result = draftNextYear(lastYearText(), { catalog });
  assert.equal(result.notices.length, 2);
  assert.match(result.notices[0]!.message, /2080505 在 2023 年版目录中更名为“机关事业单位基本养老保险缴费”/);
  assert.match(result.notices[1]!.message, /2101504“信息化建设” 在 2023 年版目录中已不再使用/);
  const lines = result.text.split('\n');
  assert.match(lines[result.notices[0]!.line]!, /^<!-- 新版目录提示：/);
  assert.match(lines[result.notices[0]!.line + 2]!, /^表：表2 支出总表/);
  assert.match(result.text, /\| 2080505 +\| 机关事业单位基本养老保险缴费支出 \|/);
  // With the shipped catalog (no change between the editions), nothing is flagged.
  assert.deepEqual(draftNextYear(lastYearText()).notices, []);
});

test('a document without a year cannot be drafted from; odd input never crashes', () => {
  assert.throws(() => createNextYearDraft('只有正文。'), DraftError);
  for (const odd of ['---\n年度: 2023\n---\n', '---\n年度: 2023\n---\n表：表1 收支总表\n| 上年 | 本年\n|---\n| 1 | 2 |\n| x', '\uFEFF---\r\n年度: 2023\r\n---\r\n\r\n收入 １２３．４５ 万元。\r\n']) {
    const draft = createNextYearDraft(odd);
    assert.equal(parseDocument(draft).meta.year, 2024);
  }
});
