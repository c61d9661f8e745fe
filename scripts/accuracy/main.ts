/**
 * `npm run accuracy [-- DIR]`: checks every document of DIR (default ../shared/corpus/disclosure) and every
 * project document with a truth file, matches findings to test/accuracy/truth/, prints the summary and
 * writes docs/accuracy.md. Exit 1 on any false error or any fix-all change to a figure the truth does not
 * list (CI runs it when the corpus is present); the other targets are reported.
 * Options: --no-write (do not rewrite docs/accuracy.md), --json FILE (write the per-document results as JSON).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listDocuments } from './documents';
import { evaluateDocument, sumResults, targets } from './evaluate';
import { renderReport } from './report';
import { loadTruths } from './truth';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const write = !args.includes('--no-write');
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
const dirArg = args.find((a, i) => !a.startsWith('--') && i !== jsonIndex + 1);
const corpusDir = resolve(dirArg ?? join(ROOT, '../shared/corpus/disclosure'));

const truths = loadTruths(join(ROOT, 'test/accuracy/truth'));
if (!existsSync(corpusDir)) console.error(`(no corpus at ${corpusDir}: only the project's own documents are checked)`);
const documents = listDocuments(ROOT, corpusDir, truths);
const results = documents.map(evaluateDocument);
const totals = sumResults(results);
const measured = targets(results, totals);

if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results.map((r) => ({ ...r, falseFindings: r.falseFindings.map((m) => ({ line: m.line, rule: m.finding.ruleId, severity: m.finding.severity, message: m.finding.message })) })), null, 1));
for (const r of results) {
  const c = r.counts;
  console.log(
    `${r.name.padEnd(36)} error ${c.error.all}/${c.error.false} warning ${c.warning.all}/${c.warning.false} info ${c.information.all}/${c.information.false}  MAJOR ${r.recall.MAJOR.found}/${r.recall.MAJOR.all}${r.hasTruth ? '' : '  (no truth file)'}`,
  );
}
for (const r of results) for (const m of r.falseFindings.filter((x) => x.finding.severity === 'error')) console.log(`FALSE ERROR ${r.name}:${m.line} ${m.finding.ruleId} ${m.finding.message}`);
for (const r of results) for (const c of r.fixChanges.filter((x) => !x.allowed)) console.log(`WRONG FIX ${r.name}:${c.line} ${c.before} → ${c.after}`);
for (const t of measured) console.log(`${t.met ? 'ok  ' : 'FAIL'} ${t.name}: ${t.value}`);
if (write) writeFileSync(join(ROOT, 'docs/accuracy.md'), renderReport(results, totals, measured) + '\n');
const blocking = totals.counts.error.false > 0 || totals.wrongFixChanges > 0;
process.exit(blocking ? 1 : 0);
