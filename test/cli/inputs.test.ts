/** `disclosure-check` inputs: folders, globs, stdin, encodings, config files, --rule and --severity. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../server/src/cli/input/decode';
import { expandOperands } from '../../server/src/cli/input/expand';
import { doc, readSeed } from '../helpers/fixtures';
import { runCli, scratch } from './cliHarness';

/** One SYN009 error (line 11) and one SYN011 information note (a table without delimiter row). */
const TWO_FINDINGS = doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n\n表：表2 y\n| a | b |\n| 1 | 2 |\n');
const CLEAN = doc('正文。\n');

interface JsonFinding {
  file: string;
  code: string;
  severity: string;
  line: number;
  message: string;
}

const parse = (out: string) => JSON.parse(out) as JsonFinding[];

describe('disclosure-check: folders, globs, stdin', () => {
  const dir = scratch({
    'a.disclosure': TWO_FINDINGS,
    'sub/b.disclosure': TWO_FINDINGS,
    'sub/deeper/c.disclosure': CLEAN,
    'sub/notes.txt': 'not a disclosure',
    'node_modules/x/d.disclosure': TWO_FINDINGS,
    'empty/readme.md': '#',
  });
  it('expands a folder recursively to its *.disclosure files, sorted, skipping node_modules', () => {
    assert.deepEqual(
      expandOperands(['.'], dir).map((i) => i.path),
      ['a.disclosure', 'sub/b.disclosure', 'sub/deeper/c.disclosure'],
    );
  });
  it('expands globs, keeps order of operands, drops duplicates', () => {
    assert.deepEqual(
      expandOperands(['sub/**/*.disclosure', 'a.disclosure', 'sub/b.disclosure'], dir).map((i) => i.path),
      ['sub/b.disclosure', 'sub/deeper/c.disclosure', 'a.disclosure'],
    );
  });
  it('reports a glob without matches and a folder without documents as unreadable (exit 2)', async () => {
    const result = await runCli(['-f', 'json', 'nothing/*.disclosure', 'empty', 'a.disclosure'], { cwd: dir });
    assert.equal(result.code, 2);
    const findings = parse(result.out);
    assert.deepEqual(
      findings.filter((f) => f.code === 'IO001').map((f) => [f.file, f.message]),
      [
        ['nothing/*.disclosure', '无法读取：没有与此模式匹配的文件'],
        ['empty', '无法读取：目录中没有 .disclosure 文件'],
      ],
    );
    assert.ok(findings.some((f) => f.file === 'a.disclosure' && f.code === 'SYN009'));
  });
  it('checks a whole folder through the CLI, with paths relative to the working directory', async () => {
    const result = await runCli(['-f', 'json', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual([...new Set(parse(result.out).map((f) => f.file))], ['a.disclosure', 'sub/b.disclosure']);
  });
  it('reads standard input for "-"', async () => {
    const result = await runCli(['-f', 'json', '-'], { readStdin: () => Buffer.from(TWO_FINDINGS, 'utf8') });
    assert.equal(result.code, 1);
    assert.deepEqual(parse(result.out).map((f) => [f.file, f.code]), [['-', 'SYN009'], ['-', 'SYN011']]);
  });
  it('refuses --fix on standard input (nothing to write back)', async () => {
    const result = await runCli(['--fix', '-'], { readStdin: () => Buffer.from(CLEAN) });
    assert.equal(result.code, 2);
    assert.match(result.err, /--fix 不能写回标准输入/);
  });
});

describe('disclosure-check: encodings', () => {
  const seed = readSeed('000');
  it('decodes UTF-8 with and without BOM, GB18030 by detection, and UTF-16 with BOM', () => {
    assert.deepEqual(decodeBytes(Buffer.from(seed, 'utf8')), { text: seed, encoding: 'utf8' });
    assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)])), { text: seed, encoding: 'utf8-bom' });
    assert.deepEqual(decodeBytes(iconv.encode(seed, 'gb18030')), { text: seed, encoding: 'gb18030' });
    assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])), { text: seed, encoding: 'utf16le' });
  });
  it('reports the same findings for a seed saved as GB18030 as for the UTF-8 original', async () => {
    const dir = scratch({ 'utf8.disclosure': seed, 'gb.disclosure': iconv.encode(seed, 'gb18030'), 'bom.disclosure': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]) });
    const strip = (out: string) => parse(out).map(({ file: _file, ...rest }) => rest);
    const utf8 = await runCli(['-f', 'json', join(dir, 'utf8.disclosure')]);
    const gb = await runCli(['-f', 'json', join(dir, 'gb.disclosure')]);
    const bom = await runCli(['-f', 'json', join(dir, 'bom.disclosure')]);
    assert.equal(gb.code, utf8.code);
    assert.deepEqual(strip(gb.out), strip(utf8.out));
    assert.deepEqual(strip(bom.out), strip(utf8.out));
  });
  it('takes --encoding: GB18030 bytes forced as UTF-8 are unreadable; forced GB18030 reads them', async () => {
    const dir = scratch({ 'gb.disclosure': iconv.encode(TWO_FINDINGS, 'gb18030') });
    const forcedUtf8 = await runCli(['--encoding', 'utf8', join(dir, 'gb.disclosure')]);
    assert.equal(forcedUtf8.code, 2);
    assert.match(forcedUtf8.out, /无法读取：不是有效的 UTF-8 文本/);
    const forcedGb = await runCli(['-f', 'json', '--encoding', 'gb18030', join(dir, 'gb.disclosure')]);
    assert.deepEqual(parse(forcedGb.out).map((f) => f.code), ['SYN009', 'SYN011']);
  });
});

describe('disclosure-check: --rule, --severity, config files', () => {
  it('--rule keeps only the named rules; --severity drops the less severe', async () => {
    const dir = scratch({ 'x.disclosure': TWO_FINDINGS });
    const file = join(dir, 'x.disclosure');
    assert.deepEqual(parse((await runCli(['-f', 'json', file])).out).map((f) => f.code), ['SYN009', 'SYN011']);
    const onlyInfo = await runCli(['-f', 'json', '--rule', 'syn011', file]);
    assert.equal(onlyInfo.code, 0);
    assert.deepEqual(parse(onlyInfo.out).map((f) => f.code), ['SYN011']);
    assert.deepEqual(parse((await runCli(['-f', 'json', '--rule', 'SYN009', '--rule', 'SYN011', file])).out).map((f) => f.code), ['SYN009', 'SYN011']);
    assert.deepEqual(parse((await runCli(['-f', 'json', '--severity', 'warning', file])).out).map((f) => f.code), ['SYN009']);
    assert.deepEqual(parse((await runCli(['-f', 'json', '--severity', 'information', file])).out).map((f) => f.code), ['SYN009', 'SYN011']);
  });
  it('finds .disclosurerc.json up the tree from each file; the nearest wins', async () => {
    const dir = scratch({
      '.disclosurerc.json': JSON.stringify({ severities: { SYN009: 'warning' } }),
      'top.disclosure': TWO_FINDINGS,
      'team/.disclosurerc.json': JSON.stringify({ severities: { SYN011: 'off' } }),
      'team/unit/x.disclosure': TWO_FINDINGS,
    });
    const result = await runCli(['-f', 'json', '.'], { cwd: dir });
    assert.equal(result.code, 1, 'team/ has no override for SYN009, so it stays an error there');
    assert.deepEqual(
      parse(result.out).map((f) => [f.file, f.code, f.severity]),
      [
        ['team/unit/x.disclosure', 'SYN009', 'error'],
        ['top.disclosure', 'SYN009', 'warning'],
        ['top.disclosure', 'SYN011', 'information'],
      ],
    );
  });
  it('takes --config for every file, and refuses a config file that is not JSON (exit 2)', async () => {
    const dir = scratch({
      'quiet.json': JSON.stringify({ severities: { SYN009: 'hint', SYN011: 'off' } }),
      'broken.json': '{ severities: ',
      'x.disclosure': TWO_FINDINGS,
    });
    const configured = await runCli(['-f', 'json', '--config', join(dir, 'quiet.json'), join(dir, 'x.disclosure')]);
    assert.equal(configured.code, 0);
    assert.deepEqual(parse(configured.out).map((f) => [f.code, f.severity]), [['SYN009', 'hint']]);
    const broken = await runCli(['--config', join(dir, 'broken.json'), join(dir, 'x.disclosure')]);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /配置文件 .*broken\.json 不是有效的 JSON/);
    assert.equal(readFileSync(join(dir, 'x.disclosure'), 'utf8'), TWO_FINDINGS);
  });
});
