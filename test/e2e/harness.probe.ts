// Proves the real-editor harness (test/e2e/codeServer.ts) works, without the project's extension:
// it writes a tiny probe extension from strings (probeExtension.ts), puts it unpacked into a fresh extensions
// folder, opens a workspace with a Chinese .disclosure file in code-server, and checks diagnostics,
// hover, quick fix, editor text, command palette, webview and a screenshot.
//
// Not part of `npm test` (the name does not end in .test.ts). Run it with:
//   bash scripts/setup-code-server.sh && node --import tsx --test test/e2e/harness.probe.ts

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  hoverAt,
  installUnpacked,
  installVsix,
  openFile,
  poll,
  quickFix,
  readEditorText,
  readNotifications,
  readProblemLabels,
  readProblems,
  runCommand,
  saveLogs,
  saveActiveEditor,
  screenshot,
  startSession,
  tempDir,
  webviewFrame,
  type Session,
} from './codeServer';
import { writeProbeExtension, writeProbeVsix } from './probeExtension';

const SAMPLE = [
  '某某市财政局2025年部门预算公开',
  '一、部门主要职责',
  '负责全市财政收支管理工作。',
  '二、收支预算总表',
  '一般公共预算财政拨款收入 1,234.56 万元',
  '',
].join('\n');

describe('code-server harness probe', { timeout: 300_000 }, () => {
  const tmp = tempDir('e2e-probe-');
  const workspace = join(tmp.path, 'workspace');
  const extensionsDir = join(tmp.path, 'extensions');
  const userDataDir = join(tmp.path, 'user-data');
  const extSrc = join(tmp.path, 'probe-extension');
  let session: Session | undefined;

  before(async () => {
    mkdirSync(join(workspace, 'docs'), { recursive: true });
    writeFileSync(join(workspace, 'docs', '示例.disclosure'), SAMPLE);
    // Same name in another folder: openFile must pick docs/示例.disclosure by its folder.
    mkdirSync(join(workspace, 'archive'), { recursive: true });
    writeFileSync(join(workspace, 'archive', '示例.disclosure'), '旧版本\n');
    writeFileSync(join(workspace, 'README.md'), '# probe workspace\n');
    // One extension goes in as a .vsix through code-server's CLI, the other unpacked (after it, so
    // that installUnpacked has to add itself to the extensions.json that the CLI wrote).
    installVsix(writeProbeVsix(join(tmp.path, 'vsix-probe.vsix')), extensionsDir);
    installUnpacked(writeProbeExtension(extSrc), extensionsDir);
    session = await startSession({
      workspace,
      extensionsDir,
      userDataDir,
    });
  });

  after(async () => {
    if (session) {
      await screenshot(session.page, 'probe-final').catch(() => undefined);
      saveLogs(session.server, 'probe-logs');
    }
    await session?.close();
    tmp.remove();
  });

  it('opens the .disclosure file with Quick Open', async () => {
    await openFile(session!.page, 'docs/示例.disclosure');
    assert.equal(await readEditorText(session!.page), SAMPLE);
  });

  it('shows the extension diagnostic in the Problems panel', async () => {
    const rows = await readProblems(session!.page, { waitFor: '探针诊断', timeoutMs: 60_000 });
    assert.ok(rows.some((r) => r.includes('探针诊断')), rows.join('\n'));
    const labels = await readProblemLabels(session!.page);
    assert.ok(labels.some((l) => l.includes('探针诊断')), labels.join('\n'));
    await screenshot(session!.page, 'probe-problems');
  });

  it('shows the hover (keyboard)', async () => {
    const text = await hoverAt(session!.page, 3, 3, { waitFor: '探针悬停' });
    assert.match(text, /探针悬停 第3行/);
    await screenshot(session!.page, 'probe-hover');
    await session!.page.keyboard.press('Escape');
  });

  it('shows the hover (mouse)', async () => {
    const text = await hoverAt(session!.page, 5, 4, { mode: 'mouse', waitFor: '探针悬停' });
    assert.match(text, /探针悬停 第5行/);
    await session!.page.keyboard.press('Escape');
  });

  it('applies a quick fix and reads the editor text', async () => {
    const offered = await quickFix(session!.page, 1, 2, '探针修复');
    assert.ok(offered.some((l) => l.includes('探针修复')), offered.join('\n'));
    const text = await poll('the quick fix to be applied', async () => {
      const t = await readEditorText(session!.page);
      return t.startsWith('【已修复】') ? t : undefined;
    });
    assert.equal(text, '【已修复】' + SAMPLE);
    await saveActiveEditor(session!.page);
    assert.equal(readFileSync(join(workspace, 'docs', '示例.disclosure'), 'utf8'), '【已修复】' + SAMPLE);
  });

  it('runs a command of the extension installed from a .vsix', async () => {
    await runCommand(session!.page, '探针：VSIX 检查');
    const messages = await readNotifications(session!.page, { waitFor: 'VSIX 探针已激活' });
    assert.ok(messages.some((m) => m.includes('VSIX 探针已激活')), messages.join('\n'));
  });

  it('runs a command from the palette and reads the webview', async () => {
    await runCommand(session!.page, '探针：打开预览');
    const title = webviewFrame(session!.page).locator('#probe-title');
    await title.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await title.textContent(), '探针预览');
    const path = await screenshot(session!.page, 'probe-webview');
    assert.ok(path.endsWith('.png'));
  });
});
