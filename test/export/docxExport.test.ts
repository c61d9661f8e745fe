/**
 * The Word export, read back: every heading, paragraph, caption and figure of each seed in order and
 * exactly as written; merged header cells merged; header rows repeated; wide tables on landscape pages;
 * figures right-aligned; East Asian fonts declared; page numbers in the footer.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exportDocx } from '../../server/src/export/docx/buildDocx';
import { MAX_PORTRAIT_COLUMNS } from '../../server/src/export/docx/pageLayout';
import { headerSpansOf, tableWidth } from '../../server/src/model/mergedCells';
import { parseDocument } from '../../server/src/model/buildModel';
import type { DisclosureDocument, Table } from '../../server/src/model/types';
import { stripBindings } from '../../server/src/preview/prose';
import { doc, listFixtureFiles } from '../helpers/fixtures';
import { escapeXml, htmlTables, readBack, sectionsOf, type ReadBack } from './docxReadBack';

interface Exported {
  document: DisclosureDocument;
  back: ReadBack;
}

const cache = new Map<string, Promise<Exported>>();
function exported(path: string): Promise<Exported> {
  let result = cache.get(path);
  if (!result) {
    const document = parseDocument(readFileSync(path, 'utf8'), `file://${path}`);
    result = exportDocx(document).then(async (bytes) => ({ document, back: await readBack(bytes) }));
    cache.set(path, result);
  }
  return result;
}

/** What a reader must find, in document order: headings, paragraphs, captions, every figure. */
function expectedTexts(document: DisclosureDocument): string[] {
  const texts: string[] = [];
  for (const block of document.blocks) {
    if (block.type === 'heading') texts.push(block.text);
    else if (block.type === 'paragraph') texts.push(stripBindings(block.text));
    else if (block.type === 'table') {
      if (block.caption) texts.push(block.caption.text);
      for (const row of block.body) for (const cell of row.cells) if (cell.kind === 'amount' || cell.kind === 'percent') texts.push(cell.text);
      for (const note of block.notes) texts.push(note.text);
    }
  }
  return texts;
}

const tablesWithRows = (document: DisclosureDocument): Table[] => document.tables.filter((t) => t.headerRows.length + t.body.length > 0 && tableWidth(t) > 0);

const seeds = listFixtureFiles();

describe('Word export: every seed reads back', () => {
  it('has the seeds', () => assert.ok(seeds.length >= 5));
  for (const path of seeds) {
    const name = basename(path);
    it(`${name}: every heading, paragraph, caption and figure, in order, exactly as written`, async () => {
      const { document, back } = await exported(path);
      const expected = expectedTexts(document);
      assert.ok(expected.filter((t) => /\d/.test(t)).length > 50, 'the seed has figures');
      let cursor = 0;
      for (const text of expected) {
        const at = back.raw.indexOf(text, cursor);
        assert.ok(at >= 0, `“${text.slice(0, 60)}” not found after offset ${cursor} (near “${back.raw.slice(cursor, cursor + 80)}”)`);
        cursor = at + text.length;
      }
      // Paragraph by paragraph: each heading is a paragraph of its own, with its numbering.
      const paragraphs = new Set(back.raw.split('\n\n'));
      for (const heading of document.headings) assert.ok(paragraphs.has(heading.text), heading.text);
      assert.doesNotMatch(back.raw, /\{=/, 'bindings are not published');
    });

    it(`${name}: each table's header, merges and body rows, as the model has them`, async () => {
      const { document, back } = await exported(path);
      const tables = htmlTables(back.html);
      const model = tablesWithRows(document);
      assert.equal(tables.length, model.length);
      let merged = 0;
      model.forEach((table, t) => {
        const rows = tables[t]!;
        const header = rows.filter((row) => row.every((cell) => cell.header));
        assert.equal(header.length, table.headerRows.length, `${table.caption?.text}: repeated header rows`);
        const spans = headerSpansOf(table);
        header.forEach((row, r) => {
          const want = spans.filter((s) => s.row === r).sort((a, b) => a.column - b.column).map((s) => [s.text, s.columnSpan, s.rowSpan]);
          assert.deepEqual(row.map((c) => [c.text, c.colspan, c.rowspan]), want, `${table.caption?.text}: header row ${r + 1}`);
          merged += row.filter((c) => c.colspan > 1 || c.rowspan > 1).length;
        });
        const body = rows.slice(header.length);
        assert.equal(body.length, table.body.length, `${table.caption?.text}: body rows`);
        table.body.forEach((row, r) => {
          const texts = body[r]!.map((c) => c.text);
          for (const cell of row.cells) if (cell.kind === 'amount' || cell.kind === 'percent') assert.ok(texts.includes(cell.text), `${cell.text} in row ${r + 1} of ${table.caption?.text}`);
        });
      });
      assert.ok(merged > 0, 'the seed has merged header cells');
    });

    it(`${name}: wide tables on landscape pages, the others upright; headers repeat; figures right-aligned`, async () => {
      const { document, back } = await exported(path);
      const sections = sectionsOf(back.documentXml);
      for (const table of document.tables) {
        if (!table.caption) continue;
        const caption = escapeXml(table.caption.text);
        const section = sections.find((s) => s.xml.includes(`>${caption}<`));
        assert.ok(section, `caption ${table.caption.text} in some section`);
        assert.equal(section.landscape, tableWidth(table) > MAX_PORTRAIT_COLUMNS, `${table.caption.text}: ${tableWidth(table)} columns`);
      }
      const headerRows = tablesWithRows(document).reduce((n, t) => n + t.headerRows.length, 0);
      assert.equal(back.documentXml.match(/<w:tblHeader\/>/g)?.length ?? 0, headerRows);
      // Every cell holding a figure is right-aligned.
      const figures = new Set(document.tables.flatMap((t) => t.body.flatMap((r) => r.cells.filter((c) => c.kind === 'amount').map((c) => escapeXml(c.text)))));
      let checked = 0;
      for (const tc of back.documentXml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
        const text = [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        if (!figures.has(text) || /<w:tblHeader\/>/.test(tc)) continue;
        if (/<w:b\/>/.test(tc)) continue; // a header cell that happens to read like a figure
        assert.match(tc, /<w:jc w:val="(?:right|end)"\/>/, `figure ${text} right-aligned`);
        checked++;
      }
      assert.ok(checked > 20);
    });
  }
});

describe('Word export: page and fonts', () => {
  it('declares the East Asian fonts and the Chinese language, numbers the pages in the footer', async () => {
    const { back } = await exported(seeds[0]!);
    for (const font of ['仿宋', '宋体', '黑体']) assert.match(back.stylesXml, new RegExp(`w:eastAsia="${font}"`), font);
    assert.match(back.stylesXml, /w:eastAsia="zh-CN"/);
    assert.match(back.footerXml, /PAGE/);
    assert.match(back.raw, /^曾都区医疗保障服务中心\n?2023年部门预算公开\n/, 'the title from the header');
    // Each part after the first begins a page.
    const parts = back.documentXml.match(/<w:pageBreakBefore\/>/g)?.length ?? 0;
    assert.equal(parts, (await exported(seeds[0]!)).document.headings.filter((h) => h.level === 1).length - 1);
  });

  it('prints the glossary term in bold before its definition', async () => {
    const { document, back } = await exported(seeds[0]!);
    const entry = document.glossary[0]!;
    assert.ok(back.html.includes(`<strong>`) && new RegExp(`<strong>[^<]*${entry.term.replace(/[()（）]/g, '.')}[:：]?</strong>`).test(back.html), entry.term);
  });

  it('exports half-typed and junk input without failing', async () => {
    const inputs = [
      '',
      '\uFEFF# 标题\r\n\r\n表：表1 x\r\n| a | b |\r\n| 1',
      doc('表：\n|\n|---|\n| ^ | < |\n| < | ^ |\n\n\u0001\u0002 ｜ １２３．４５'),
      doc('| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 208 | x | 1,2.3 |\n'),
    ];
    for (const text of inputs) {
      const back = await readBack(await exportDocx(parseDocument(text, 'untitled:x')));
      assert.equal(typeof back.raw, 'string');
    }
  });

  it('keeps a figure exactly as written: full-width digits, separators and decimals are not reformatted', async () => {
    const text = doc('表：表1 支出总表\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 208 | 社会保障和就业支出 | １２３．４０ |\n| 210 | 卫生健康支出 | 8,132.86 |\n');
    const back = await readBack(await exportDocx(parseDocument(text, 'untitled:x')));
    assert.match(back.raw, /１２３．４０/);
    assert.match(back.raw, /8,132\.86/);
    assert.match(back.raw, /单位：万元/);
  });
});
