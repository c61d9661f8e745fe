/** The format's constructs (docs/format.md), one by one. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { doc } from '../helpers/fixtures';

const ids = (text: string) => parseDocument(text).syntaxFindings.map((f) => f.ruleId);

describe('metadata header', () => {
  it('reads unit, year, kind, amount unit and nature', () => {
    const d = parseDocument(doc('', { 金额单位: '元', 单位性质: '行政单位', 年度: '２０２３年' }));
    assert.equal(d.meta.unitName, '测试单位');
    assert.equal(d.meta.year, 2023);
    assert.equal(d.meta.kind, '部门预算');
    assert.equal(d.meta.amountUnit, '元');
    assert.equal(d.meta.unitNature, '行政单位');
    assert.deepEqual(d.syntaxFindings, []);
  });
  it('reports an unclosed header, invalid values and missing keys', () => {
    assert.deepEqual(ids('---\n单位: 甲\n年度: 2023\n类型: 部门预算\n金额单位: 万元\n# 标题\n'), ['SYN001']);
    assert.deepEqual(ids(doc('', { 年度: '二〇二三', 金额单位: '美元' })).sort(), ['SYN002', 'SYN002']);
    assert.deepEqual(ids('# 2023年部门预算\n'), ['SYN003']);
  });
  it('takes the year from a heading when the header has none', () => {
    const d = parseDocument('# 曾都区医疗保障服务中心 2023年部门预算情况说明\n');
    assert.equal(d.meta.year, 2023);
    assert.equal(d.meta.yearSource, 'heading');
  });
});

describe('headings and paragraphs', () => {
  it('separates numbering from title at every level', () => {
    const d = parseDocument(doc('# 第一部分 概况\n## 一、部门主要职责\n### （一）收入预算情况\n#### 1. 明细\n#第五部分 名词解释\n'));
    assert.deepEqual(
      d.headings.map((h) => [h.level, h.numbering?.text, h.numbering?.ordinal, h.title]),
      [
        [1, '第一部分', 1, '概况'],
        [2, '一、', 1, '部门主要职责'],
        [3, '（一）', 1, '收入预算情况'],
        [4, '1.', 1, '明细'],
        [1, '第五部分', 5, '名词解释'],
      ],
    );
  });
  it('joins wrapped lines, and a list marker starts a new paragraph', () => {
    const d = parseDocument(doc('收入总计 8132.86 万\n元，其中财政拨款。\n1. 社会保障和就业支出（类）55.56 万元\n3. 住房保障支出（类）16.56 万元\n'));
    assert.deepEqual(d.paragraphs.map((p) => [p.text, p.marker?.ordinal]), [
      ['收入总计 8132.86 万元，其中财政拨款。', undefined],
      ['1. 社会保障和就业支出（类）55.56 万元', 1],
      ['3. 住房保障支出（类）16.56 万元', 3],
    ]);
    const p = d.paragraphs[0]!;
    assert.equal(p.segments.length, 2);
  });
  it('does not take a decimal number at the start of a line for a list marker', () => {
    const d = parseDocument(doc('说明如下\n1.5 万元用于培训。\n'));
    assert.equal(d.paragraphs.length, 1);
  });
});

describe('tables', () => {
  const table = `表：附表 4-3 支出总表
部门/单位：曾都区医疗保障服务中心 单位：万元

| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|---|---|---:|---:|---:|
| | 合计 | 8,132.86 | 385.86 | 7747.00 |
| 208 | 社会保障和就业支出 | 55.56 | 55.56 | - |
| 20805 | 行政事业单位养老支出 | （55.24） | １２３．４５ | 0 |
备注：财政专户管理资金收入是指教育收费收入。
`;
  it('reads caption, attributes, unit, columns, rows, cells and notes', () => {
    const d = parseDocument(doc(table, { 金额单位: '元' }));
    const t = d.tables[0]!;
    assert.equal(t.caption?.number, '附表 4-3');
    assert.equal(t.caption?.name, '支出总表');
    assert.equal(t.kind, 'expenditure-summary');
    assert.equal(t.unit, '万元');
    assert.equal(t.unitExplicit, true);
    assert.deepEqual(t.attributes.map((a) => [a.key, a.value]), [['部门/单位', '曾都区医疗保障服务中心'], ['单位', '万元']]);
    assert.deepEqual(t.columns.map((c) => c.role), ['code', 'name', 'value', 'value', 'value']);
    assert.deepEqual(t.body.map((r) => [r.code, r.label]), [[undefined, '合计'], ['208', '社会保障和就业支出'], ['20805', '行政事业单位养老支出']]);
    const total = t.body[0]!.cells[2]!;
    assert.equal(total.kind, 'amount');
    assert.equal(total.amount?.value.toString(), '8132.86');
    assert.equal(total.amount?.decimals, 2);
    assert.equal(total.amount?.grouped, true);
    assert.equal(total.amount?.unit, '万元');
    assert.equal(t.body[1]!.cells[4]!.kind, 'blank');
    assert.equal(t.body[2]!.cells[2]!.amount?.value.toString(), '-55.24');
    assert.equal(t.body[2]!.cells[3]!.amount?.value.toString(), '123.45');
    assert.equal(t.body[2]!.cells[4]!.amount?.decimals, 0);
    assert.deepEqual(t.notes.map((n) => n.text), ['备注：财政专户管理资金收入是指教育收费收入。']);
    assert.deepEqual(d.syntaxFindings, []);
  });
  it('builds two-level headers into column paths and merged header cells', () => {
    const d = parseDocument(
      doc(`表：附表 4-5 一般公共预算支出表
| 科目编码 | 科目名称 | 合计 | 基本支出 | 基本支出 | 基本支出 | 项目支出 |
|          |          |      | 小计     | 人员经费 | 公用经费 |          |
|---|---|---:|---:|---:|---:|---:|
| 208 | 社会保障和就业支出 | 55.56 | 55.56 | 55.56 | 0.00 | 0.00 |
`),
    );
    const t = d.tables[0]!;
    assert.deepEqual(t.columns.map((c) => c.path.join('/')), ['科目编码', '科目名称', '合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出']);
    const basic = t.headerSpans.find((s) => s.text === '基本支出')!;
    assert.deepEqual([basic.row, basic.column, basic.rowSpan, basic.columnSpan], [0, 3, 1, 3]);
    const total = t.headerSpans.find((s) => s.text === '合计')!;
    assert.deepEqual([total.rowSpan, total.columnSpan], [2, 1]);
  });
  it('joins codes split over 类/款/项 columns and tells 部门/政府 code groups apart', () => {
    const d = parseDocument(
      doc(`表：公开表 6 一般公共预算基本支出表
| 部门预算支出经济分类科目 | 部门预算支出经济分类科目 | 部门预算支出经济分类科目 | 政府预算支出经济分类科目 | 政府预算支出经济分类科目 | 政府预算支出经济分类科目 | 合计 |
| 类 | 款 | 名称 | 类 | 款 | 名称 | |
|---|---|---|---|---|---|---:|
| 301 | 01 | 基本工资 | 505 | 01 | 工资福利支出 | 10.00 |
| 208 | 05 | 05 | x | | | |
`),
    );
    const row = d.tables[0]!.body[0]!;
    assert.deepEqual(row.codes.map((c) => [c.code, c.name, c.group]), [
      ['30101', '基本工资', '部门预算支出经济分类科目'],
      ['50501', '工资福利支出', '政府预算支出经济分类科目'],
    ]);
  });
  it('accepts tab-separated rows pasted from Excel inside a table block', () => {
    const d = parseDocument(doc('表：表1 收支总表\n单位：元\n项目\t预算数\n---\n一、一般公共预算拨款\t9147360.00\n'));
    const t = d.tables[0]!;
    assert.equal(t.separator, 'tab');
    assert.deepEqual(t.columns.map((c) => c.label), ['项目', '预算数']);
    assert.equal(t.body[0]!.cells[1]!.amount?.value.toString(), '9147360');
    assert.equal(t.unit, '元');
  });
  it('reports structural problems', () => {
    assert.deepEqual(ids(doc('表：附表 4-8 政府性基金预算支出表\n\n没有政府性基金。\n')), ['SYN006']);
    assert.deepEqual(ids(doc('| a | b |\n|---|---|\n| 1 | 2 |\n')), ['SYN007']);
    assert.deepEqual(ids(doc('表：表1 x\n单位：美元\n| a |\n|---|\n| 1 |\n')), ['SYN008']);
    assert.deepEqual(ids(doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n')), ['SYN009']);
    assert.deepEqual(ids(doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n')), ['SYN004']);
    assert.deepEqual(ids(doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 2 |\n|---|---|\n')), ['SYN005']);
    assert.deepEqual(ids(doc('收入\u0001总计\n')), ['SYN010']);
    assert.deepEqual(ids(doc('表：表1 x\n| a | b |\n| 1 | 2 |\n')), ['SYN011']);
  });
  it('treats an empty table with its note as a table without body rows', () => {
    const d = parseDocument(doc('表：附表 4-8 政府性基金预算支出表\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n本表无数据\n'));
    assert.equal(d.tables[0]!.body.length, 0);
    assert.deepEqual(d.tables[0]!.notes.map((n) => n.text), ['本表无数据']);
    assert.equal(d.tables[0]!.kind, 'fund-expenditure');
  });
});

describe('glossary', () => {
  it('reads entries with each marker style', () => {
    const d = parseDocument(
      doc('# 第五部分 名词解释\n\n（一）财政拨款（补助）收入：指本级财政当年拨付的资金。\n一、基本支出：指为保障机构正常运转的支出。\n1.机关运行经费：指各部门的公用经费。\n\n“三公”经费：包括因公出国（境）费。\n# 附表\n（二）不是词条：因为不在名词解释下。\n'),
    );
    assert.deepEqual(d.glossary.map((g) => [g.term, g.definition]), [
      ['财政拨款（补助）收入', '指本级财政当年拨付的资金。'],
      ['基本支出', '指为保障机构正常运转的支出。'],
      ['机关运行经费', '指各部门的公用经费。'],
      ['“三公”经费', '包括因公出国（境）费。'],
    ]);
  });
});
