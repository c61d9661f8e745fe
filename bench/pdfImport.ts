/**
 * PDF import timing (issue 12: a 25-page PDF imports in under 2 s). Imports, through the bundled importer
 * (dist/importer.cjs, built by `node esbuild.mjs`; else the sources), the committed fixture
 * test/fixtures/import/seed-000-excerpt.pdf and — only when the development corpus ../shared/corpus is
 * present — its 25-page js-gaoyuan-2018.pdf; without the corpus that row is skipped with a message.
 * One warm-up run (pdf.js start-up), then `runs` timed runs; median and max. Run alone with
 * `node --import tsx bench/pdfImport.ts`, or as part of `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fmt } from './stats';

interface Importer {
  importFile(bytes: Uint8Array, name: string): Promise<{ pageCount?: number }>;
}

export interface PdfImportRow {
  name: string;
  pages: number;
  runs: number;
  median: number;
  max: number;
}

async function loadImporter(root: string): Promise<{ importer: Importer; bundled: boolean }> {
  const bundle = join(root, 'dist/importer.cjs');
  if (existsSync(bundle)) return { importer: createRequire(import.meta.url)(bundle) as Importer, bundled: true };
  return { importer: (await import('../server/src/import/importDocument')) as Importer, bundled: false };
}

export async function pdfImportBench(root: string, runs = 5): Promise<{ rows: PdfImportRow[]; notes: string[] }> {
  const { importer, bundled } = await loadImporter(root);
  const notes = [bundled ? 'bundled importer (dist/importer.cjs)' : 'importer from the sources (run `node esbuild.mjs` to time the bundle)'];
  const inputs: { name: string; path: string }[] = [{ name: 'fixture seed-000-excerpt.pdf', path: join(root, 'test/fixtures/import/seed-000-excerpt.pdf') }];
  const corpusPdf = resolve(root, '..', 'shared', 'corpus', 'pdf', 'js-gaoyuan-2018.pdf');
  if (existsSync(corpusPdf)) inputs.push({ name: 'corpus js-gaoyuan-2018.pdf', path: corpusPdf });
  else notes.push('../shared/corpus not present: the 25-page corpus PDF is skipped.');
  const rows: PdfImportRow[] = [];
  for (const input of inputs) {
    const bytes = new Uint8Array(readFileSync(input.path));
    const warm = await importer.importFile(bytes.slice(), input.name);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await importer.importFile(bytes.slice(), input.name);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({ name: input.name, pages: warm.pageCount ?? 0, runs, median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! });
  }
  return { rows, notes };
}

export function pdfImportTable(rows: PdfImportRow[]): string {
  return [
    '| PDF | pages | runs | median ms | max ms | ms per page |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.pages} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.max)} | ${fmt(r.median / Math.max(1, r.pages))} |`),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const { rows, notes } = await pdfImportBench(root);
  console.log(`${pdfImportTable(rows)}\n\n${notes.join('\n')}`);
}
