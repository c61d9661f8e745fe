// Word import: a seed document written as .docx in the test (Word heading styles, tables with merged
// header cells) comes back with its headings, paragraphs, tables and figures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../server/src/import/importDocument';
import { parseDocument } from '../../server/src/model/buildModel';
import type { Table } from '../../server/src/model/types';
import { disclosureToDocx } from '../helpers/disclosureToDocx';

const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');
const seedText = readFileSync(fileURLToPath(new URL('../fixtures/seeds/001.disclosure', import.meta.url)), 'utf8');

function cells(table: Table): string[] {
  return table.body.flatMap((row) => row.cells.filter((c) => c.kind === 'amount').map((c) => `${squeeze(`${row.code ?? ''}${row.label}`)}§${squeeze(table.columns[c.column]?.path.join('/') ?? '')}§${c.text}`));
}

describe('Word import', () => {
  it('keeps headings (by style), paragraphs, tables with merged headers and every figure', async () => {
    const seed = parseDocument(seedText);
    const bytes = await disclosureToDocx(seedText, { headingStyles: true });
    const result = await importFile(bytes, 'seed-001.docx');
    const model = parseDocument(result.text);
    assert.deepEqual(model.syntaxFindings.filter((f) => f.severity === 'error'), []);
    assert.deepEqual(model.headings.map((h) => [h.level, squeeze(h.text)]), seed.headings.map((h) => [h.level, squeeze(h.text)]));
    // A note printed below a table without 注： reads as a paragraph after it: compare prose and notes together.
    const prose = (m: typeof seed): string[] => [...m.paragraphs.map((p) => squeeze(p.text)), ...m.tables.flatMap((t) => t.notes.map((n) => squeeze(n.text)))].sort();
    // seed 001 prints 附表 4-2 as a bare caption (its rows are lost in the source): not rendered, not expected.
    assert.deepEqual(prose(model), prose(seed));
    const tables = seed.tables.filter((t) => t.columns.length > 0);
    assert.equal(model.tables.length, tables.length);
    tables.forEach((table, i) => {
      const imported = model.tables[i]!;
      assert.equal(imported.caption?.text, table.caption?.text);
      // Letter-spaced labels (“收 入”) are joined by the import.
      const paths = (t: Table): string[][] => t.columns.map((c) => c.path.map(squeeze));
      assert.deepEqual(paths(imported), paths(table), table.caption?.text);
      assert.deepEqual(cells(imported), cells(table), table.caption?.text);
    });
    assert.equal(result.missing.size, 0);
  });

  it('recognises numbered headings without a heading style', async () => {
    const bytes = await disclosureToDocx('---\n单位: 测试单位\n年度: 2024\n类型: 部门预算\n金额单位: 万元\n---\n\n# 第一部分 概况\n\n## 一、主要职责\n\n负责本单位的预算编制工作，共 12.50 万元。\n', { headingStyles: false });
    const model = parseDocument((await importFile(bytes, 'plain.docx')).text);
    assert.deepEqual(model.headings.map((h) => [h.level, h.text]), [[1, '第一部分 概况'], [2, '一、主要职责']]);
    assert.equal(model.paragraphs[0]?.text, '负责本单位的预算编制工作，共 12.50 万元。');
  });
});
