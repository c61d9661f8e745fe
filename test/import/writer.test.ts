// The writer: whatever the producers hand it, the text is valid .disclosure (no syntax error), and
// characters that would change a line's meaning are neutralised.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeDisclosure, writeDisclosureWithPages } from '../../server/src/import/writer';
import { inferMetadata } from '../../server/src/import/metadata';
import { missingFigures } from '../../server/src/import/figureAudit';
import { parseDocument } from '../../server/src/model/buildModel';
import type { ImportedBlock } from '../../server/src/import/model';

const awkward: ImportedBlock[] = [
  { type: 'paragraph', text: '2024 年度测试单位部门预算', page: 1 },
  { type: 'heading', level: 1, text: '第一部分 概况', page: 2 },
  { type: 'paragraph', text: '# 不是标题', page: 2 },
  { type: 'paragraph', text: '| 不是表格 |\n换行', page: 2 },
  { type: 'paragraph', text: '表：不是表题', page: 2 },
  { type: 'comment', text: '导入：含有 --> 的注释' },
  { type: 'toc', entries: ['一、概况', '二、预算表'] },
  {
    type: 'table',
    page: 3,
    caption: '表1 支出总表',
    attributes: ['编制部门：测试单位 单位：万元'],
    header: [['科目编码', '科目名称', '支出', '支出'], ['', '', '基本支出', '项目支出']],
    body: [['', '合计', '1,234.50', '10.00'], ['201', 'A|B', '1,234.50', '10.00'], ['', '^', '<', '']],
    notes: ['注：本表为测试。'],
    comments: ['导入：第 3 页的某列无法确定'],
  },
];

describe('import writer', () => {
  it('writes text the parser reads without syntax errors, keeping every block and figure', () => {
    const text = writeDisclosure({ meta: inferMetadata(awkward), blocks: awkward });
    const model = parseDocument(text);
    assert.deepEqual(model.syntaxFindings.filter((f) => f.severity !== 'information'), []);
    assert.equal(model.meta.unitName, '测试单位');
    assert.equal(model.meta.year, 2024);
    assert.equal(model.meta.kind, '部门预算');
    assert.deepEqual(model.headings.map((h) => h.text), ['第一部分 概况']);
    assert.ok(model.paragraphs.some((p) => p.text.trim() === '# 不是标题'));
    assert.ok(model.paragraphs.some((p) => p.text.trim() === '｜ 不是表格 |换行'));
    assert.equal(model.tables.length, 1);
    const table = model.tables[0]!;
    assert.equal(table.unit, '万元');
    assert.deepEqual(table.columns.map((c) => c.path), [['科目编码'], ['科目名称'], ['支出', '基本支出'], ['支出', '项目支出']]);
    assert.equal(table.body[1]!.cells[1]!.text, 'A|B');
    assert.deepEqual(table.notes.map((n) => n.text), ['注：本表为测试。']);
    assert.match(text, /<!-- 导入：含有 — 的注释 -->/);
    assert.match(text, /<!-- 目录：二、预算表 -->/);
    assert.equal(missingFigures('1,234.50 10.00 201', text).size, 0);
  });

  it('records the source page of each line', () => {
    const { text, pages } = writeDisclosureWithPages({ meta: { guesses: [] }, blocks: awkward });
    const lines = text.split('\n');
    assert.equal(pages[lines.indexOf('表：表1 支出总表')], 3);
    assert.equal(pages[lines.indexOf('# 第一部分 概况')], 2);
  });

  it('says what it guessed and what it could not read', () => {
    const meta = inferMetadata([{ type: 'paragraph', text: '这里没有单位名称。' }]);
    assert.equal(meta.unitName, undefined);
    assert.ok(meta.guesses.some((g) => g.includes('单位')));
    assert.equal(meta.amountUnit, '万元');
    assert.ok(meta.guesses.some((g) => g.includes('暂定为万元')));
  });

  it('reports a figure of the source that the text lacks', () => {
    assert.deepEqual([...missingFigures('收入 8,132.86 万元，支出 8,132.86 万元', '收入 8,132.86 万元')], [['8,132.86', 1]]);
  });
});
