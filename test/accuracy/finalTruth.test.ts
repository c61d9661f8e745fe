/**
 * The accuracy targets on the project's own 决算 fixture, judged against its truth file
 * (test/accuracy/truth/shiliqu-wenhuaju-2024-final.json, written by recomputation): no error outside the
 * MAJOR entries, every MAJOR and TEXT entry found, at least 90 % of the warnings true, rounding-only
 * differences information only, and fix-all changes only figures the truth file names (the wrong one where
 * it says which).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../../server/src/check';
import { readFinalFixture } from '../rules/finalAccounts/helpers';

interface TruthEntry {
  id: string;
  class: 'MAJOR' | 'ROUND' | 'TEXT';
  line: number;
  otherLines?: number[];
  figures: Array<{ line: number; text: string; wrong?: boolean }>;
}

const truth = JSON.parse(readFileSync(fileURLToPath(new URL('./truth/shiliqu-wenhuaju-2024-final.json', import.meta.url)), 'utf8')) as {
  file: string;
  findings: TruthEntry[];
};
const text = readFinalFixture();
const findings = checkText(text, truth.file).findings;
const lineOf = (f: { range: { start: { line: number } } }): number => f.range.start.line + 1;
const entriesAt = (line: number): TruthEntry[] => truth.findings.filter((e) => e.line === line || (e.otherLines ?? []).includes(line));

test('the truth file names the fixture', () => {
  assert.equal(truth.file, 'test/fixtures/final/shiliqu-wenhuaju-2024-final.disclosure');
});

test('no false error: every error points at a MAJOR entry', () => {
  const stray = findings.filter((f) => f.severity === 'error' && !entriesAt(lineOf(f)).some((e) => e.class === 'MAJOR'));
  assert.deepEqual(stray.map((f) => `${f.ruleId}:${lineOf(f)}`), []);
});

test('every deliberate error is found', () => {
  const missed = truth.findings
    .filter((e) => e.class !== 'ROUND')
    .filter((e) => !findings.some((f) => f.severity !== 'hint' && [e.line, ...(e.otherLines ?? [])].includes(lineOf(f))));
  assert.deepEqual(missed.map((e) => e.id), []);
});

test('at least 90 % of the warnings are true', () => {
  const warnings = findings.filter((f) => f.severity === 'warning');
  const true_ = warnings.filter((f) => entriesAt(lineOf(f)).length > 0);
  assert.ok(true_.length >= 0.9 * warnings.length, `${true_.length} of ${warnings.length} warnings true`);
});

test('rounding-only differences are information only', () => {
  for (const entry of truth.findings.filter((e) => e.class === 'ROUND')) {
    const onIt = findings.filter((f) => lineOf(f) === entry.line && !entriesAt(lineOf(f)).some((e) => e.class !== 'ROUND'));
    assert.ok(onIt.length > 0, `${entry.id} found`);
    for (const f of onIt) assert.equal(f.severity, 'information', `${entry.id}: ${f.ruleId} ${f.message}`);
  }
});

test('fix-all changes only figures the truth file names', async () => {
  const { fixAll } = await import('../../server/src/fixes/fixAll');
  const fixed = fixAll(text).text;
  const before = text.split('\n');
  const after = fixed.split('\n');
  assert.equal(after.length, before.length);
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const line = i + 1;
    const figures = truth.findings.flatMap((e) => e.figures).filter((f) => f.line === line);
    assert.ok(figures.length > 0, `line ${line} changed but names no figure: ${after[i]}`);
    const allowed = figures.some((f) => f.wrong) ? figures.filter((f) => f.wrong) : figures;
    // Every changed figure text on the line is an allowed one.
    const removed = before[i]!.split(/[|，。；、：（）\s]+/).filter((t) => !after[i]!.split(/[|，。；、：（）\s]+/).includes(t) && /\d/.test(t));
    for (const token of removed) assert.ok(allowed.some((f) => token.includes(f.text)), `line ${line}: ${token} is not a figure the truth file allows`);
  }
});
