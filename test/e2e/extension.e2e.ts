// The extension in a real VS Code (code-server 4.100.3 in Debian's Chromium, driven by playwright-core):
// packages the .vsix, installs it with code-server's CLI, opens seed 000 and checks what the drafter
// sees: the Problems panel, a glossary hover, a quick fix that changes only the figure, the preview with
// a rendered table, a marked cell and the charts; completion of a name by its pinyin initials;
// activation time; screenshots in test-artifacts/.
//
// Run: bash scripts/setup-code-server.sh && npm run test:e2e     (not part of `npm test`)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../server/src/check';
import { applyEdits } from '../../server/src/fixes/textEdits';
import {
  REPO_ROOT,
  cursorPosition,
  focusEditor,
  goToPosition,
  hoverAt,
  installVsix,
  openFile,
  poll,
  quickFix,
  readEditorText,
  readProblems,
  runCommand,
  saveLogs,
  screenshot,
  startSession,
  tempDir,
  webviewFrame,
  type Session,
} from './codeServer';

const SEED = readFileSync(join(REPO_ROOT, 'test/fixtures/seeds/000.disclosure'), 'utf8');
const FILE = '曾都区医疗保障服务中心2023.disclosure';
/** A table with an empty row, for completion by pinyin. */
const PINYIN_FILE = '拼音补全.disclosure';
const PINYIN_DOC = '---\n单位: 测试单位\n年度: 2023\n类型: 部门预算\n金额单位: 万元\n---\n\n表：附表 4-3 支出总表\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n|  |  | 55.56 |\n';
/** Activation (from `activate` entry to its end) must stay below this; it is logged and reported. */
const ACTIVATION_BUDGET_MS = 500;

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; publisher: string };
const nls = JSON.parse(readFileSync(join(REPO_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const nlsEn = JSON.parse(readFileSync(join(REPO_ROOT, 'package.nls.en.json'), 'utf8')) as Record<string, string>;

/** Runs one of our commands by its palette title, in whichever language the workbench shows it. */
async function runOurCommand(session: Session, key: string): Promise<void> {
  try {
    await runCommand(session.page, `${nlsEn.category}: ${nlsEn[key]}`, { timeoutMs: 8_000 });
  } catch {
    await runCommand(session.page, `${nls.category}: ${nls[key]}`);
  }
}

function findFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? findFiles(full, pattern) : pattern.test(name) ? [full] : [];
  });
}

describe('the extension in code-server', { timeout: 600_000 }, () => {
  const tmp = tempDir('e2e-extension-');
  const workspace = join(tmp.path, 'workspace');
  const extensionsDir = join(tmp.path, 'extensions');
  const userDataDir = join(tmp.path, 'user-data');
  const expected = checkText(SEED, 'file:///seed.disclosure').findings;
  let session: Session | undefined;
  let failed = false;

  before(async () => {
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, FILE), SEED);
    writeFileSync(join(workspace, PINYIN_FILE), PINYIN_DOC);
    // The real package: production bundles, `vsce package` offline, installed by code-server's CLI.
    const vsix = join(tmp.path, `${manifest.name}-${manifest.version}.vsix`);
    execFileSync(process.execPath, [join(REPO_ROOT, 'esbuild.mjs'), '--production'], { cwd: REPO_ROOT, stdio: 'inherit' });
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    const installed = installVsix(vsix, extensionsDir);
    assert.match(installed, /successfully installed/);
    const folder = readdirSync(extensionsDir).find((name) => name.startsWith(`${manifest.publisher}.${manifest.name}-`));
    assert.ok(folder, `installed into ${extensionsDir}: ${readdirSync(extensionsDir).join(', ')}`);
    session = await startSession({ workspace, extensionsDir, userDataDir, settings: { 'workbench.editor.enablePreview': false } });
  });

  after(async () => {
    if (session) {
      if (failed) saveLogs(session.server, 'extension-e2e-logs');
      await session.close();
    }
    // Keep development builds (with source maps) in dist/ for the next `npm test` / F5.
    execFileSync(process.execPath, [join(REPO_ROOT, 'esbuild.mjs')], { cwd: REPO_ROOT });
    tmp.remove();
  });

  const step = (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      try {
        await fn();
      } catch (error) {
        failed = true;
        if (session) await screenshot(session.page, `extension-failed-${name.replace(/\W+/g, '-')}`).catch(() => undefined);
        throw error;
      }
    });

  step('opens the seed and lists the expected findings in the Problems panel', async () => {
    assert.ok(expected.length > 0, 'the checker finds something in seed 000');
    await openFile(session!.page, FILE);
    const first = expected[0]!;
    const rows = await readProblems(session!.page, { waitFor: first.ruleId, timeoutMs: 90_000 });
    // The panel lists errors, then warnings, then the rest, and shows only the rows that fit: the rules
    // of the errors and warnings are all visible, the information notes may be scrolled out of view.
    const ids = [...new Set(expected.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId))];
    const shown = ids.filter((id) => rows.some((r) => r.includes(id)));
    assert.deepEqual(shown, ids, rows.join('\n'));
    assert.ok(rows.some((r) => r.includes(first.message.slice(0, 12))), `message of ${first.ruleId} shown`);
    await screenshot(session!.page, 'extension-problems');
  });

  step('activates fast (logged activation time)', async () => {
    const line = await poll(
      'the activation log line',
      async () => {
        for (const file of findFiles(session!.server.logsDir, /\.log$/)) {
          const match = /activated in ([\d.]+) ms/.exec(readFileSync(file, 'utf8'));
          if (match) return match;
        }
        return undefined;
      },
      { timeoutMs: 20_000 },
    );
    const ms = Number(line[1]);
    console.log(`# extension activation: ${ms} ms`);
    assert.ok(ms < ACTIVATION_BUDGET_MS, `activation took ${ms} ms`);
  });

  step('hovers a glossary term and reads its definition', async () => {
    const lines = SEED.split('\n');
    const glossaryStart = lines.findIndex((l) => /^#.*名词解释/.test(l));
    const lineIndex = lines.findIndex((l, i) => i < glossaryStart && !l.startsWith('|') && l.includes('基本支出'));
    assert.ok(lineIndex >= 0);
    const text = await hoverAt(session!.page, lineIndex + 1, lines[lineIndex]!.indexOf('基本支出') + 2, {
      waitFor: '保障机构正常运转',
      timeoutMs: 30_000,
    });
    assert.match(text, /基本支出/);
    await screenshot(session!.page, 'extension-hover');
    await session!.page.keyboard.press('Escape');
  });

  step('applies a quick fix: only the figure changes', async () => {
    const target = expected.find((f) => f.fixes?.some((x) => x.edits.length === 1) && f.ruleId.startsWith('PRO'))
      ?? expected.find((f) => f.fixes?.some((x) => x.edits.length === 1));
    assert.ok(target, 'a finding with a one-edit fix');
    const fix = target.fixes!.find((x) => x.edits.length === 1)!;
    const before = await readEditorText(session!.page);
    assert.equal(before, SEED);
    await quickFix(session!.page, target.range.start.line + 1, target.range.start.character + 1, fix.title, { timeoutMs: 30_000 });
    const after = await poll('the fix to be applied', async () => {
      const t = await readEditorText(session!.page);
      return t !== before ? t : undefined;
    });
    assert.equal(after, applyEdits(before, fix.edits));
    const changed = before.split('\n').map((l, i) => [l, after.split('\n')[i]] as const).filter(([a, b]) => a !== b);
    assert.equal(changed.length, 1, 'one line changed');
    const edit = fix.edits[0]!;
    const oldText = before.split('\n')[edit.range.start.line]!.slice(edit.range.start.character, edit.range.end.character);
    assert.match(oldText, /^[-\d,.]+$/, `the edit replaces a figure (${oldText})`);
    assert.match(edit.newText, /^[-\d,.]+$/);
    await screenshot(session!.page, 'extension-editor');
  });

  step('opens the preview beside the editor: a rendered table, a marked cell, charts', async () => {
    await runOurCommand(session!, 'command.openPreviewToSide');
    const frame = webviewFrame(session!.page);
    await frame.locator('figure.table-block table').first().waitFor({ state: 'visible', timeout: 60_000 });
    const captions = await frame.locator('figure.table-block figcaption').allInnerTexts();
    assert.ok(captions.some((c) => c.includes('一般公共预算支出表')), captions.join('\n'));
    const header = frame.locator('figure.table-block', { hasText: '附表 4-5' }).locator('th[colspan="3"]');
    assert.equal((await header.innerText()).trim(), '基本支出');
    const tableFinding = expected.find((f) => /^BAL|^TPE|^COD/.test(f.ruleId) && SEED.split('\n')[f.range.start.line]!.startsWith('|'));
    const marked = frame.locator('td.finding');
    await marked.first().waitFor({ state: 'attached', timeout: 30_000 });
    if (tableFinding) {
      const titles = await marked.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
      assert.ok(titles.some((t) => t.includes(tableFinding.ruleId)), titles.join('\n'));
    }
    assert.ok((await frame.locator('span.sentence.finding').count()) > 0, 'a marked sentence');
    assert.equal(await frame.locator('figure.chart svg').count(), 2);
    await frame.locator('td.finding').first().scrollIntoViewIfNeeded();
    await screenshot(session!.page, 'extension-preview');
  });

  step('clicking a marked cell in the preview reveals its line in the editor', async () => {
    const frame = webviewFrame(session!.page);
    const cell = frame.locator('td.finding').first();
    const line = Number(await cell.getAttribute('data-line'));
    await cell.click();
    const position = await poll('the cursor on the marked line', async () => {
      const p = await cursorPosition(session!.page);
      return p && p.line === line + 1 ? p : undefined;
    });
    assert.equal(position.line, line + 1);
  });

  step('the preview follows edits without reloading', async () => {
    const frame = webviewFrame(session!.page);
    const versionBefore = await frame.locator('body').getAttribute('data-version');
    // Back to the text editor in the first group (openFile would also match the preview tab, whose
    // title contains the file name).
    await session!.page.keyboard.press('Control+1');
    await session!.page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').first().click();
    await session!.page.keyboard.press('Control+Home');
    await session!.page.keyboard.insertText('# 实时预览标题\n\n');
    await frame.locator('h1', { hasText: '实时预览标题' }).waitFor({ state: 'attached', timeout: 20_000 });
    const versionAfter = await frame.locator('body').getAttribute('data-version');
    assert.notEqual(versionAfter, versionBefore);
    assert.ok(versionAfter, 'updated through postMessage (data-version set by the webview script)');
  });

  step('completes a name from its pinyin initials: shbz → 208 社会保障和就业支出', async () => {
    const page = session!.page;
    await openFile(page, PINYIN_FILE);
    const line = PINYIN_DOC.split('\n').findIndex((l) => l.startsWith('|  |  |')) + 1;
    await goToPosition(page, line, 3);
    await focusEditor(page);
    await page.keyboard.type('shbz', { delay: 60 });
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    try {
      await widget.waitFor({ state: 'visible', timeout: 8_000 });
    } catch {
      await page.keyboard.press('Control+Space');
      await widget.waitFor({ state: 'visible', timeout: 20_000 });
    }
    const first = widget.locator('.monaco-list-row').first();
    await poll('the pinyin proposal first in the list', async () => ((await first.innerText()).includes('208 社会保障和就业支出') ? true : undefined), { timeoutMs: 20_000 });
    await screenshot(page, 'extension-pinyin-completion');
    await page.keyboard.press('Enter');
    const text = await poll('the row completed', async () => {
      const t = await readEditorText(page);
      return /\n\| 208 \| 社会保障和就业支出 *\| 55\.56 \|/.test(t) ? t : undefined;
    });
    assert.match(text, /\| 208 \| 社会保障和就业支出/);
  });

  step('screenshots are kept as test artefacts', async () => {
    for (const name of ['extension-problems', 'extension-editor', 'extension-preview']) {
      const file = join(REPO_ROOT, 'test-artifacts', `${name}.png`);
      assert.ok(existsSync(file) && statSync(file).size > 10_000, file);
    }
    copyFileSync(join(REPO_ROOT, 'test-artifacts', 'extension-preview.png'), join(REPO_ROOT, 'test-artifacts', 'extension-final.png'));
  });
});
