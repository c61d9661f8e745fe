/** The syntax tree's lines: runs of rows, paragraph breaks at list markers, line ends next to a BOM. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSyntaxTree } from '../../server/src/syntax/parser';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import type { ParagraphNode, RowLineNode, TableNode } from '../../server/src/syntax/syntaxTree';
import { rowCells } from '../../server/src/syntax/rowCells';

const tree = (text: string) => parseSyntaxTree(text, new LineIndex(text));

describe('table rows', () => {
  it('keeps pipe rows, delimiter, tab rows and notes of one table in source order', () => {
    const text = '| 编码 | 金额 |\n|---|---:|\n201\t一般公共服务\t1.00\n| 2 | 3 |\n| 4 | 5\n注：无\n';
    const result = tree(text);
    assert.equal(result.blocks.length, 1);
    const table = result.blocks[0] as TableNode;
    assert.deepEqual(
      table.rows.map((row) => (row.kind === 'rule' ? ['rule', row.text] : [row.separator, rowCells(row, text).map((c) => c.text), row.closed, row.line])),
      [
        ['pipe', [' 编码 ', ' 金额 '], true, 0],
        ['rule', '|---|---:|'],
        ['tab', ['201', '一般公共服务', '1.00'], false, 2],
        ['pipe', [' 2 ', ' 3 '], true, 3],
        ['pipe', [' 4 ', ' 5'], false, 4],
      ],
    );
    assert.deepEqual(table.notes.map((n) => n.content.text), ['注：无']);
    assert.equal(table.start, 0);
    assert.equal(table.end, text.length - 1);
    const cell = rowCells(table.rows[3] as RowLineNode, text)[1]!;
    assert.equal(text.slice(cell.start, cell.end), cell.text);
  });

  it('ends a table at a line that is no row, and starts the next at the next row', () => {
    const text = '| a |\n\n| b |\n| c |\n';
    const result = tree(text);
    assert.deepEqual(
      result.blocks.map((b) => (b as TableNode).rows.map((r) => rowCells(r as RowLineNode, text)[0]!.text)),
      [[' a '], [' b ', ' c ']],
    );
  });
});

describe('paragraph lines', () => {
  it('starts a new paragraph at every list marker but a part heading', () => {
    const result = tree('前言\n〇、零\n（一）甲\n１．乙\n\u3000① 丙\n第二部分 丁\n二〇二三年\n1.5 万元\n');
    assert.deepEqual(
      result.blocks.map((b) => (b as ParagraphNode).lines.map((l) => l.content.text)),
      [['前言'], ['〇、零'], ['（一）甲'], ['１．乙'], ['\u3000① 丙', '第二部分 丁', '二〇二三年', '1.5 万元']],
    );
  });
});

describe('a U+FEFF inside a line', () => {
  it('is skipped where it starts a token and kept where it is inside text', () => {
    const closedText = '| a |\uFEFF\n';
    const closed = (tree(closedText).blocks[0] as TableNode).rows[0] as RowLineNode;
    assert.deepEqual(rowCells(closed, closedText), [{ text: ' a ', start: 1, end: 4 }]);
    assert.deepEqual([closed.closed, closed.start, closed.end, closed.line], [true, 0, 5, 0]);
    const openText = '| a | b\uFEFF\n';
    const open = (tree(openText).blocks[0] as TableNode).rows[0] as RowLineNode;
    assert.deepEqual(rowCells(open, openText)[1], { text: ' b\uFEFF', start: 5, end: 8 });
    // A U+FEFF that starts a cell's token is skipped: the cell's text is not the slice of its span.
    const skippedText = '| a |\uFEFF b |\n';
    const skipped = (tree(skippedText).blocks[0] as TableNode).rows[0] as RowLineNode;
    assert.deepEqual(rowCells(skipped, skippedText)[1], { text: ' b ', start: 5, end: 9 });
    assert.equal(open.closed, false);
    const paragraph = tree('文字\uFEFF\n').blocks[0] as ParagraphNode;
    assert.deepEqual(paragraph.lines[0]!.content, { text: '文字\uFEFF', start: 0, end: 3 });
  });
});
