/**
 * Dev aid: warm per-stage times over the five seeds — lexer, syntax tree, model, and each rule (a shared value
 * is charged to the first rule that asks for it). Bundle it for production-like numbers:
 *   npx esbuild scripts/dev/stageTimes.ts --bundle --platform=node --format=cjs --outfile=/tmp/stages.cjs
 *   node /tmp/stages.cjs "$PWD"
 */
import { lex, parseSyntaxTree } from '../../server/src/syntax/parser';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { buildDocument } from '../../server/src/model/buildModel';
import { allRules } from '../../server/src/rules/registry';
import { runRules } from '../../server/src/rules/runner';
import type { RuleContext } from '../../server/src/rules/types';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { readSeedText, SEED_IDS } from '../../bench/corpus';

const root = process.argv[2] ?? process.cwd();
const rounds = Number(process.env.N ?? 40);
const texts = SEED_IDS.map((id) => readSeedText(root, id));
const totals = new Map<string, number>();
const add = (key: string, ms: number): void => void totals.set(key, (totals.get(key) ?? 0) + ms);
for (let round = -5; round < rounds; round++) {
  for (const text of texts) {
    let t = performance.now();
    lex(text);
    const lexMs = performance.now() - t;
    t = performance.now();
    const lineIndex = new LineIndex(text);
    const tree = parseSyntaxTree(text, lineIndex);
    const treeMs = performance.now() - t;
    t = performance.now();
    const document = buildDocument(text, lineIndex, [tree], 'bench');
    const modelMs = performance.now() - t;
    if (round >= 0) { add('lex', lexMs); add('syntax tree', treeMs); add('model', modelMs); }
    // One run over all the rules, as checkText does (values shared through RuleContext.shared are computed
    // once per document): each rule timed inside its own check, so a shared value is charged to the first
    // rule that asks for it.
    const timed = allRules.map((rule) => ({
      ...rule,
      check(context: RuleContext) {
        const started = performance.now();
        try {
          rule.check(context);
        } finally {
          if (round >= 0) add(rule.id, performance.now() - started);
        }
      },
    }));
    runRules(document, timed, DEFAULT_SETTINGS);
  }
}
const per = (ms: number): string => (ms / rounds / texts.length).toFixed(3);
const rows = [...totals].sort((a, b) => b[1] - a[1]);
let rulesTotal = 0;
for (const [key, ms] of rows) if (!['lex', 'syntax tree', 'model'].includes(key)) rulesTotal += ms;
console.log(`lex ${per(totals.get('lex')!)}  syntax tree ${per(totals.get('syntax tree')!)}  model ${per(totals.get('model')!)}  rules ${per(rulesTotal)} ms per seed`);
for (const [key, ms] of rows.slice(0, 30)) console.log(key.padEnd(12), per(ms));
