/** Builds the language server bundle (as esbuild.mjs does for dist/server.cjs) into a folder, for tests that run it as a process. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildServerBundle(dir: string): Promise<string> {
  const outfile = join(dir, 'server.cjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'server/src/lsp/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
