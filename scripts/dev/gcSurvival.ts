/**
 * Dev aid: does a checked document's model die young? Checks documents one after another and runs a
 * young-generation collection after each (nothing of the document is reachable any more by then), then states
 * what survived it and what reached the old generation, per document. A few tens of KB is the checker's own
 * caches settling; hundreds of KB means something long-lived still points into the last model (a module-level
 * WeakMap keyed by model objects, an object literal with getters, a per-document closure kept by a long-lived
 * object — V8's young-generation collector keeps all of those), and the collector copies and promotes it
 * after every document (commit 97031a0 fixed three such paths: ≈ 0.6 MB per seed).
 *
 * Usage: node --expose-gc --import tsx scripts/dev/gcSurvival.ts [--rules PREFIX,…] [--rounds N] [FOLDER]
 *   run from the checkout's root; default: the five seeds, 12 rounds; --rules checks with the rules whose ids start with a prefix only
 *   (to find which rule keeps a model). Bundle it for production-like code:
 *   npx esbuild scripts/dev/gcSurvival.ts --bundle --platform=node --format=cjs --outfile=/tmp/gcSurvival.cjs
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { checkModel } from '../../server/src/check';
import { parseDocument } from '../../server/src/model/buildModel';
import { allRules } from '../../server/src/rules/registry';
import { readSeedText, SEED_IDS } from '../../bench/corpus';

const collect = (globalThis as { gc?: (options?: { type?: 'minor' | 'major' }) => void }).gc;
if (!collect) {
  console.error('run with node --expose-gc');
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 12);
const prefixes = option('--rules')?.split(',');
const folder = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const rules = prefixes ? allRules.filter((rule) => prefixes.some((prefix) => rule.id.startsWith(prefix))) : allRules;
const texts = folder
  ? readdirSync(folder).filter((name) => name.endsWith('.disclosure')).sort().map((name) => readFileSync(join(folder, name), 'utf8'))
  : SEED_IDS.map((id) => readSeedText(process.cwd(), id));

const usedBytes = (space: string): number => getHeapSpaceStatistics().find((s) => s.space_name === space)?.space_used_size ?? 0;

/** In a function of its own, so nothing of the document is on the stack when the collector runs. */
function checkOne(text: string): void {
  checkModel(parseDocument(text, 'file:///gc-survival.disclosure'), undefined, { rules });
}

let survived = 0;
let promoted = 0;
let measured = 0;
for (let round = 0; round < rounds; round++) {
  for (const text of texts) {
    const oldBefore = usedBytes('old_space');
    checkOne(text);
    collect({ type: 'minor' });
    // The first two rounds warm up (compiled code, the checker's caches); then count.
    if (round < 2) continue;
    survived += usedBytes('new_space');
    promoted += Math.max(0, usedBytes('old_space') - oldBefore);
    measured++;
  }
}
const kb = (bytes: number): string => (bytes / measured / 1024).toFixed(0);
console.log(`${measured} checks (${rules.length} rules): after each, ${kb(survived)} KB survived in the young generation, ${kb(promoted)} KB reached the old one`);
