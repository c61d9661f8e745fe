/** Long documents are parsed in sections cut before heading lines; the tree must not depend on the cuts. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSyntaxTree } from '../../server/src/syntax/parser';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { sectionBounds } from '../../server/src/syntax/sections';
import { readSeed, SEED_IDS } from '../helpers/fixtures';

const tree = (text: string, sectionChars?: number) => parseSyntaxTree(text, new LineIndex(text), sectionChars);

/** Blocks that could run on across a cut if it were made anywhere but before a heading. */
const TRICKY = [
  '---\n单位：甲\n年度：2024\n# 标题\n单位：乙\n',
  '# 一\n表：收支总表\n\n单位：万元\n\n| 项目 | 金额 |\n|---|---:|\n| 合计 | 1.00 |\n注：无\n## 二\n正文第一行\n正文第二行\n',
  '#######不是标题\n段落继续\n# 标题\n编码\t名称\t金额\n| a |\n\t1\t2\n',
  '\uFEFF# 一\r\n| a |\r\n# 二\r\n\uFEFF|x|\r\n### 三\n<!-- 注释 -->\n---\n',
];

describe('parsing in sections', () => {
  it('cuts only before heading lines, and somewhere in a seed', () => {
    const text = readSeed('002');
    const bounds = sectionBounds(text, 1);
    assert.ok(bounds.length > 5, `only ${bounds.length} sections`);
    assert.equal(bounds[0]![0], 0);
    assert.equal(bounds[bounds.length - 1]![1], text.length);
    for (let i = 1; i < bounds.length; i++) {
      const cut = bounds[i]![0];
      assert.equal(bounds[i - 1]![1], cut);
      assert.equal(text[cut - 1], '\n');
      assert.match(text.slice(cut, cut + 8), /^#{1,6}(?!#)/);
    }
    assert.deepEqual(sectionBounds('#######\n#######\n段落\n', 1), [[0, 16 + 3]]);
  });

  it('gives the same tree as one parse of the whole document', () => {
    for (const text of [...SEED_IDS.map(readSeed), ...TRICKY]) {
      const whole = tree(text, Number.POSITIVE_INFINITY);
      for (const sectionChars of [0, 1, 100, 2000]) assert.deepEqual(tree(text, sectionChars), whole);
    }
  });

  it('keeps what a BOM inside the document does to the line after it', () => {
    const result = tree('段落\n\uFEFF|x|\n# 标题\n\uFEFF# 不是标题\n', 0);
    assert.deepEqual(
      result.blocks.map((b) => [b.type, b.start, b.end]),
      [['paragraph', 0, 2], ['paragraph', 5, 7], ['heading', 8, 12], ['paragraph', 14, 20]],
    );
    assert.deepEqual(result.parseErrors.map((e) => e.span), [{ start: 4, end: 5 }]);
  });
});
