/**
 * Where the checker itself lives (the repository or the installed package): for its version and the
 * absolute address of docs/rules.md used as the SARIF rules' helpUri. Works from source (tsx) and from
 * the bundle (esbuild defines import.meta.url for dist/cli.cjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findPackageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs', 'rules.md'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let cached: { version: string; rulesDocUrl?: string } | undefined;

export function packageInfo(): { version: string; rulesDocUrl?: string } {
  if (cached) return cached;
  const root = findPackageRoot();
  let version = '0.0.0';
  if (root) {
    try {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
      if (typeof pkg.version === 'string') version = pkg.version;
    } catch {
      // keep the fallback version
    }
  }
  cached = root ? { version, rulesDocUrl: pathToFileURL(join(root, 'docs', 'rules.md')).href } : { version };
  return cached;
}
