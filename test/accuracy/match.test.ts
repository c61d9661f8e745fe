/** The accuracy measurement's own logic: matching findings to truth entries, and the fix audit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/diagnostics/finding';
import { isFalse, matchFindings } from '../../scripts/accuracy/match';
import { auditFixAll } from '../../scripts/accuracy/fixAudit';
import { loadTruths, validate, type TruthFile } from '../../scripts/accuracy/truth';
import { doc } from '../helpers/fixtures';
import { PROJECT_TABLE } from '../rules/prose/tables';
import { fileURLToPath } from 'node:url';

const finding = (line: number, severity: Finding['severity'], ruleId = 'PRO001'): Finding => ({
  ruleId,
  severity,
  message: '',
  range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 4 } },
});

const truth: TruthFile = {
  name: 't',
  document: 't',
  file: 'x.disclosure',
  checked: [],
  findings: [
    { id: 'T1', class: 'MAJOR', kind: 'prose-vs-table', line: 10, otherLines: [40], figures: [{ line: 10, text: '4608', wrong: true }, { line: 40, text: '4,708.00' }] },
    { id: 'T2', class: 'ROUND', kind: 'table-identity', line: 20 },
  ],
  uncertain: [{ line: 30 }],
};

test('a finding on either side of a truth entry is true; elsewhere it is false', () => {
  const match = matchFindings([finding(40, 'error'), finding(11, 'warning')], truth);
  assert.deepEqual(match.findings.map(isFalse), [false, true]);
  assert.equal(match.entries.find((e) => e.entry.id === 'T1')!.severity, 'error');
  assert.equal(match.entries.find((e) => e.entry.id === 'T2')!.severity, undefined);
});

test('a rounding entry reported as an error is a false error; an undecided case is false only as an error', () => {
  const match = matchFindings([finding(20, 'error'), finding(20, 'information'), finding(30, 'warning'), finding(30, 'error')], truth);
  assert.deepEqual(match.findings.map(isFalse), [true, false, false, true]);
});

test('the fix audit allows only the figure the truth marks wrong', () => {
  const text = doc(`1、“城乡居民医疗保险地方配套”主要内容是：保障参保。2023 年预算安排 4608 万元，全部为当年一般公共预算资金。\n\n${PROJECT_TABLE}`);
  const lines = text.split('\n');
  const prose = lines.findIndex((l) => l.includes('4608')) + 1;
  const table = lines.findIndex((l) => l.includes('4,708.00')) + 1;
  const entry = (wrongLine: number, wrongText: string): TruthFile => ({
    ...truth,
    findings: [{ id: 'T1', class: 'MAJOR', kind: 'prose-vs-table', line: prose, figures: [{ line: wrongLine, text: wrongText, wrong: true }] }],
  });
  const right = auditFixAll(text, entry(prose, '4608'));
  assert.deepEqual(right.map((c) => [c.before, c.after, c.allowed]), [['4608', '4708', true]]);
  assert.deepEqual(auditFixAll(text, entry(table, '4,708.00')).map((c) => c.allowed), [false]);
  assert.deepEqual(auditFixAll(text, undefined).map((c) => c.allowed), [false]);
});

test('every committed truth file is well formed', () => {
  const truths = loadTruths(fileURLToPath(new URL('./truth/', import.meta.url)));
  assert.ok(truths.length >= 5);
  for (const t of truths) assert.deepEqual(validate(t), [], t.name);
  assert.ok(validate({ document: 'x', file: 'y', findings: [{ id: 'a', class: 'BIG' as never, kind: 'k', line: 0 }] }).length === 2);
});
