/** Runs `disclosure-check` in-process with a fake terminal, and builds scratch folders for the tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type CliIo } from '../../server/src/cli/run';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * In the main thread (`--jobs 1` unless the test says otherwise): from source, every worker would load
 * the checker through tsx again, which takes seconds. The pool is tested through the bundle (pool.test.ts).
 */
export async function runCli(args: string[], io: Partial<CliIo> = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const jobs = args.some((a) => a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) ? [] : ['--jobs', '1'];
  const code = await run([...jobs, ...args], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: {},
    ...io,
  });
  return { code, out, err };
}

/** A fresh temporary folder with the given files (relative path → content). */
export function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
