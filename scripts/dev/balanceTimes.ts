/**
 * Dev aid: milliseconds per seed of the balance rules alone (BAL/XTB/FIN identities and their findings),
 * each round on freshly parsed seeds (so no per-document memo carries over); parsing is not timed.
 * Prints wall and CPU time (the CPU time is steadier on a shared machine).
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
const run = (count: number): { wall: number; cpu: number } => {
  let wall = 0;
  let cpu = 0;
  for (let i = 0; i < count; i++) {
    for (const text of texts) {
      const document = parseDocument(text);
      const startCpu = process.cpuUsage();
      const start = performance.now();
      checkModel(document, DEFAULT_SETTINGS, { rules: balanceRules });
      wall += performance.now() - start;
      const used = process.cpuUsage(startCpu);
      cpu += (used.user + used.system) / 1000;
    }
  }
  return { wall: wall / count / texts.length, cpu: cpu / count / texts.length };
};
run(5);
const { wall, cpu } = run(rounds);
console.log(`balance rules ${wall.toFixed(3)} ms wall, ${cpu.toFixed(3)} ms CPU per seed`);
