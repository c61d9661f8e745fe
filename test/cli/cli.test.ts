/** `disclosure-check`: text and JSON output, exit codes, unreadable input. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/run';
import { doc, seedPath } from '../helpers/fixtures';

function runCli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, (t) => (out += t), (t) => (err += t));
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'disclosure-cli-'));
const broken = join(dir, 'broken.disclosure');
writeFileSync(broken, doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n'));

describe('disclosure-check', () => {
  it('prints compiler-style lines and exits 1 on an error', () => {
    const { code, out } = runCli([broken]);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:11:7 error SYN009 `, 'm'));
  });
  it('prints JSON with 1-based positions', () => {
    const { code, out } = runCli(['--format', 'json', broken]);
    assert.equal(code, 1);
    const findings = JSON.parse(out) as Array<Record<string, unknown>>;
    assert.deepEqual(findings.map((f) => [f.code, f.line, f.column, f.endColumn, f.severity]), [['SYN009', 11, 7, 14, 'error']]);
  });
  it('exits 0 on a seed without syntax errors', () => {
    const { code } = runCli(['--format=json', seedPath('003')]);
    const findings = JSON.parse(runCli(['--format=json', seedPath('003')]).out) as Array<{ severity: string }>;
    assert.equal(code, findings.some((f) => f.severity === 'error') ? 1 : 0);
  });
  it('exits 2 on bad usage or an unreadable file, and still checks the others', () => {
    assert.equal(runCli([]).code, 2);
    assert.equal(runCli(['--format', 'xml', broken]).code, 2);
    const bad = join(dir, 'bad.disclosure');
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0xfd, 0x00]));
    const result = runCli([bad, join(dir, 'missing.disclosure'), broken]);
    assert.equal(result.code, 2);
    assert.match(result.out, /bad\.disclosure: error 无法读取：不是有效的 UTF-8 文本/);
    assert.match(result.out, /missing\.disclosure: error 无法读取：文件不存在/);
    assert.match(result.out, /SYN009/);
  });
});
