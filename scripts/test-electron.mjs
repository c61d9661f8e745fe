// Runs the extension-host suite (test/e2e/electron/extensionHost.cjs) in desktop VS Code, downloaded by
// @vscode/test-electron. Needs a machine that can download VS Code (not these CI machines: they use the
// code-server suite, `npm run test:e2e`). Usage: npm run test:electron   [VSCODE_VERSION=1.90.0]
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'disclosure-electron-'));
copyFileSync(join(root, 'test/fixtures/seeds/000.disclosure'), join(workspace, 'seed.disclosure'));
writeFileSync(join(workspace, '.vscode-settings-note.txt'), 'workspace for scripts/test-electron.mjs\n');

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test/e2e/electron/extensionHost.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale=zh-cn'],
    extensionTestsEnv: { DISCLOSURE_SEED: join(workspace, 'seed.disclosure') },
  });
} catch (error) {
  console.error('extension-host tests failed:', error);
  process.exit(1);
}
