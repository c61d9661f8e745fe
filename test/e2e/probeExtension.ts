// A tiny VS Code extension, written from strings, that the harness probe (harness.probe.ts) loads into
// code-server: it contributes the `disclosure` language, puts one warning "探针诊断" on line 1 of every
// .disclosure document, hovers "探针悬停 第N行", offers the quick fix "探针修复…" and has a command
// "探针：打开预览" that opens a webview.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROBE_PACKAGE_JSON = {
  name: 'disclosure-probe',
  displayName: 'Disclosure harness probe',
  publisher: 'probe',
  version: '0.0.1',
  engines: { vscode: '^1.82.0' },
  main: './extension.js',
  activationEvents: ['onLanguage:disclosure'],
  contributes: {
    languages: [{ id: 'disclosure', aliases: ['Disclosure'], extensions: ['.disclosure'] }],
    commands: [{ command: 'disclosureProbe.preview', title: '探针：打开预览' }],
  },
};

export const PROBE_EXTENSION_JS = String.raw`
const vscode = require('vscode');

function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('disclosure-probe');
  context.subscriptions.push(diagnostics);
  const check = (doc) => {
    if (doc.languageId !== 'disclosure') return;
    const end = Math.min(4, doc.lineAt(0).text.length);
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, end), '探针诊断', vscode.DiagnosticSeverity.Warning);
    d.source = 'probe';
    d.code = 'P001';
    diagnostics.set(doc.uri, [d]);
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument((e) => check(e.document)));

  context.subscriptions.push(vscode.languages.registerHoverProvider('disclosure', {
    provideHover(doc, pos) {
      return new vscode.Hover(new vscode.MarkdownString('探针悬停 第' + (pos.line + 1) + '行'));
    },
  }));

  context.subscriptions.push(vscode.languages.registerCodeActionsProvider('disclosure', {
    provideCodeActions(doc, range, ctx) {
      return ctx.diagnostics.filter((d) => d.message === '探针诊断').map((d) => {
        const fix = new vscode.CodeAction('探针修复：在行首加“【已修复】”', vscode.CodeActionKind.QuickFix);
        fix.diagnostics = [d];
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.insert(doc.uri, new vscode.Position(0, 0), '【已修复】');
        return fix;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));

  context.subscriptions.push(vscode.commands.registerCommand('disclosureProbe.preview', () => {
    const panel = vscode.window.createWebviewPanel('disclosureProbe', '探针预览', vscode.ViewColumn.Beside, {});
    panel.webview.html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' +
      '<h1 id="probe-title">探针预览</h1><p>一般公共预算财政拨款支出 1,234.56 万元</p></body></html>';
  }));
}

function deactivate() {}

module.exports = { activate, deactivate };
`;

/** Writes the probe extension (package.json + extension.js) into `dir` and returns `dir`. */
export function writeProbeExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(PROBE_PACKAGE_JSON, null, 2));
  writeFileSync(join(dir, 'extension.js'), PROBE_EXTENSION_JS);
  return dir;
}

// A second, even smaller extension that goes in as a .vsix (to exercise installVsix): its command
// "探针：VSIX 检查" shows the notification "VSIX 探针已激活".
export const VSIX_PROBE_PACKAGE_JSON = {
  name: 'vsix-probe',
  publisher: 'probe',
  version: '0.0.1',
  engines: { vscode: '^1.82.0' },
  main: './extension.js',
  activationEvents: [],
  contributes: { commands: [{ command: 'vsixProbe.check', title: '探针：VSIX 检查' }] },
};

export const VSIX_PROBE_EXTENSION_JS = String.raw`
const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('vsixProbe.check', () => {
    vscode.window.showInformationMessage('VSIX 探针已激活');
  }));
};
exports.deactivate = () => {};
`;

/** Writes the VSIX probe as a .vsix file (a zip with the extension under extension/). */
export function writeProbeVsix(file: string): string {
  writeFileSync(
    file,
    zipStored([
      ['extension/package.json', JSON.stringify(VSIX_PROBE_PACKAGE_JSON, null, 2)],
      ['extension/extension.js', VSIX_PROBE_EXTENSION_JS],
    ]),
  );
  return file;
}

/** A minimal zip writer (no compression, UTF-8 names): enough for a test .vsix. Not a vsce replacement. */
export function zipStored(files: [name: string, content: string | Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
