/**
 * Dev aid: checkText over the five seeds, N rounds after a warm-up; prints milliseconds per document.
 * Bundle it and run with a profiler for production-like numbers:
 *   npx esbuild scripts/dev/profileSeeds.ts --bundle --platform=node --format=cjs --outfile=/tmp/seeds.cjs
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/seeds.cjs "$PWD" && node scripts/dev/profileSummary.mjs /tmp/prof/*.cpuprofile
 */
import { checkText } from '../../server/src/check';
import { parseDocument } from '../../server/src/model/buildModel';
import { lex } from '../../server/src/syntax/parser';
import { readSeedText, SEED_IDS } from '../../bench/corpus';

const root = process.argv[2] ?? process.cwd();
const rounds = Number(process.env.N ?? 40);
const texts = SEED_IDS.map((id) => readSeedText(root, id));
const perDocument = (fn: (text: string) => unknown): string => {
  for (let i = 0; i < 5; i++) for (const t of texts) fn(t);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of texts) fn(t);
  return ((performance.now() - start) / rounds / texts.length).toFixed(2);
};
console.log(`lex ${perDocument(lex)} ms, parse ${perDocument((t) => parseDocument(t))} ms, parse + checks ${perDocument((t) => checkText(t))} ms per seed`);
