// Excel import: a workbook built like the 上海普陀 templates (a sheet per section: cover, 目录, prose,
// tables with merged headers) imports as one document; figures keep their displayed format.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { importFile } from '../../server/src/import/importDocument';
import { parseDocument } from '../../server/src/model/buildModel';

async function putuoLikeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('封面');
  cover.mergeCells('A3:H3');
  cover.getCell('A3').value = '上海市普陀区2026年区级部门预算';
  cover.mergeCells('A9:H9');
  cover.getCell('A9').value = '预算主管部门：上海市普陀区测试局';

  const toc = workbook.addWorksheet('目录');
  toc.getCell('A1').value = '目  录';
  toc.getCell('A3').value = '一、部门主要职能  ……………………………………';
  toc.getCell('A4').value = '二、部门预算表  ……………………………………';

  const prose = workbook.addWorksheet('部门主要职能');
  prose.getCell('A1').value = '上海市普陀区测试局主要职能';
  prose.mergeCells('A3:A10');
  prose.getCell('A3').value = {
    richText: [{ text: '上海市普陀区测试局负责全区测试工作。\n主要职能包括：\n1.组织全区测试。' }],
  };

  const table = workbook.addWorksheet('部门支出总表');
  table.mergeCells('A2:G2');
  table.getCell('A2').value = '2026年部门支出预算总表';
  table.mergeCells('A4:E4');
  table.getCell('A4').value = '编制部门：上海市普陀区测试局';
  table.getCell('G4').value = '单位：元';
  table.mergeCells('A6:D6');
  table.getCell('A6').value = '项目';
  table.mergeCells('E6:G6');
  table.getCell('E6').value = '支出预算';
  table.mergeCells('A7:C7');
  table.getCell('A7').value = '功能分类科目编码';
  table.mergeCells('D7:D8');
  table.getCell('D7').value = '功能分类科目名称';
  table.mergeCells('E7:E8');
  table.getCell('E7').value = '合计';
  table.mergeCells('F7:F8');
  table.getCell('F7').value = '基本支出';
  table.mergeCells('G7:G8');
  table.getCell('G7').value = '项目支出';
  table.getRow(8).values = ['类', '款', '项'];
  const rows: [string, string, string, string, number, number | null, number | null][] = [
    ['201', '', '', '一般公共服务支出', 82096797.42, 15686797.42, 66410000],
    ['201', '03', '', '政府办公厅（室）及相关机构事务', 82096797.42, 15686797.42, 66410000],
    ['201', '03', '01', '行政运行', 12029501.84, 11919501.84, 110000],
  ];
  rows.forEach((values, i) => {
    const row = table.getRow(9 + i);
    row.values = values;
    for (const column of [5, 6, 7]) row.getCell(column).numFmt = '#,##0.00';
  });
  table.mergeCells('A12:D12');
  table.getCell('A12').value = '合计';
  table.getCell('E12').value = { formula: 'E9', result: 82096797.42 };
  table.getCell('E12').numFmt = '#,##0.00';
  table.getCell('A13').value = '注：本表为测试数据。';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('Excel import', () => {
  it('imports a workbook of the 普陀 template kind as one document', async () => {
    const result = await importFile(await putuoLikeWorkbook(), 'test.xlsx');
    const model = parseDocument(result.text);
    assert.deepEqual(model.syntaxFindings.filter((f) => f.severity === 'error'), []);
    assert.equal(model.meta.unitName, '上海市普陀区测试局');
    assert.equal(model.meta.year, 2026);
    assert.equal(model.meta.amountUnit, '元');
    assert.match(result.text, /<!-- 目录：一、部门主要职能 -->/);
    assert.deepEqual(model.headings.map((h) => h.text), ['上海市普陀区测试局主要职能']);
    assert.deepEqual(
      model.paragraphs.map((p) => p.text),
      ['上海市普陀区2026年区级部门预算', '预算主管部门：上海市普陀区测试局', '上海市普陀区测试局负责全区测试工作。', '主要职能包括：', '1.组织全区测试。'],
    );
    assert.equal(model.tables.length, 1);
    const table = model.tables[0]!;
    assert.equal(table.caption?.text, '2026年部门支出预算总表');
    assert.equal(table.unit, '元');
    assert.deepEqual(table.columns.map((c) => c.path), [
      ['项目', '功能分类科目编码', '类'],
      ['项目', '功能分类科目编码', '款'],
      ['项目', '功能分类科目编码', '项'],
      ['项目', '功能分类科目名称'],
      ['支出预算', '合计'],
      ['支出预算', '基本支出'],
      ['支出预算', '项目支出'],
    ]);
    assert.deepEqual(table.body.map((r) => r.code ?? ''), ['201', '20103', '2010301', '']);
    assert.deepEqual(table.body[2]!.cells.slice(4).map((c) => c.text), ['12,029,501.84', '11,919,501.84', '110,000.00']);
    assert.equal(table.body[3]!.label, '合计');
    assert.equal(table.body[3]!.cells[4]!.text, '82,096,797.42');
    assert.deepEqual(table.notes.map((n) => n.text), ['注：本表为测试数据。']);
    assert.equal(result.missing.size, 0);
  });
});
