/**
 * The worker pool, end to end through the bundle (dist/cli.cjs re-enters itself as the worker): built
 * here from the current source into a temporary folder with the options of esbuild.mjs, then run as a
 * child process on a batch — same output as one job, in input order, a progress bar only on a terminal.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { SEED_IDS, doc, seedPath } from '../helpers/fixtures';
import { runCli, scratch } from './cliHarness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const out = scratch();
const bundle = join(out, 'dist', 'cli.cjs');

function cli(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('disclosure-check worker pool (bundle)', () => {
  const batch = scratch();
  const files: string[] = [];
  before(async () => {
    // The same options as the cli entry of esbuild.mjs.
    await esbuild.build({
      entryPoints: [join(ROOT, 'server/src/cli/main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      banner: { js: "#!/usr/bin/env node\nvar __disclosureCliUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { __DISCLOSURE_CLI_BUNDLE__: 'true', 'import.meta.url': '__disclosureCliUrl' },
    });
    // package.json and docs/rules.md beside dist/, as in the repository (version, helpUri).
    copyFileSync(join(ROOT, 'package.json'), join(out, 'package.json'));
    mkdirSync(join(out, 'docs'), { recursive: true });
    copyFileSync(join(ROOT, 'docs/rules.md'), join(out, 'docs/rules.md'));
    for (let i = 0; i < 7; i++) {
      const id = SEED_IDS[i % SEED_IDS.length]!;
      const file = join(batch, `doc-${String(i).padStart(2, '0')}.disclosure`);
      if (i === 3) writeFileSync(file, Buffer.from([0, 0, 0, 1, 2, 3]));
      else copyFileSync(seedPath(id), file);
      files.push(file);
    }
    writeFileSync(join(batch, 'small.disclosure'), doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n'));
  });
  it('gives the same report with 2 workers as with 1, in input order, and checks past an unreadable file', () => {
    const one = cli(['-f', 'json', '--jobs', '1', batch]);
    const two = cli(['-f', 'json', '--jobs', '2', batch]);
    assert.equal(one.err, '');
    assert.equal(two.err, '');
    assert.equal(two.code, 2);
    assert.equal(two.out, one.out);
    const seen = [...new Set((JSON.parse(two.out) as Array<{ file: string; code: string }>).map((f) => f.file))];
    assert.deepEqual(seen, [...seen].sort());
    assert.ok(seen.some((f) => f.endsWith('doc-03.disclosure')));
    assert.ok(seen.some((f) => f.endsWith('doc-05.disclosure')), 'files after the unreadable one are checked');
    assert.ok(seen.some((f) => f.endsWith('small.disclosure')));
  });
  it('gives the same text with a pool, and no progress bar or colours when piped', () => {
    for (const format of ['text']) {
      const one = cli(['-f', format, '-j', '1', batch]);
      const two = cli(['-f', format, '-j', '2', batch]);
      assert.equal(two.out, one.out, format);
      assert.equal(two.err, '', 'no progress bar on a pipe');
      assert.doesNotMatch(two.out, /\u001b\[/);
    }
  });
  it('reads standard input and exits 1 on an error, 0 on a clean document', () => {
    const broken = cli(['-'], { input: doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n') });
    assert.equal(broken.code, 1);
    assert.match(broken.out, /^-:11:7 error SYN009 /);
    assert.equal(cli(['-'], { input: doc('正文。\n') }).code, 0);
    assert.equal(cli(['--format', 'xml', '-']).code, 2);
  });
  it('also runs its workers from source (tsx registers itself in each worker)', async () => {
    const small = scratch({ 'a.disclosure': doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n'), 'b.disclosure': doc('正文。\n') });
    const pooled = await runCli(['-f', 'json', '--jobs', '2', small], { cwd: small });
    const single = await runCli(['-f', 'json', '--jobs', '1', small], { cwd: small });
    assert.equal(pooled.out, single.out);
    assert.deepEqual((JSON.parse(pooled.out) as Array<{ file: string; code: string }>).map((f) => [f.file, f.code]), [['a.disclosure', 'SYN009']]);
  });
  it('runs the seeds as the README shows (the bundle finds its package for --version)', () => {
    const result = cli(['--version']);
    assert.equal(result.code, 0);
    assert.match(result.out, /^disclosure-check \d+\.\d+\.\d+/);
    assert.ok(files.length > 0);
  });
});
