/** Dev aid: CPU time of each rule on a synthetic document of N lines (bench/corpus.ts), slowest first. */
import { syntheticDocument } from '../../bench/corpus';
import { parseDocument } from '../../server/src/model/buildModel';
import { allRules } from '../../server/src/rules/registry';
import { runRules } from '../../server/src/rules/runner';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';

const lines = Number(process.argv[2] ?? 10000);
const document = parseDocument(syntheticDocument(new URL('../../', import.meta.url).pathname, lines), 'bench');
const times: Array<[string, number]> = [];
for (const rule of allRules) {
  const started = performance.now();
  runRules(document, [rule], DEFAULT_SETTINGS);
  times.push([rule.id, performance.now() - started]);
}
times.sort((a, b) => b[1] - a[1]);
for (const [id, ms] of times.slice(0, 6)) console.log(id, ms.toFixed(0));
