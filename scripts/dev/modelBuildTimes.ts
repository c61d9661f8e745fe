/**
 * Dev aid: what the model build (syntax tree → DisclosureDocument) costs inside parseDocument: CPU milliseconds of
 * parseDocument minus those of the syntax tree alone (LineIndex + parseSyntaxTree), per seed and per line on
 * synthetic documents. CPU time (all threads, garbage collector included) is steadier than wall time on a
 * shared machine. Bundle it for production-like numbers:
 *   npx esbuild scripts/dev/modelBuildTimes.ts --bundle --platform=node --format=cjs --outfile=/tmp/model.cjs
 *   node /tmp/model.cjs "$PWD"            (N=rounds, LINES=10000,100000)
 */
import { parseDocument } from '../../server/src/model/buildModel';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { parseSyntaxTree } from '../../server/src/syntax/parser';
import { readSeedText, SEED_IDS, syntheticDocument } from '../../bench/corpus';

const root = process.argv[2] ?? process.cwd();
const rounds = Number(process.env.N ?? 40);
const syntaxOnly = (text: string) => parseSyntaxTree(text, new LineIndex(text));
const whole = (text: string) => parseDocument(text);

/** CPU milliseconds (user + system, every thread of the process) of `run`. */
function cpuTime(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const seeds = SEED_IDS.map((id) => readSeedText(root, id));
for (let i = 0; i < 10; i++) for (const text of seeds) whole(text);
const tree: number[] = [];
const model: number[] = [];
for (let r = 0; r < 7; r++) {
  const a = cpuTime(() => {
    for (let i = 0; i < rounds; i++) for (const text of seeds) syntaxOnly(text);
  });
  const b = cpuTime(() => {
    for (let i = 0; i < rounds; i++) for (const text of seeds) whole(text);
  });
  tree.push(a / rounds / seeds.length);
  model.push((b - a) / rounds / seeds.length);
}
console.log(`per seed (CPU ms, medians of 7): syntax tree ${median(tree).toFixed(2)}, model build ${median(model).toFixed(2)}`);

for (const lines of (process.env.LINES ?? '10000,100000').split(',').filter(Boolean).map(Number)) {
  const text = syntheticDocument(root, lines);
  whole(text);
  const a = median([0, 1, 2].map(() => cpuTime(() => syntaxOnly(text))));
  const b = median([0, 1, 2].map(() => cpuTime(() => whole(text))));
  console.log(`${lines} lines (CPU): syntax tree ${a.toFixed(0)} ms, model build ${(b - a).toFixed(0)} ms = ${(((b - a) / lines) * 1000).toFixed(1)} µs per line`);
}
