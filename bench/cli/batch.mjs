// Batch benchmark of disclosure-check (issue 7): N seed-sized documents — synthetic copies of the five
// seed fixtures with varied figures — generated into a temporary folder and checked end to end through
// the bundled CLI (dist/cli.cjs: read, decode, parse, every rule, JSON report), once with one worker and
// once with one per core. Documents per second go into the cli-bench block of bench/results.md.
//
// Usage: node esbuild.mjs && node bench/cli/batch.mjs [--count 1000] [--no-write] [--overhead] [--bundle dist/cli.cjs]
// --overhead also runs checkText alone on the same documents (bench/cli/checkOnly.ts, one fresh process)
// and states what the CLI costs per document besides it; --bundle measures another build (A/B).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceLoopMs } from '../referenceLoop.mjs';

const root = new URL('../../', import.meta.url).pathname;
const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--count') + 1]) > 0 && args.includes('--count') ? Number(args[args.indexOf('--count') + 1]) : 1000;
const write = !args.includes('--no-write');
const overhead = args.includes('--overhead');
const bundle = args.includes('--bundle') ? args[args.indexOf('--bundle') + 1] : join(root, 'dist/cli.cjs');
if (!existsSync(bundle)) {
  console.error('dist/cli.cjs is missing: run `node esbuild.mjs` first');
  process.exit(2);
}

/** mulberry32: repeatable variation. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIGURE = /(?<=\|\s*)-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=\s*\|)|(?<=\|\s*)-?\d+(?:\.\d+)?(?=\s*\|)/g;

/** A copy of a seed with a few table figures changed (so each copy has its own findings). */
function vary(text, rand) {
  let n = 0;
  return text.replace(FIGURE, (figure) => {
    n++;
    if (rand() > 0.02 || figure.length < 3 || /^\d{3,7}$/.test(figure)) return figure; // leave codes alone
    const decimals = figure.includes('.') ? figure.split('.')[1].length : 0;
    const value = Number(figure.replace(/,/g, '')) + (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 100));
    const fixed = Math.abs(value).toFixed(decimals);
    const grouped = figure.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
    return (value < 0 ? '-' : '') + grouped;
  });
}

const seedsDir = join(root, 'test/fixtures/seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.disclosure')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'disclosure-bench-'));
const rand = random(7);
let bytes = 0;
for (let i = 0; i < count; i++) {
  const text = vary(seeds[i % seeds.length], rand);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(dir, `doc-${String(i).padStart(4, '0')}.disclosure`), text);
}

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux; else NaN). */
function childrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // cutime and cstime are fields 16 and 17 of stat (14 and 15 after the name), in USER_HZ (100) ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

function measure(jobs) {
  const cpuBefore = childrenCpuSeconds();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bundle, '--format', 'json', '--jobs', String(jobs), dir], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    console.error(result.stderr);
    process.exit(2);
  }
  const findings = JSON.parse(result.stdout);
  return { jobs, seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, perSecond: count / seconds, findings: findings.length };
}

const cores = availableParallelism();
const loadStart = (await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ');
const referenceMs = referenceLoopMs();
const single = measure(1);
const all = measure(cores);
const twoWorkers = cores >= 2 ? (cores === 2 ? all : measure(2)) : undefined;

/** checkText alone on the same documents (bundled like the CLI), and what the CLI adds per document. */
async function overheadLines() {
  const esbuild = await import('esbuild');
  const script = join(dir, 'checkOnly.cjs');
  await esbuild.build({ entryPoints: [join(root, 'bench/cli/checkOnly.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: script, logLevel: 'error' });
  const cpuBefore = childrenCpuSeconds();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = childrenCpuSeconds() - cpuBefore;
  const only = JSON.parse(result.stdout);
  const perDoc = (ms) => (ms / count).toFixed(2);
  return [
    `checkText alone (one process, cold, same documents): ${perDoc(only.checkTextCpuMs)} ms CPU per document (process: ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU).`,
    `Besides checkText, per document: one worker ${perDoc(single.cpuSeconds * 1000 - only.checkTextCpuMs)} ms CPU / ${perDoc(single.seconds * 1000 - only.checkTextWallMs)} ms wall;` +
      ` ${all.jobs} workers ${perDoc(all.cpuSeconds * 1000 - only.checkTextCpuMs)} ms CPU (all threads, start-up included).`,
  ];
}
const overheadText = overhead ? await overheadLines() : [];
rmSync(dir, { recursive: true, force: true });

const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const load = (await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ');
const block = `<!-- cli-bench:start -->
## Batch checking (disclosure-check)

\`node esbuild.mjs && node bench/cli/batch.mjs\` — ${count} seed-sized documents (synthetic copies of the
five seeds, about ${Math.round(bytes / count / 1024)} KB each, a few figures varied per copy) checked end to end
through \`dist/cli.cjs --format json\` (start-up, reading, decoding, parsing, every rule, the report).

| run | workers | seconds | CPU seconds | documents / second | findings |
|---|---:|---:|---:|---:|---:|
| one core | ${single.jobs} | ${single.seconds.toFixed(1)} | ${single.cpuSeconds.toFixed(1)} | ${single.perSecond.toFixed(1)} | ${single.findings} |
| all cores | ${all.jobs} | ${all.seconds.toFixed(1)} | ${all.cpuSeconds.toFixed(1)} | ${all.perSecond.toFixed(1)} | ${all.findings} |
${overheadText.length > 0 ? `\n${overheadText.join('\n')}\n` : ''}

Target: ≥ 200 documents/s with 2 workers, start-up included — ${twoWorkers ? `${twoWorkers.perSecond.toFixed(1)} documents/s: ${twoWorkers.perSecond >= 200 ? 'met' : '**not met**'}` : 'not measured (fewer than 2 cores)'}.

Machine: ${cpu}, ${cores} cores; Node ${process.version}; ${date}; load average at the start ${loadStart}, at the end ${load};
reference loop (\`for (let i = 0; i < 1e8; i++) s += i\` inside a function) ${referenceMs.toFixed(0)} ms.
<!-- cli-bench:end -->`;

console.log(block);
if (write) {
  const file = join(root, 'bench/results.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const pattern = /<!-- cli-bench:start -->[\s\S]*?<!-- cli-bench:end -->/;
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current}${current && !current.endsWith('\n') ? '\n' : ''}${current ? '\n' : ''}${block}\n`;
  writeFileSync(file, next);
  console.log(`written to ${file}`);
}
