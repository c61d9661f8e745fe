// PDF import on a small PDF made from seed 000 (test/fixtures/import/README.md): headings, paragraphs,
// table cells and every figure come back; the text parses without syntax errors.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile, type ImportResult } from '../../server/src/import/importDocument';
import { figureCounts } from '../../server/src/import/figureAudit';
import { parseDocument } from '../../server/src/model/buildModel';
import type { Block, Table } from '../../server/src/model/types';
import { EXCERPT } from '../fixtures/import/excerpt';

const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');

const seed = parseDocument(readFileSync(fixture('seeds/000.disclosure'), 'utf8'));
const excerpt: Block[] = seed.blocks.filter((block, index) => EXCERPT(block, index, seed.blocks));

function cellKeys(table: Table): string[] {
  return table.body.flatMap((row) =>
    row.cells.filter((cell) => cell.kind === 'amount').map((cell) => `${squeeze(`${row.code ?? ''}${row.label}`)}§${table.columns[cell.column]?.path.join('/')}§${cell.text}`),
  );
}

describe('PDF import (seed 000 excerpt rendered by LibreOffice)', () => {
  let result: ImportResult;
  before(async () => {
    result = await importFile(new Uint8Array(readFileSync(fixture('import/seed-000-excerpt.pdf'))), 'seed-000-excerpt.pdf');
  });

  it('writes text that parses without syntax errors and infers the metadata', () => {
    const model = parseDocument(result.text);
    assert.deepEqual(model.syntaxFindings.filter((f) => f.severity === 'error'), []);
    assert.equal(model.meta.unitName, '曾都区医疗保障服务中心');
    assert.equal(model.meta.year, 2023);
    assert.equal(model.meta.amountUnit, '万元');
  });

  it('finds every heading and every paragraph of the source', () => {
    const model = parseDocument(result.text);
    const headings = new Set(model.headings.map((h) => squeeze(h.text)));
    const paragraphs = new Set(model.paragraphs.map((p) => squeeze(p.text)));
    for (const block of excerpt) {
      if (block.type === 'heading') assert.ok(headings.has(squeeze(block.text)), `heading ${block.text}`);
      if (block.type === 'paragraph') assert.ok(paragraphs.has(squeeze(block.text)), `paragraph ${block.text.slice(0, 40)}`);
    }
  });

  it('rebuilds each table: caption, unit, multi-level header and every cell under its row and column', () => {
    const model = parseDocument(result.text);
    const tables = excerpt.filter((b): b is Table => b.type === 'table');
    assert.equal(model.tables.length, tables.length);
    tables.forEach((table, i) => {
      const imported = model.tables[i]!;
      assert.equal(imported.caption?.text, table.caption?.text);
      assert.equal(imported.unit, table.unit);
      assert.deepEqual(imported.columns.map((c) => c.path), table.columns.map((c) => c.path));
      assert.deepEqual(cellKeys(imported).sort(), cellKeys(table).sort());
    });
  });

  it('loses and changes no figure', () => {
    assert.equal(result.missing.size, 0);
    const have = figureCounts(result.text);
    for (const block of excerpt) {
      const text = block.type === 'table' ? block.body.flatMap((r) => r.cells.map((c) => c.text)).join(' ') : 'text' in block ? block.text : '';
      for (const [figure] of figureCounts(text)) assert.ok((have.get(figure) ?? 0) > 0, `figure ${figure}`);
    }
  });

  it('names the source page of every block', () => {
    const tableLine = result.text.split('\n').findIndex((line) => line.startsWith('表：附表 4-3'));
    assert.ok(tableLine > 0);
    assert.ok((result.pages[tableLine] ?? 0) >= 2);
  });
});
