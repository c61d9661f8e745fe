/**
 * `--fix` and `--fix --dry-run` on a broken copy of each seed: one 款 (or 类) total of a classification
 * table is changed by 1.00; the fix must restore that figure and change nothing but figures — exactly the
 * edits of the editor's “fix all” (fixAll).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import iconv from 'iconv-lite';
import { fixAll } from '../../server/src/fixes/fixAll';
import { parseDocument } from '../../server/src/model/buildModel';
import type { BodyRow, Cell } from '../../server/src/model/types';
import { checkText } from '../../server/src/check';
import { SEED_IDS, readSeed, type SeedId } from '../helpers/fixtures';
import { runCli, scratch } from './cliHarness';

interface Break {
  line: number;
  character: number;
  original: string;
  broken: string;
  where: string;
}

function formatLike(value: Decimal, cell: Cell): string {
  const amount = cell.amount!;
  const fixed = value.toFixed(amount.decimals);
  if (!amount.grouped) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * The first parent row (a 5- or 3-digit code) whose children (the longer codes right below it) add up
 * exactly in the first figure column, where the seed itself has no finding on the row, its ancestors or
 * its children (so the break is the only thing wrong around it): raising it by 1 breaks a balance that
 * only it can explain.
 */
function findBreak(text: string): Break | undefined {
  const document = parseDocument(text, 'seed');
  const flagged = new Set(checkText(text).findings.map((f) => f.range.start.line));
  const clean = (rows: BodyRow[]) => rows.every((r) => !flagged.has(r.range.start.line));
  for (const parentLength of [5, 3]) {
    for (const table of document.tables) {
      const valueColumn = table.columns.find((c) => c.role === 'value');
      if (!valueColumn) continue;
      const rows = table.body;
      for (let i = 0; i < rows.length; i++) {
        const code = rows[i]!.code;
        if (!code || code.length !== parentLength) continue;
        const childLength = parentLength + 2;
        const children = [];
        for (let j = i + 1; j < rows.length; j++) {
          const c = rows[j]!.code;
          if (!c || !c.startsWith(code) || c.length <= parentLength) break;
          if (c.length === childLength) children.push(rows[j]!);
        }
        if (children.length < 2) continue;
        const ancestors = rows.slice(0, i).filter((r) => r.code && code.startsWith(r.code) && r.code.length < code.length);
        if (!clean([rows[i]!, ...children, ...ancestors])) continue;
        const cell = rows[i]!.cells.find((c) => c.column === valueColumn.index);
        const childCells = children.map((r) => r.cells.find((c) => c.column === valueColumn.index));
        if (!cell?.amount || childCells.some((c) => !c?.amount) || cell.amount.value.isZero()) continue;
        const sum = childCells.reduce((s, c) => s.plus(c!.amount!.value), new Decimal(0));
        if (!sum.equals(cell.amount.value)) continue;
        return {
          line: cell.range.start.line,
          character: cell.range.start.character,
          original: cell.text,
          broken: formatLike(cell.amount.value.plus(1), cell),
          where: `${table.caption?.text ?? `表 ${table.index}`} ${code} ${rows[i]!.name ?? ''}`,
        };
      }
    }
  }
  return undefined;
}

function applyBreak(text: string, b: Break): string {
  const lines = text.split('\n');
  const line = lines[b.line]!;
  assert.equal(line.slice(b.character, b.character + b.original.length), b.original);
  lines[b.line] = line.slice(0, b.character) + b.broken + line.slice(b.character + b.original.length);
  return lines.join('\n');
}

/** The changed tokens between two texts with the same lines: [line, before, after] per changed line. */
function changedFigures(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length, 'a fix never adds or removes lines');
  const out: Array<[number, string, string]> = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const x = a[i]!.split('|').map((s) => s.trim());
    const y = b[i]!.split('|').map((s) => s.trim());
    assert.equal(x.length, y.length, `line ${i + 1}: same cells`);
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) out.push([i, x[k]!, y[k]!]);
  }
  return out;
}

const FIGURE = /^-?[\d,]+(\.\d+)?$/;

describe('disclosure-check --fix on a broken copy of each seed', () => {
  for (const id of SEED_IDS) {
    it(`seed ${id}: restores the broken total and changes only figures`, async (t) => {
      const original = readSeed(id as SeedId);
      const b = findBreak(original);
      assert.ok(b, `seed ${id} has a parent row whose children add up`);
      t.diagnostic(`broke ${b.where}: ${b.original} → ${b.broken} (line ${b.line + 1})`);
      const broken = applyBreak(original, b);
      const dir = scratch({ [`${id}.disclosure`]: broken });
      const file = join(dir, `${id}.disclosure`);

      const dry = await runCli(['--fix', '--dry-run', file]);
      assert.equal(readFileSync(file, 'utf8'), broken, '--dry-run writes nothing');
      assert.match(dry.out, /^--- \S+\n\+\+\+ \S+\n@@ -\d+,\d+ \+\d+,\d+ @@/);
      assert.ok(dry.out.includes(`\n+${applyBreak(broken, { ...b, original: b.broken, broken: b.original }).split('\n')[b.line]}\n`), dry.out);

      await runCli(['--fix', file]);
      const fixed = readFileSync(file, 'utf8');
      assert.equal(fixed, fixAll(broken).text, 'exactly the edits of the editor’s fix all');
      // Nothing changes but the restored figure and what fix all does to the seed itself anyway.
      const own = changedFigures(original, fixAll(original).text);
      const expected = [...own.filter(([line]) => line !== b.line), [b.line, b.broken, b.original] as [number, string, string]];
      const byLine = (x: [number, string, string], y: [number, string, string]) => x[0] - y[0] || x[1].localeCompare(y[1]);
      assert.deepEqual(changedFigures(broken, fixed).sort(byLine), expected.sort(byLine), `the broken ${b.where} is restored to ${b.original}`);
      for (const [line, before, after] of own) if (FIGURE.test(before)) assert.match(after, FIGURE, `line ${line + 1}`);
      // The seed's own errors get the same fixes with or without the break.
      assert.equal(fixed, fixAll(original).text);
    });
  }
  it('keeps a GB18030 file in GB18030 when it writes the fix', async () => {
    const original = readSeed('000');
    const b = findBreak(original)!;
    const broken = applyBreak(original, b);
    const dir = scratch({ 'gb.disclosure': iconv.encode(broken, 'gb18030') });
    const file = join(dir, 'gb.disclosure');
    await runCli(['--fix', file]);
    const bytes = readFileSync(file);
    assert.equal(iconv.decode(bytes, 'gb18030'), fixAll(broken).text);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  });
  it('leaves a file without determined fixes untouched, and --fix reports what remains', async () => {
    const text = readSeed('002');
    const dir = scratch({ 'x.disclosure': text });
    const file = join(dir, 'x.disclosure');
    writeFileSync(file, fixAll(text).text);
    const before = readFileSync(file, 'utf8');
    const result = await runCli(['--fix', '-f', 'json', file]);
    assert.equal(readFileSync(file, 'utf8'), before);
    const remaining = JSON.parse(result.out) as Array<{ fixable: boolean }>;
    assert.ok(remaining.every((f) => !f.fixable), 'after fix all, nothing determined is left');
  });
});

describe('disclosure-check --fix on seed 000, 附表 4-5', () => {
  it('restores a 款 total with thousands separators (21012: 5,499.00 broken to 5,500.00)', async () => {
    const original = readSeed('000');
    const line = '| 21012 | 财政对基本医疗保险基金的补助 | 5,499.00 | 0.00 | 0.00 | 0.00 | 5,499.00 |';
    assert.ok(original.includes(line));
    const broken = original.replace(line, line.replace('| 5,499.00 | 0.00', '| 5,500.00 | 0.00'));
    const dir = scratch({ '000.disclosure': broken });
    const file = join(dir, '000.disclosure');
    const result = await runCli(['--fix', file]);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.includes(line), 'the 款 total is 5,499.00 again');
    assert.deepEqual(changedFigures(broken, fixed).filter(([, before]) => before === '5,500.00').length, 1);
    assert.equal(fixed, fixAll(original).text);
    assert.match(result.out, /已修正 1 个文件中的 \d+ 处数字/);
  });
});
