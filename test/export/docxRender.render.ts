/**
 * The Word export as LibreOffice lays it out (run by `npm run test:docx-render`, after
 * scripts/render-docx.sh has rendered every seed to PDF and PNG; not part of `npm test`, as it needs
 * LibreOffice and poppler): every page rendered, wide tables on landscape pages, every figure on one
 * line (a figure broken over two lines in its cell would not be found whole in the PDF's text), every
 * heading present.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_PORTRAIT_COLUMNS } from '../../server/src/export/docx/pageLayout';
import { tableWidth } from '../../server/src/model/mergedCells';
import { parseDocument } from '../../server/src/model/buildModel';
import { listFixtureFiles } from '../helpers/fixtures';

const OUT = process.env.DOCX_RENDER_DIR ?? join(process.cwd(), 'test-artifacts', 'docx-render');

function pdfPages(pdf: string): Array<{ text: string; landscape: boolean }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  return sizes.map((landscape, i) => ({ text: pages[i] ?? '', landscape }));
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('Word export rendered by LibreOffice', () => {
  for (const source of listFixtureFiles()) {
    const stem = basename(source, '.disclosure');
    it(`${stem}: every page rendered; wide tables landscape; figures whole; headings present`, () => {
      const pdf = join(OUT, `${stem}.pdf`);
      assert.ok(existsSync(pdf), `${pdf}: run bash scripts/render-docx.sh first`);
      const pages = pdfPages(pdf);
      assert.ok(pages.length >= 5, `${pages.length} pages`);
      const pngs = readdirSync(OUT).filter((f) => f.startsWith(`${stem}-page-`) && f.endsWith('.png'));
      assert.equal(pngs.length, pages.length, 'one PNG per page');
      for (const png of pngs) assert.ok(readFileSync(join(OUT, png)).subarray(1, 4).toString() === 'PNG');

      const document = parseDocument(readFileSync(source, 'utf8'), 'file://' + source);
      const all = squeeze(pages.map((p) => p.text).join(''));
      for (const heading of document.headings) assert.ok(all.includes(squeeze(heading.text)), `heading ${heading.text}`);
      // Captions in document order: the prose may name a table before it comes.
      let from = 0;
      for (const table of document.tables) {
        const caption = table.caption ? squeeze(table.caption.text) : undefined;
        if (caption) {
          const at = pages.findIndex((p, i) => i >= from && squeeze(p.text).includes(caption));
          assert.ok(at >= 0, `caption ${table.caption!.text}`);
          from = at;
          const page = pages[at]!;
          assert.equal(page.landscape, tableWidth(table) > MAX_PORTRAIT_COLUMNS, `${table.caption!.text}: orientation`);
        }
      }
      // Every figure printed whole as often as the tables hold it (a figure wrapped inside its cell is
      // split over two lines of the PDF's text and no longer counts).
      const text = pages.map((p) => p.text).join('\n');
      const wanted = new Map<string, number>();
      for (const table of document.tables) {
        if (table.kind === 'performance') continue;
        for (const row of table.body) for (const cell of row.cells) if (cell.kind === 'amount') wanted.set(cell.text, (wanted.get(cell.text) ?? 0) + 1);
      }
      for (const [figure, count] of wanted) {
        const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const found = text.match(new RegExp(`(?<![\\d.,])${escaped}(?![\\d.,])`, 'g'))?.length ?? 0;
        assert.ok(found >= count, `${figure}: ${count} cells, ${found} whole in the PDF`);
      }
    });
  }
});
