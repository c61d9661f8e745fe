import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFromLastYear } from '../../server/src/drafting/fromLastYearCli';
import { parseDocument } from '../../server/src/model/buildModel';
import { draftReply } from '../../server/src/lsp/draftRequest';
import { scratch } from '../cli/cliHarness';
import { lastYearText } from '../lastYear/helpers';

function io(): { stdout: string; stderr: string; stdoutFn: (t: string) => void; stderrFn: (t: string) => void } {
  const out = { stdout: '', stderr: '', stdoutFn: (t: string) => void (out.stdout += t), stderrFn: (t: string) => void (out.stderr += t) };
  return out;
}

test('--from-last-year writes the draft to a file, its 上年文档 pointing back at the input', () => {
  const dir = scratch({ '2022/单位.disclosure': lastYearText() });
  const sink = io();
  const code = runFromLastYear({ input: '2022/单位.disclosure', output: '2023/单位.disclosure' }, { stdout: sink.stdoutFn, stderr: sink.stderrFn, cwd: dir });
  assert.equal(code, 0);
  const draft = parseDocument(readFileSync(join(dir, '2023/单位.disclosure'), 'utf8'));
  assert.equal(draft.meta.year, 2023);
  assert.equal(draft.meta.entries.find((e) => e.key === '上年文档')?.value, '../2022/单位.disclosure');
  assert.match(sink.stderr, /2023 年草稿/);
});

test('--from-last-year without -o prints the draft; an unreadable or yearless input exits 2', () => {
  const dir = scratch({ '上年.disclosure': lastYearText(), '无年度.disclosure': '正文。' });
  const sink = io();
  assert.equal(runFromLastYear({ input: '上年.disclosure' }, { stdout: sink.stdoutFn, stderr: sink.stderrFn, cwd: dir }), 0);
  assert.equal(parseDocument(sink.stdout).meta.year, 2023);
  assert.equal(runFromLastYear({ input: '不存在.disclosure' }, { stdout: sink.stdoutFn, stderr: sink.stderrFn, cwd: dir }), 2);
  assert.equal(runFromLastYear({ input: '无年度.disclosure' }, { stdout: sink.stdoutFn, stderr: sink.stderrFn, cwd: dir }), 2);
  assert.match(sink.stderr, /没有写明年度/);
});

test('the server request answers the draft, or the reason it cannot be made', () => {
  const reply = draftReply({ text: lastYearText(), lastYearPath: '../2022/x.disclosure' });
  assert.ok('text' in reply);
  assert.equal(reply.year, 2023);
  assert.match(reply.text, /上年文档: \.\.\/2022\/x\.disclosure/);
  const refused = draftReply({ text: '正文。' });
  assert.ok('error' in refused && /年度/.test(refused.error));
});

test('disclosure-import --from-last-year runs the draft, and rejects inputs to import beside it', async () => {
  const { runImport } = await import('../../server/src/cli/import/run');
  const dir = scratch({ '2022/单位.disclosure': lastYearText() });
  let err = '';
  const env = { stdout: () => undefined, stderr: (t: string) => void (err += t), cwd: dir, env: {} };
  assert.equal(await runImport(['--from-last-year', '2022/单位.disclosure', '-o', '2023/单位.disclosure'], env), 0);
  assert.equal(parseDocument(readFileSync(join(dir, '2023/单位.disclosure'), 'utf8')).meta.year, 2023);
  assert.equal(await runImport(['--from-last-year', '2022/单位.disclosure', 'other.pdf'], env), 2);
  assert.match(err, /--from-last-year/);
});
