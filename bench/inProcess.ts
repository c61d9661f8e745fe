/**
 * In-process timings (bundled by run.ts so the production code is measured, not the TypeScript loader):
 * lexer-only baseline, parse, checks, both (wall time), and the process's CPU time of both; median and p95 per
 * document. Prints JSON on stdout.
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
  /** CPU time of the process during parse + checks (median, p95): includes the garbage collector's helper threads. */
  bothCpu: [number, number];
  /** Wall time of this document's first check in the process (before any warm-up): what a cold process pays. */
  firstMs: number;
  findings: number;
}

/**
 * CPU time of the process (all threads: the garbage collector's helpers count), in milliseconds. On a
 * loaded machine it still measures this work alone, which wall time does not; on a quiet one it exceeds the
 * wall time by what the collector's helper threads did in parallel.
 */
function cpuTime(fn: () => void): number {
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

function measure(name: string, text: string, runs: number, firstMs: number): InProcessRow {
  const samples = { lex: [] as number[], parse: [] as number[], checks: [] as number[], both: [] as number[], bothCpu: [] as number[] };
  let findings = 0;
  const started = Date.now();
  for (let i = 0; i < (runs >= 10 ? 3 : runs >= 5 ? 1 : 0); i++) checkText(text); // this document's own warm-up
  let done = 0;
  for (let i = 0; i < runs && (i === 0 || Date.now() - started < BUDGET_MS); i++) {
    done++;
    samples.lex.push(wallTime(() => lex(text)));
    let document: ReturnType<typeof parseDocument> | undefined;
    samples.parse.push(wallTime(() => (document = parseDocument(text))));
    samples.checks.push(wallTime(() => (findings = checkModel(document!).length)));
    // Let go of that model before timing `both`: kept, it would be a second whole model for the collector to mark
    // while checkText builds its own — nothing a real check pays, and on a 100k-line document about 0.2 GB.
    document = undefined;
    samples.both.push(wallTime(() => checkText(text)));
    samples.bothCpu.push(cpuTime(() => checkText(text)));
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
    bothCpu: pair(samples.bothCpu),
    firstMs,
    findings,
  };
}

const root = process.argv[2] ?? process.cwd();
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/**
 * Before any document is timed, the five seeds are checked WARM_UP_ROUNDS times, as a language server that has
 * been checking for a while (V8 optimises a function only after many calls: without this, the first seed's
 * median was mostly the JIT's warm-up, 2× the others'). Each document's first check, before that warm-up, is
 * reported too (firstMs), and the batch benchmark measures cold processes, start-up included.
 */
const WARM_UP_ROUNDS = Number(process.env.BENCH_WARM_UP ?? 20);
const seedTexts = SEED_IDS.map((id) => readSeedText(root, id));
const syntheticTexts = sizes.map((lines) => syntheticDocument(root, lines));
const firstCheckMs = (text: string): number => wallTime(() => checkText(text));
const seedFirstMs = seedTexts.map(firstCheckMs);
const syntheticFirstMs = syntheticTexts.map(firstCheckMs);
for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of seedTexts) checkText(text);
const rows: InProcessRow[] = [];
SEED_IDS.forEach((id, i) => rows.push(measure(`seed ${id}`, seedTexts[i]!, Number(process.env.BENCH_RUNS ?? 30), seedFirstMs[i]!)));
sizes.forEach((lines, i) => {
  const runs = lines >= 100000 ? 3 : lines >= 10000 ? 5 : 15;
  rows.push(measure(`synthetic ${lines / 1000}k lines`, syntheticTexts[i]!, runs, syntheticFirstMs[i]!));
});
process.stdout.write(JSON.stringify(rows));
