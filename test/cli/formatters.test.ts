/** The pieces of the text output and of --dry-run: excerpts with carets, unified diffs, summary tables. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unifiedDiff } from '../../server/src/cli/check/unifiedDiff';
import { excerpt } from '../../server/src/cli/formatters/excerpt';
import { summaryTables } from '../../server/src/cli/formatters/summary';
import type { FileReport } from '../../server/src/cli/check/task';

const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

describe('excerpt', () => {
  it('puts one caret per display column under the range', () => {
    assert.deepEqual(excerpt('| 合计 | 8,132.86 |', at(0, 7, 15)), { source: '| 合计 | 8,132.86 |', carets: '         ^^^^^^^^' });
    assert.deepEqual(excerpt('收入 80 万元', at(0, 3, 5)), { source: '收入 80 万元', carets: '     ^^' });
  });
  it('shortens a long line around the range and keeps the caret under it', () => {
    const line = `${'说明'.repeat(60)}共 123 万元${'其他'.repeat(60)}`;
    const start = line.indexOf('123');
    const { source, carets } = excerpt(line, at(0, start, start + 3));
    assert.ok(source.startsWith('…') && source.endsWith('…'));
    assert.ok(source.length < line.length);
    const caretStart = carets.indexOf('^');
    // Display width before the figure in the shortened line equals the caret offset.
    const before = source.slice(0, source.indexOf('123'));
    const widthBefore = [...before].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    assert.equal(caretStart, widthBefore);
    assert.equal(carets.slice(caretStart), '^^^');
  });
  it('marks an empty range with one caret, and the rest of the line for a range over several lines', () => {
    assert.equal(excerpt('abc', at(0, 1, 1)).carets, ' ^');
    assert.equal(excerpt('abcdef', { start: { line: 0, character: 2 }, end: { line: 3, character: 0 } }).carets, '  ^^^^');
  });
});

describe('unifiedDiff', () => {
  it('gives hunks with three lines of context, merged when close, 1-based', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 5', 'LINE 5').replace('line 7', 'LINE 7').replace('line 18', 'LINE 18');
    assert.equal(
      unifiedDiff('x.disclosure', before, after),
      [
        '--- a/x.disclosure',
        '+++ b/x.disclosure',
        '@@ -2,9 +2,9 @@',
        ' line 2', ' line 3', ' line 4', '-line 5', '+LINE 5', ' line 6', '-line 7', '+LINE 7', ' line 8', ' line 9', ' line 10',
        '@@ -15,6 +15,6 @@',
        ' line 15', ' line 16', ' line 17', '-line 18', '+LINE 18', ' line 19', ' line 20',
        '',
      ].join('\n'),
    );
    assert.equal(unifiedDiff('x', before, before), '');
  });
});

describe('summaryTables', () => {
  it('counts per file and per rule, unreadable files under IO001', () => {
    const finding = (ruleId: string, severity: 'error' | 'warning') => ({ ruleId, severity, message: '', range: at(0, 0, 0), fixable: false });
    const reports: FileReport[] = [
      { index: 0, file: 'a.disclosure', findings: [finding('SYN009', 'error'), finding('SYN009', 'error'), finding('SYN004', 'warning')], lines: {}, ms: 0 },
      { index: 1, file: 'b.disclosure', findings: [finding('SYN009', 'error')], lines: {}, ms: 0 },
      { index: 2, file: 'c.disclosure', findings: [], lines: {}, ms: 0, readError: '文件不存在' },
    ];
    const text = summaryTables(reports).join('\n');
    assert.match(text, /a\.disclosure +2 +1 +0 +0/);
    assert.match(text, /c\.disclosure +无法读取/);
    assert.match(text, /IO001 +文件无法读取或解码 +1 +0 +0 +0 +1/);
    assert.match(text, /SYN004 +表格行的单元格多于表头 +0 +1 +0 +0 +1/);
    assert.match(text, /SYN009 +金额格式无效 +3 +0 +0 +0 +2/);
  });
});
