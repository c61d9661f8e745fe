/**
 * Dev aid: milliseconds per seed of the balance rules alone (BAL/XTB/FIN identities and their findings),
 * each round on freshly parsed seeds (so no per-document memo carries over); parsing is not timed.
 *   npx esbuild scripts/dev/balanceTimes.ts --bundle --platform=node --format=cjs --outfile=/tmp/balance.cjs
 *   node /tmp/balance.cjs "$PWD"
 */
import { checkModel } from '../../server/src/check';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { parseDocument } from '../../server/src/model/buildModel';
import { balanceRules } from '../../server/src/rules/balance';
import { readSeedText, SEED_IDS } from '../../bench/corpus';

const root = process.argv[2] ?? process.cwd();
const rounds = Number(process.env.N ?? 40);
const texts = SEED_IDS.map((id) => readSeedText(root, id));
/** Per seed: the fastest and the median of `count` runs (the machine is shared: the minimum is the steady figure). */
const run = (count: number): { min: number; median: number } => {
  const times: number[][] = texts.map(() => []);
  for (let i = 0; i < count; i++) {
    texts.forEach((text, k) => {
      const document = parseDocument(text);
      const start = performance.now();
      checkModel(document, DEFAULT_SETTINGS, { rules: balanceRules });
      times[k]!.push(performance.now() - start);
    });
  }
  const mean = (pick: (sorted: number[]) => number): number =>
    times.map((list) => pick([...list].sort((a, b) => a - b))).reduce((a, b) => a + b, 0) / texts.length;
  return { min: mean((sorted) => sorted[0]!), median: mean((sorted) => sorted[sorted.length >> 1]!) };
};
run(5);
const { min, median } = run(rounds);
console.log(`balance rules: ${min.toFixed(3)} ms per seed (fastest run), ${median.toFixed(3)} ms (median)`);
