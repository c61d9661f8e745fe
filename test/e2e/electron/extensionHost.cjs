// The extension-host suite for desktop VS Code (scripts/test-electron.mjs): the same checks as the
// code-server suite (test/e2e/extension.e2e.ts), through the VS Code API instead of the UI.
// Plain CommonJS, no test framework: `run()` resolves when every check passed, rejects on the first failure.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'disclosure-tools.disclosure-lsp';

async function poll(what, fn, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const checks = [];
const check = (name, fn) => checks.push({ name, fn });
let document;
let editor;

check('activates on opening a .disclosure file, quickly', async () => {
  document = await vscode.workspace.openTextDocument(process.env.DISCLOSURE_SEED);
  editor = await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'disclosure');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, 'extension installed');
  const api = await poll('activation', async () => extension.isActive && extension.exports);
  console.log(`activation: ${api.activationMs.toFixed(1)} ms`);
  assert.ok(api.activationMs < 500);
});

check('publishes diagnostics with rule ids', async () => {
  const diagnostics = await poll('diagnostics', async () => {
    const list = vscode.languages.getDiagnostics(document.uri);
    return list.length > 0 ? list : undefined;
  }, 60000);
  const codes = diagnostics.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
  assert.ok(codes.some((c) => /^(PRO|BAL|TPE|COD|SYN)\d{3}$/.test(c)), codes.join(','));
});

check('hovers a glossary term with its definition', async () => {
  const lines = document.getText().split('\n');
  const glossary = lines.findIndex((l) => /^#.*名词解释/.test(l));
  const line = lines.findIndex((l, i) => i < glossary && !l.startsWith('|') && l.includes('基本支出'));
  const hovers = await poll('hover', async () => {
    const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(line, lines[line].indexOf('基本支出') + 1));
    return h && h.length > 0 ? h : undefined;
  });
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /保障机构正常运转/);
});

check('a quick fix changes only the figure', async () => {
  const diagnostics = vscode.languages.getDiagnostics(document.uri);
  const before = document.getText();
  for (const diagnostic of diagnostics) {
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const action = (actions || []).find((a) => a.edit && a.edit.get(document.uri).length === 1);
    if (!action) continue;
    const [edit] = action.edit.get(document.uri);
    assert.match(document.getText(edit.range), /^[-\d,.]+$/);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const after = document.getText();
    const changed = before.split('\n').filter((l, i) => l !== after.split('\n')[i]);
    assert.equal(changed.length, 1);
    return;
  }
  assert.fail('no one-edit quick fix offered');
});

check('opens the preview and exports it as HTML', async () => {
  await vscode.commands.executeCommand('disclosure.openPreviewToSide');
  await poll('the preview tab', async () =>
    vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && /disclosure\.preview/.test(t.input.viewType))),
  );
  const target = vscode.Uri.joinPath(vscode.Uri.file(require('node:os').tmpdir()), `disclosure-export-${Date.now()}.html`);
  await vscode.commands.executeCommand('disclosure.exportPreviewHtml', document.uri, target);
  const html = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
  assert.match(html, /<table>/);
  assert.doesNotMatch(html, /<script/);
});

exports.run = async function run() {
  for (const { name, fn } of checks) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (error) {
      console.error(`not ok - ${name}`);
      throw error;
    }
  }
};
