// Runs every test file under test/ with Node's own test runner (TypeScript through tsx).
// Node 20's --test does not expand globs, so the files are listed here.
// Usage: node scripts/run-tests.mjs [--editors] [filter-substring...]
//   default: every test/**/*.test.ts (needs nothing but Node: README's `npm test`)
//   --editors: every test/**/*.editor.ts, the tests that drive an installed external editor such as Neovim
//   (`npm run test:editors`; CI installs the editors first)
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const editors = args.includes('--editors');
const suffix = editors ? '.editor.ts' : '.test.ts';
const filters = args.filter((a) => a !== '--editors');

function collect(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(full).isDirectory()) files.push(...collect(full));
    else if (name.endsWith(suffix)) files.push(full);
  }
  return files;
}

const files = collect(join(root, 'test'))
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();

if (files.length === 0) {
  console.error(`no test/**/*${suffix} files found`);
  process.exit(1);
}

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
