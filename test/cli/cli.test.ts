/** `disclosure-check`: text and JSON output, exit codes, unreadable input. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { doc, seedPath } from '../helpers/fixtures';
import { escapeRegExp, runCli, scratch } from './cliHarness';

const BROKEN = doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n');
const dir = scratch({ 'broken.disclosure': BROKEN, 'bad.disclosure': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  'garbled.disclosure': Buffer.concat([Buffer.from('单位: 测试\n', 'utf8'), Buffer.from([0xff, 0x41, 0x80, 0xff])]),
});
const broken = join(dir, 'broken.disclosure');

describe('disclosure-check: text output', () => {
  it('prints compiler-style lines with the source line and a caret under the range, exits 1 on an error', async () => {
    const { code, out } = await runCli([broken]);
    assert.equal(code, 1);
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${broken}:11:7 error SYN009 `));
    assert.ok(at >= 0, out);
    assert.equal(lines[at + 1], '11 | | 1 | 8,13.86 |');
    assert.equal(lines[at + 2], '   |       ^^^^^^^');
    assert.match(out, /1 个文件：1 个错误，0 个警告/);
  });
  it('lines the caret up under CJK text (two columns per character)', async () => {
    const d = scratch({ 'x.disclosure': doc('表：表1 收入\n| 名称 | 金额 |\n|---|---|\n| 一般公共预算 | 1,2.3 |\n') });
    const { out } = await runCli([join(d, 'x.disclosure')]);
    const lines = out.split('\n');
    const at = lines.findIndex((l) => / SYN009 /.test(l));
    assert.equal(lines[at + 1], '11 | | 一般公共预算 | 1,2.3 |');
    // "| 一般公共预算 | " is 4 + 12 display columns before the figure.
    assert.equal(lines[at + 2], '   | ' + ' '.repeat(17) + '^^^^^');
  });
  it('colours only when asked or on a terminal, never with NO_COLOR', async () => {
    assert.doesNotMatch((await runCli([broken])).out, /\u001b\[/);
    assert.match((await runCli([broken], { stdoutIsTty: true })).out, /\u001b\[31m/);
    assert.doesNotMatch((await runCli([broken], { stdoutIsTty: true, env: { NO_COLOR: '1' } })).out, /\u001b\[/);
    assert.doesNotMatch((await runCli(['--no-color', broken], { stdoutIsTty: true })).out, /\u001b\[/);
  });
  it('shows per-file and per-rule tables for a batch, only those with --summary, none with --quiet', async () => {
    const batch = await runCli([broken, seedPath('003')]);
    assert.match(batch.out, /按文件汇总：/);
    assert.match(batch.out, /按规则汇总：\n规则 +名称/);
    assert.match(batch.out, /SYN009 +金额格式无效 +1 +0 +0 +0 +1/);
    const summary = await runCli(['--summary', broken]);
    assert.doesNotMatch(summary.out, /\| 1 \| 8,13.86/);
    assert.match(summary.out, new RegExp(`${escapeRegExp(broken)} +1 +0 +0 +0`));
    const quiet = await runCli(['--quiet', broken, seedPath('003')]);
    assert.doesNotMatch(quiet.out, /汇总|个文件：/);
    assert.match(quiet.out, /SYN009/);
  });
});

describe('disclosure-check: progress bar', () => {
  it('draws a bar on a terminal stderr for a batch, erases it at the end, and none when piped', async () => {
    const tty = await runCli([broken, seedPath('003')], { stderrIsTty: true });
    assert.match(tty.err, /^\r\[[#.]+\] \d\/2 个文件/);
    assert.match(tty.err, /\r\[#+\] 2\/2 个文件\r\u001b\[2K$/);
    assert.equal((await runCli([broken, seedPath('003')])).err, '');
    assert.equal((await runCli(['--no-progress', broken, seedPath('003')], { stderrIsTty: true })).err, '');
    assert.equal((await runCli([broken], { stderrIsTty: true })).err, '', 'no bar for a single file');
  });
});

describe('disclosure-check: JSON output', () => {
  it('prints the issue-2 shape plus docs and fixable, 1-based', async () => {
    const { code, out } = await runCli(['--format', 'json', broken]);
    assert.equal(code, 1);
    const findings = JSON.parse(out) as Array<Record<string, unknown>>;
    assert.deepEqual(
      findings.map((f) => [f.file, f.code, f.line, f.column, f.endLine, f.endColumn, f.severity, f.docs, f.fixable]),
      [[broken, 'SYN009', 11, 7, 11, 14, 'error', 'docs/rules.md#syn009', false]],
    );
    assert.deepEqual(Object.keys(findings[0]!), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'docs', 'fixable']);
  });
  it('marks a finding with a safe fix as fixable, and takes --docs-url as the link base', async () => {
    const d = scratch({ 'x.disclosure': doc('表：表1 x\n| a | b |\n| 1 | 2 |\n') });
    const { out } = await runCli(['-f', 'json', '--docs-url', 'https://example.org/rules.md', join(d, 'x.disclosure')]);
    const syn011 = (JSON.parse(out) as Array<Record<string, unknown>>).find((f) => f.code === 'SYN011');
    assert.ok(syn011, out);
    assert.equal(syn011.docs, 'https://example.org/rules.md#syn011');
    assert.equal(typeof syn011.fixable, 'boolean');
  });
});

describe('disclosure-check: exit codes', () => {
  it('exits 0 when no finding is an error, 1 when one is', async () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) {
      const { code, out } = await runCli(['--format=json', seedPath(id)]);
      const findings = JSON.parse(out) as Array<{ severity: string }>;
      assert.equal(code, findings.some((f) => f.severity === 'error') ? 1 : 0, id);
    }
    const clean = scratch({ 'ok.disclosure': doc('正文。\n') });
    assert.equal((await runCli([join(clean, 'ok.disclosure')])).code, 0);
  });
  it('exits 2 on bad usage, with the reason and the usage text on stderr', async () => {
    for (const args of [[], ['--format', 'xml', broken], ['--nope', broken], ['--severity', 'fatal', broken], ['--jobs', '0', broken], ['--dry-run', broken], ['--rule', 'XYZ999', broken]]) {
      const result = await runCli(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.err, /^disclosure-check: .+\n\n用法:/, args.join(' '));
      assert.equal(result.out, '');
    }
  });
  it('exits 2 on an unreadable file, and still checks the others', async () => {
    const result = await runCli([join(dir, 'bad.disclosure'), join(dir, 'missing.disclosure'), join(dir, 'garbled.disclosure'), broken]);
    assert.equal(result.code, 2);
    assert.match(result.out, /bad\.disclosure: error IO001 无法读取：这是二进制文件，不是文本/);
    assert.match(result.out, /garbled\.disclosure: error IO001 无法读取：既不是有效的 UTF-8 文本，也不是有效的 GB18030 文本/);
    assert.match(result.out, /missing\.disclosure: error IO001 无法读取：文件不存在/);
    assert.match(result.out, /broken\.disclosure:11:7 error SYN009/);
  });
  it('prints help and version with exit 0', async () => {
    assert.match((await runCli(['--help'])).out, /^用法: disclosure-check/);
    const version = await runCli(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.out, /^disclosure-check \d+\.\d+\.\d+\n$/);
  });
  it('writes the report to --output instead of standard output', async () => {
    const d = scratch();
    const target = join(d, 'report.json');
    const result = await runCli(['--format', 'json', '--output', target, broken]);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    const { readFileSync } = await import('node:fs');
    assert.equal((JSON.parse(readFileSync(target, 'utf8')) as unknown[]).length, 1);
  });
});
