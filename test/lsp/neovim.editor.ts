/**
 * A real editor's LSP client: Neovim (0.7+, headless) runs the bundled server over stdio on seed 000 and
 * must show the same findings as the checker, and one glossary hover. Needs `nvim` on PATH (CI installs it
 * with `apt-get install -y neovim`); without it this test fails with a clear message. Named *.editor.ts so that
 * `npm test` (Node only) leaves it out; `npm run test:editors` runs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServerBundle } from './serverBundle';
import { checkText } from '../../server/src/check';
import { readSeed } from '../helpers/fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('Neovim’s built-in LSP client shows the diagnostics and a hover on seed 000', async () => {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.ok(
    !probe.error && probe.status === 0,
    'nvim 未安装：此测试需要 Neovim（0.7 及以上）。请运行 `apt-get install -y neovim` 后重试（CI 在 npm run test:editors 之前安装）。',
  );
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-nvim-'));
  try {
    const server = await buildServerBundle(dir);
    const text = readSeed('000');
    const file = join(dir, '000.disclosure');
    writeFileSync(file, text);
    const lines = text.split('\n');
    const hoverLine = lines.findIndex((l) => /其中基本支出/.test(l) || /基本支出 \d/.test(l));
    assert.ok(hoverLine >= 0);
    const hoverChar = lines[hoverLine]!.indexOf('基本支出') + 1;
    const out = join(dir, 'result.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'test/lsp/neovim.lua')}`], {
      env: {
        ...process.env,
        DISCLOSURE_SERVER: server,
        DISCLOSURE_FILE: file,
        DISCLOSURE_OUT: out,
        DISCLOSURE_HOVER_LINE: String(hoverLine),
        DISCLOSURE_HOVER_CHAR: String(hoverChar),
      },
      encoding: 'utf8',
      timeout: 90000,
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      diagnostics: Array<{ line: number; code?: string; source?: string; message: string }>;
      hover: { contents: { value?: string } } | null;
      error: string | null;
    };
    assert.equal(result.error, null, String(result.error));
    const expected = checkText(text).findings;
    assert.ok(expected.length > 0);
    assert.deepEqual(
      result.diagnostics.map((d) => `${d.line}:${d.code}`).sort(),
      expected.map((f) => `${f.range.start.line}:${f.ruleId}`).sort(),
    );
    assert.ok(result.diagnostics.every((d) => d.source === 'disclosure'));
    assert.ok(result.hover, 'no hover');
    assert.match(result.hover.contents.value ?? '', /\*\*基本支出\*\*/);
    assert.match(result.hover.contents.value ?? '', /名词解释/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
