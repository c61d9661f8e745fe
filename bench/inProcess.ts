/**
 * In-process timings (bundled by run.ts so the production code is measured, not the TypeScript loader):
 * lexer-only baseline, parse, checks, both; median and p95 per document. Prints JSON on stdout.
 * Usage: node inprocess.cjs <repo root>
 */
import { lex } from '../server/src/syntax/parser';
import { parseDocument } from '../server/src/model/buildModel';
import { checkModel, checkText } from '../server/src/check';
import { readSeedText, SEED_IDS, syntheticDocument } from './corpus';
import { median, p95 } from './stats';

export interface InProcessRow {
  name: string;
  lines: number;
  bytes: number;
  runs: number;
  lex: [number, number];
  parse: [number, number];
  checks: [number, number];
  both: [number, number];
  /** Wall time of parse + checks (median, p95). */
  bothWall: [number, number];
  findings: number;
}

/**
 * CPU time of the process (all threads: the garbage collector's helpers count), in milliseconds. On a
 * quiet machine it equals the wall time; on a loaded one (other processes taking the cores) it still
 * measures this work alone, which wall time does not. The wall time of parse + checks is kept beside it.
 */
function time(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function wallTime(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Stops repeating once a document has used this much time (at least one run always completes). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 120000);

function measure(name: string, text: string, runs: number): InProcessRow {
  const samples = { lex: [] as number[], parse: [] as number[], checks: [] as number[], both: [] as number[], bothWall: [] as number[] };
  let findings = 0;
  const started = Date.now();
  for (let i = 0; i < (runs >= 10 ? 3 : runs >= 5 ? 1 : 0); i++) checkText(text); // warm-up
  let done = 0;
  for (let i = 0; i < runs && (i === 0 || Date.now() - started < BUDGET_MS); i++) {
    done++;
    samples.lex.push(time(() => lex(text)));
    let document: ReturnType<typeof parseDocument> | undefined;
    samples.parse.push(time(() => (document = parseDocument(text))));
    samples.checks.push(time(() => (findings = checkModel(document!).length)));
    samples.both.push(time(() => checkText(text)));
    samples.bothWall.push(wallTime(() => checkText(text)));
  }
  const pair = (s: number[]): [number, number] => [median(s), p95(s)];
  return {
    name,
    lines: text.split('\n').length,
    bytes: Buffer.byteLength(text, 'utf8'),
    runs: done,
    lex: pair(samples.lex),
    parse: pair(samples.parse),
    checks: pair(samples.checks),
    both: pair(samples.both),
    bothWall: pair(samples.bothWall),
    findings,
  };
}

const root = process.argv[2] ?? process.cwd();
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const rows: InProcessRow[] = [];
for (const id of SEED_IDS) rows.push(measure(`seed ${id}`, readSeedText(root, id), Number(process.env.BENCH_RUNS ?? 30)));
for (const lines of sizes) {
  const runs = lines >= 100000 ? 3 : lines >= 10000 ? 5 : 15;
  rows.push(measure(`synthetic ${lines / 1000}k lines`, syntheticDocument(root, lines), runs));
}
process.stdout.write(JSON.stringify(rows));
