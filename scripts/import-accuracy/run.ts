/**
 * `npm run import-accuracy`: imports every PDF of ../shared/corpus/pdf (a -a/-b pair as one document)
 * and compares it with the hand conversion in ../shared/corpus/disclosure (compare.ts). Dev-only: reads
 * the shared corpus when present, else says so and exits 0. Prints a Markdown table (for docs/import.md);
 * `--verbose` lists the misses, `--only NAME` restricts to documents whose name contains NAME,
 * `--out DIR` writes each import there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../../server/src/import/importDocument';
import { compare } from './compare';

const root = resolve(import.meta.dirname, '..', '..');
const corpus = resolve(root, '..', 'shared', 'corpus');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const outDir = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : undefined;

if (!existsSync(join(corpus, 'pdf')) || !existsSync(join(corpus, 'disclosure'))) {
  console.log(`import-accuracy: ${corpus} not found; nothing to measure (the corpus is not part of the project).`);
  process.exit(0);
}

const pct = (m: number, t: number): string => (t === 0 ? '—' : `${((100 * m) / t).toFixed(1)} %`);
const names = readdirSync(join(corpus, 'disclosure'))
  .filter((f) => f.endsWith('.disclosure'))
  .map((f) => f.replace(/\.disclosure$/, ''))
  .filter((n) => !only || n.includes(only))
  .sort();

const totals = { cells: [0, 0], paragraphs: [0, 0], headings: [0, 0], tables: [0, 0], missing: 0, ms: 0, pages: 0 };
const rows: string[] = [];
for (const name of names) {
  const single = join(corpus, 'pdf', `${name}.pdf`);
  const pdfs = existsSync(single) ? [single] : [join(corpus, 'pdf', `${name}-a.pdf`), join(corpus, 'pdf', `${name}-b.pdf`)].filter(existsSync);
  if (pdfs.length === 0) continue;
  const started = performance.now();
  const result = await importFiles(pdfs.map((p) => ({ bytes: new Uint8Array(readFileSync(p)), name: p.split('/').pop()! })));
  const ms = performance.now() - started;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${name}.disclosure`), result.text);
  }
  const c = compare(readFileSync(join(corpus, 'disclosure', `${name}.disclosure`), 'utf8'), result.text);
  const missing = [...result.missing.values()].reduce((s, n) => s + n, 0);
  totals.cells[0]! += c.cells.matched;
  totals.cells[1]! += c.cells.total;
  totals.paragraphs[0]! += c.paragraphs.matched;
  totals.paragraphs[1]! += c.paragraphs.total;
  totals.headings[0]! += c.headings.matched;
  totals.headings[1]! += c.headings.total;
  totals.tables[0]! += c.tables.matched;
  totals.tables[1]! += c.tables.total;
  totals.missing += missing;
  totals.ms += ms;
  totals.pages += result.pageCount ?? 0;
  rows.push(
    `| ${name} | ${result.pageCount ?? ''} | ${pct(c.cells.matched, c.cells.total)} (${c.cells.matched}/${c.cells.total}) | ${pct(c.tables.matched, c.tables.total)} | ${pct(c.paragraphs.matched, c.paragraphs.total)} (${c.paragraphs.matched}/${c.paragraphs.total}) | ${pct(c.headings.matched, c.headings.total)} | ${missing} | ${Math.round(ms)} |`,
  );
  if (verbose) {
    console.error(`\n== ${name}`);
    for (const t of c.misses.tables) console.error(`  table ${t}`);
    for (const m of c.misses.cells.slice(0, 15)) console.error(`  cell  ${m}`);
    for (const p of c.misses.paragraphs.slice(0, 15)) console.error(`  para  ${p.slice(0, 100)}`);
    for (const h of c.misses.headings.slice(0, 15)) console.error(`  head  ${h}`);
    if (missing > 0) console.error(`  figures missing: ${[...result.missing.keys()].slice(0, 20).join(' ')}`);
  }
}
console.log('| document | pages | cells | tables all cells right | paragraphs | headings | figures missing | ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(
  `| **all** | ${totals.pages} | **${pct(totals.cells[0]!, totals.cells[1]!)}** (${totals.cells[0]}/${totals.cells[1]}) | ${pct(totals.tables[0]!, totals.tables[1]!)} | **${pct(totals.paragraphs[0]!, totals.paragraphs[1]!)}** (${totals.paragraphs[0]}/${totals.paragraphs[1]}) | ${pct(totals.headings[0]!, totals.headings[1]!)} | ${totals.missing} | ${Math.round(totals.ms)} |`,
);
