/**
 * Dev aid: per-line CPU cost of each stage on synthetic documents of growing size (bench/corpus.ts) — lexer,
 * syntax tree, model, each rule — to find what grows faster than the line count. Bundle it for
 * production-like numbers:
 *   npx esbuild scripts/dev/scaleTimes.ts --bundle --platform=node --format=cjs --outfile=/tmp/scale.cjs
 *   node /tmp/scale.cjs "$PWD" [sizes, default 1000,10000,100000]
 */
import { lex, parseSyntaxTree } from '../../server/src/syntax/parser';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { buildDocument } from '../../server/src/model/buildModel';
import { allRules } from '../../server/src/rules/registry';
import { runRules } from '../../server/src/rules/runner';
import type { RuleContext } from '../../server/src/rules/types';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { syntheticDocument } from '../../bench/corpus';

const root = process.argv[2] ?? process.cwd();
const sizes = (process.argv[3] ?? '1000,10000,100000').split(',').map(Number);
/** Runs per size: enough lines in all for a stable median-free total (about a million lines per size). */
const runsFor = (lines: number): number => Math.max(3, Math.round(300000 / lines));

/** CPU time of the process (the collector's helper threads count) in milliseconds: a loaded machine's waits do not. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timesFor(text: string, runs: number): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (key: string, ms: number): void => void totals.set(key, (totals.get(key) ?? 0) + ms);
  for (let run = -1; run < runs; run++) {
    const measured = run >= 0;
    let t = cpuNow();
    lex(text);
    if (measured) add('lex', cpuNow() - t);
    t = cpuNow();
    const lineIndex = new LineIndex(text);
    const tree = parseSyntaxTree(text, lineIndex);
    if (measured) add('syntax tree', cpuNow() - t);
    t = cpuNow();
    const document = buildDocument(text, lineIndex, [tree], 'bench');
    if (measured) add('model', cpuNow() - t);
    // As stageTimes.ts: a shared value is charged to the first rule that asks for it.
    const timed = allRules.map((rule) => ({
      ...rule,
      check(context: RuleContext) {
        const started = cpuNow();
        try {
          rule.check(context);
        } finally {
          if (measured) add(rule.id, cpuNow() - started);
        }
      },
    }));
    t = cpuNow();
    runRules(document, timed, DEFAULT_SETTINGS);
    if (measured) add('rules', cpuNow() - t);
  }
  for (const [key, ms] of totals) totals.set(key, ms / runs);
  return totals;
}

// Warm-up (V8 optimises after many calls): the smallest document, as often as the bench's seed warm-up.
const smallest = syntheticDocument(root, Math.min(...sizes));
timesFor(smallest, 30);
const bySize = sizes.map((lines) => timesFor(syntheticDocument(root, lines), runsFor(lines)));
const keys = [...bySize[bySize.length - 1]!].sort((a, b) => b[1] - a[1]).map(([key]) => key);
const perLine = (size: number, key: string): string => (((bySize[size]!.get(key) ?? 0) / sizes[size]!) * 1000).toFixed(3);
console.log(['µs/line'.padEnd(12), ...sizes.map((s) => String(s).padStart(9)), '  growth'].join(''));
for (const key of keys.slice(0, 40)) {
  const first = Number(perLine(0, key));
  const last = Number(perLine(sizes.length - 1, key));
  console.log([key.padEnd(12), ...sizes.map((_, i) => perLine(i, key).padStart(9)), `  ${first > 0 ? (last / first).toFixed(2) : '-'}×`].join(''));
}
