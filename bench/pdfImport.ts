/**
 * PDF import timing (issue 12: a 25-page PDF imports in under 2 s). Imports, through the bundled importer
 * (dist/importer.cjs, built by `node esbuild.mjs`; else the sources), the committed fixture
 * test/fixtures/import/seed-000-excerpt.pdf and — only when the development corpus ../shared/corpus is
 * present — its 25-page js-gaoyuan-2018.pdf; without the corpus that row is skipped with a message.
 * One warm-up run (pdf.js start-up), then `runs` timed runs; median and max. The target (issue 14:
 * an imported 25-page PDF *checked* end to end under 2 s) is timed separately, through disclosure-check in
 * fresh processes (pdfEndToEndBench). Run alone with `node --import tsx bench/pdfImport.ts`, or as part of
 * `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './stats';

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
  const corpus = corpusPdf(root);
  if (corpus) inputs.push({ name: 'corpus js-gaoyuan-2018.pdf', path: corpus });
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

export interface PdfEndToEndRow {
  name: string;
  /** The first run, without the importer's code cache (a user's very first PDF). */
  firstMs: number;
  runs: number;
  median: number;
  max: number;
}

/** The corpus's 25-page PDF when the development corpus is present (the target's document). */
function corpusPdf(root: string): string | undefined {
  const path = resolve(root, '..', 'shared', 'corpus', 'pdf', 'js-gaoyuan-2018.pdf');
  return existsSync(path) ? path : undefined;
}

/**
 * The target as a user meets it: `disclosure-check -q --format json FILE.pdf` in a fresh process (Node
 * start-up, the CLI and importer bundles, pdf.js, import, parse, checks, report), wall time. The first run
 * starts with an empty code cache (DISCLOSURE_CACHE_DIR: a temporary folder) and writes it; the timed runs
 * after it use it, as every later run of a user does. Needs the bundles (`node esbuild.mjs`).
 */
export function pdfEndToEndBench(root: string, runs = 5): { rows: PdfEndToEndRow[]; notes: string[] } {
  const cli = join(root, 'dist/cli.cjs');
  if (!existsSync(cli)) return { rows: [], notes: ['dist/cli.cjs missing: run `node esbuild.mjs` to time the end-to-end check.'] };
  const inputs: { name: string; path: string }[] = [{ name: 'fixture seed-000-excerpt.pdf', path: join(root, 'test/fixtures/import/seed-000-excerpt.pdf') }];
  const corpus = corpusPdf(root);
  if (corpus) inputs.push({ name: 'corpus js-gaoyuan-2018.pdf', path: corpus });
  const rows: PdfEndToEndRow[] = [];
  for (const input of inputs) {
    const cache = mkdtempSync(join(tmpdir(), 'disclosure-code-cache-'));
    try {
      const once = (): number => {
        const started = performance.now();
        const result = spawnSync(process.execPath, [cli, '-q', '--format', 'json', input.path], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
          env: { ...process.env, DISCLOSURE_CACHE_DIR: cache },
        });
        const ms = performance.now() - started;
        if (result.status !== 0 && result.status !== 1) throw new Error(`disclosure-check ${input.name}: exit ${result.status}\n${result.stderr}`);
        return ms;
      };
      const firstMs = once();
      const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
      rows.push({ name: input.name, firstMs, runs, median: median(times), max: times[times.length - 1]! });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  return { rows, notes: corpus ? [] : ['../shared/corpus not present: the 25-page corpus PDF is skipped.'] };
}

export function pdfEndToEndTable(rows: PdfEndToEndRow[]): string {
  return [
    '| PDF | first run ms (no code cache) | runs | median ms | max ms |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.firstMs)} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.max)} |`),
  ].join('\n');
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
  const endToEnd = pdfEndToEndBench(root);
  console.log(`\n${pdfEndToEndTable(endToEnd.rows)}\n\n${endToEnd.notes.join('\n')}`);
}
