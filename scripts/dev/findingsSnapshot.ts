/**
 * Dev aid for changes that must not change behaviour (speed work, refactors): every finding (rule, severity,
 * range, message, fixes, related) and the fix-all result of each `.disclosure` under the given folders
 * (default: test/fixtures, and ../shared/corpus/disclosure when present), with last year's document resolved
 * as the CLI does. Writes JSON; with `--compare FILE` prints what differs from an earlier snapshot and exits 1.
 *
 * Usage: node --import tsx scripts/dev/findingsSnapshot.ts [--out FILE] [--compare FILE] [FOLDER…]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/check';
import { fixAll } from '../../server/src/fixes/fixAll';
import { LastYearResolver } from '../../server/src/lastYear/resolveLastYear';
import { nodeLastYearFiles } from '../../server/src/lastYear/nodeFiles';
import { disclosureFiles, ROOT, snapshotArguments } from './snapshotInputs';

const { out, compare, folders } = snapshotArguments(process.argv.slice(2));

/** Related locations name files by URL: written relative to the checkout, so snapshots of two worktrees compare. */
const ROOT_URL = pathToFileURL(ROOT).href;
const portable = (json: string): string => json.split(ROOT_URL).join('<root>');

const resolver = new LastYearResolver(nodeLastYearFiles());
const snapshot: Record<string, { findings: string[]; fixAll: string }> = {};
for (const path of folders.flatMap(disclosureFiles)) {
  const text = readFileSync(path, 'utf8');
  const lastYear = resolver.resolve({ text, documentPath: path });
  const options = lastYear ? { lastYear } : {};
  const findings = checkText(text, path, undefined, options).findings.map((f) =>
    portable(JSON.stringify([f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.ruleId, f.severity, f.message, f.fixes ?? [], f.related ?? []])),
  );
  const fixed = fixAll(text, undefined, options).text;
  snapshot[relative(ROOT, path)] = { findings, fixAll: createHash('sha256').update(fixed).digest('hex').slice(0, 16) };
}

const count = Object.values(snapshot).reduce((n, s) => n + s.findings.length, 0);
console.log(`${Object.keys(snapshot).length} documents, ${count} findings`);
if (out) writeFileSync(out, JSON.stringify(snapshot, null, 1));
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8')) as typeof snapshot;
  let differences = 0;
  for (const file of new Set([...Object.keys(before), ...Object.keys(snapshot)])) {
    const a = before[file];
    const b = snapshot[file];
    if (!a || !b) {
      console.log(`${file}: only in the ${a ? 'earlier' : 'new'} snapshot`);
      differences++;
      continue;
    }
    const gone = a.findings.filter((f) => !b.findings.includes(f));
    const added = b.findings.filter((f) => !a.findings.includes(f));
    for (const f of gone) console.log(`${file}: - ${f}`);
    for (const f of added) console.log(`${file}: + ${f}`);
    if (a.fixAll !== b.fixAll) console.log(`${file}: fix-all result differs`);
    differences += gone.length + added.length + (a.fixAll !== b.fixAll ? 1 : 0);
  }
  console.log(differences === 0 ? 'identical' : `${differences} differences`);
  process.exit(differences === 0 ? 0 : 1);
}
