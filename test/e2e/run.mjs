// Runs the real-editor tests (code-server + Chromium) one file at a time.
// Usage: node test/e2e/run.mjs [filter-substring...]      (the harness probe: node test/e2e/run.mjs --probe)
// Picks up test/e2e/**/*.e2e.ts, which scripts/run-tests.mjs (npm test) does not: these need
// `bash scripts/setup-code-server.sh` first and take tens of seconds each.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const probe = args.includes('--probe');
const filters = args.filter((a) => a !== '--probe');

if (!existsSync(join(root, '.cache', 'code-server', '.installed-4.100.3')) || !existsSync('/usr/bin/chromium')) {
  console.error('code-server or Chromium is not installed: run  bash scripts/setup-code-server.sh  first');
  process.exit(1);
}

function collect(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(full).isDirectory()) files.push(...collect(full));
    else if (name.endsWith('.e2e.ts')) files.push(full);
  }
  return files;
}

const files = probe
  ? ['test/e2e/harness.probe.ts']
  : collect(here)
      .map((f) => relative(root, f))
      .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
      .sort();

if (files.length === 0) {
  console.error('no test/e2e/**/*.e2e.ts files found (the harness probe runs with --probe)');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
