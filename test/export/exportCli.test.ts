/** `disclosure-export`: formats, where the files go, standard input and output, unreadable input, usage errors. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runExport, type ExportIo } from '../../server/src/cli/export/exportRun';
import { doc } from '../helpers/fixtures';
import { scratch } from '../cli/cliHarness';
import { readBack } from './docxReadBack';

const SMALL = doc('# 第一部分 概况\n\n本年收入 12.30 万元。\n\n表：表1 支出总表\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 208 | 社会保障和就业支出 | 12.30 |\n');

async function exportCli(args: string[], io: Partial<ExportIo> = {}): Promise<{ code: number; out: string; err: string; bytes: Uint8Array[] }> {
  let out = '';
  let err = '';
  const bytes: Uint8Array[] = [];
  const code = await runExport(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutBytes: (b) => bytes.push(b), env: {}, ...io });
  return { code, out, err, bytes };
}

const isDocx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b; // a zip: "PK"

describe('disclosure-export', () => {
  it('writes a .docx beside each source by default, and reads GB18030', async () => {
    const dir = scratch({ 'a.disclosure': SMALL, 'sub/b.disclosure': iconv.encode(SMALL, 'gb18030') });
    const { code, out } = await exportCli([dir], { cwd: dir });
    assert.equal(code, 0);
    assert.match(out, /a\.disclosure → a\.docx/);
    for (const file of ['a.docx', 'sub/b.docx']) {
      const bytes = readFileSync(join(dir, file));
      assert.ok(isDocx(bytes), file);
      assert.match((await readBack(bytes)).raw, /社会保障和就业支出[\s\S]*12\.30/);
    }
  });

  it('--html writes the standalone preview page with the findings marked', async () => {
    const dir = scratch({ 'a.disclosure': doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n') });
    const { code } = await exportCli(['--html', 'a.disclosure'], { cwd: dir });
    assert.equal(code, 0);
    const html = readFileSync(join(dir, 'a.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /finding-error/);
    assert.doesNotMatch(html, /<script/);
  });

  it('-o names the file for one input and the folder for several, numbering names that collide', async () => {
    const dir = scratch({ 'x/a.disclosure': SMALL, 'y/a.disclosure': SMALL });
    assert.equal((await exportCli(['-o', 'one.docx', 'x/a.disclosure'], { cwd: dir })).code, 0);
    assert.ok(isDocx(readFileSync(join(dir, 'one.docx'))));
    assert.equal((await exportCli(['--docx', '-o', 'out', 'x', 'y'], { cwd: dir })).code, 0);
    assert.ok(existsSync(join(dir, 'out', 'a.docx')) && existsSync(join(dir, 'out', 'a-2.docx')));
  });

  it('reads standard input and writes standard output with -o -', async () => {
    const { code, bytes } = await exportCli(['-', '-o', '-'], { readStdin: () => Buffer.from(SMALL), cwd: scratch() });
    assert.equal(code, 0);
    assert.equal(bytes.length, 1);
    assert.ok(isDocx(bytes[0]!));
  });

  it('exits 2 on an unreadable file and still exports the others', async () => {
    const dir = scratch({ 'good.disclosure': SMALL, 'bad.disclosure': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) });
    const { code, err } = await exportCli(['bad.disclosure', 'good.disclosure', 'missing.disclosure'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(err, /bad\.disclosure：这是二进制文件/);
    assert.match(err, /missing\.disclosure：文件不存在/);
    assert.ok(existsSync(join(dir, 'good.docx')));
    assert.ok(!existsSync(join(dir, 'bad.docx')));
  });

  it('refuses bad usage with exit 2 and the usage text', async () => {
    for (const args of [[], ['--docx', '--html', 'a.disclosure'], ['-'], ['--pdf', 'a.disclosure'], ['--encoding', 'latin1', 'a.disclosure']]) {
      const { code, err } = await exportCli(args, { cwd: scratch() });
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /用法: disclosure-export/);
    }
    assert.match((await exportCli(['--help'])).out, /--docx/);
  });
});
