/** Hover and completion on classification codes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeHover } from '../../server/src/catalog/codeHover';
import { codeCompletion } from '../../server/src/catalog/codeCompletion';
import { completionContributors, hoverContributors } from '../../server/src/features/contributors';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { parseDocument } from '../../server/src/model/buildModel';
import type { Position } from '../../server/src/model/types';
import { doc, readSeed } from '../helpers/fixtures';

const context = { settings: DEFAULT_SETTINGS, findings: [] };

/** The position of `marker` (removed from the text) in `text`. */
function at(textWithCursor: string): { text: string; position: Position } {
  const offset = textWithCursor.indexOf('¦');
  const text = textWithCursor.replace('¦', '');
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

describe('hover on codes', () => {
  it('is registered', () => {
    assert.ok(hoverContributors.includes(codeHover));
    assert.ok(completionContributors.includes(codeCompletion));
  });

  it('shows the path, the edition and the explanation on a code (seed 004, split columns)', () => {
    const text = readSeed('004');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| 210 | 15 | 01 |'));
    assert.ok(line > 0);
    const hover = codeHover(parseDocument(text, '004'), { line, character: 9 }, context);
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*2101501 行政运行\*\*（支出功能分类科目 · 项）/);
    assert.match(hover.markdown, /210 卫生健康支出 › 21015 医疗保障管理事务 › 2101501 行政运行/);
    assert.match(hover.markdown, /2023 年版/);
    assert.match(hover.markdown, /说明：反映行政单位/);
  });

  it('works on the name cell too, and names former names', () => {
    const { text, position } = at(doc('表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 210 | 卫生¦健康支出 | 1.00 |\n'));
    const hover = codeHover(parseDocument(text, 'a'), position, context);
    assert.ok(hover);
    assert.match(hover.markdown, /曾用名：医疗卫生与计划生育支出（2014–2018）/);
    assert.equal(text.split('\n')[hover.range.start.line]!.slice(hover.range.start.character, hover.range.end.character), '卫生健康支出');
  });

  it('says when a code is not in the edition', () => {
    const { text, position } = at(doc('表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 21015¦98 | 试点 | 1.00 |\n'));
    const hover = codeHover(parseDocument(text, 'a'), position, context);
    assert.match(hover?.markdown ?? '', /2023 年版目录.*中没有这个编码/);
  });

  it('stays away from unit codes and figures', () => {
    const { text, position } = at(doc('表：收入总表\n\n| 单位编码 | 单位名称 | 合计 |\n|---|---|---:|\n| 4100¦01 | 某局 | 1.00 |\n'));
    assert.equal(codeHover(parseDocument(text, 'a'), position, context), undefined);
    const second = at(doc('表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 210 | 卫生健康支出 | 1.0¦0 |\n'));
    assert.equal(codeHover(parseDocument(second.text, 'a'), second.position, context), undefined);
  });
});

describe('completion of codes', () => {
  it('filters by the typed code prefix and inserts code and name together', () => {
    const { text, position } = at(doc('表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 2101¦ |  | 1.00 |\n'));
    const proposals = codeCompletion(parseDocument(text, 'a'), position);
    assert.ok(proposals.length > 5);
    assert.ok(proposals.every((p) => p.label.startsWith('2101')));
    const pick = proposals.find((p) => p.label === '2101506 医疗保障经办事务');
    assert.ok(pick);
    const result = applyEdits(text, [{ range: pick.range, newText: pick.insertText }]);
    assert.match(result, /\n\| 2101506 \| 医疗保障经办事务 *\| 1\.00 \|\n/);
    assert.ok(pick.filterText?.startsWith('2101'));
  });

  it('filters by Chinese name in the name cell', () => {
    const { text, position } = at(doc('表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| | 经办¦ | 1.00 |\n'));
    const proposals = codeCompletion(parseDocument(text, 'a'), position);
    assert.ok(proposals.length > 0);
    assert.ok(proposals.every((p) => p.label.includes('经办')));
    const pick = proposals.find((p) => p.label === '2101506 医疗保障经办事务')!;
    const result = applyEdits(text, [{ range: pick.range, newText: pick.insertText }]);
    assert.match(result, /\n\| 2101506 \| 医疗保障经办事务 \| 1\.00 \|\n/);
  });

  it('offers the economic system in an economic table', () => {
    const { text, position } = at(
      doc('表：附表 4-6 一般公共预算基本支出表\n\n| 部门预算支出经济分类科目 | 部门预算支出经济分类科目 | 合计 |\n| 科目编码 | 科目名称 | |\n|---|---|---:|\n| 3021¦ | | 1.00 |\n'),
    );
    const proposals = codeCompletion(parseDocument(text, 'a'), position);
    assert.ok(proposals.some((p) => p.label === '30217 公务接待费'));
    assert.ok(proposals.every((p) => p.detail?.startsWith('部门预算支出经济分类科目')));
  });

  it('fills split 类/款/项 cells each with its part', () => {
    const { text, position } = at(
      doc('表：公开表 3 支出总体情况表\n\n| 科目编码 | 科目编码 | 科目编码 | 科目名称 | 合计 |\n| 类 | 款 | 项 | | |\n|---|---|---|---|---:|\n| 210 | 15¦ |  |  | 1.00 |\n'),
    );
    const proposals = codeCompletion(parseDocument(text, 'a'), position);
    const pick = proposals.find((p) => p.label === '2101506 医疗保障经办事务');
    assert.ok(pick);
    assert.ok(proposals.every((p) => p.label.startsWith('21015')));
    const result = applyEdits(text, [{ range: pick.range, newText: pick.insertText }]);
    assert.match(result, /\n\| 210 \| 15 \| 06 \| 医疗保障经办事务 *\| 1\.00 \|\n/);
  });

  it('offers nothing in unit code cells or figure cells', () => {
    const unit = at(doc('表：收入总表\n\n| 单位编码 | 单位名称 | 合计 |\n|---|---|---:|\n| 41¦ | | 1.00 |\n'));
    assert.deepEqual(codeCompletion(parseDocument(unit.text, 'a'), unit.position), []);
    const figure = at(doc('表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 210 | 卫生健康支出 | 1¦ |\n'));
    assert.deepEqual(codeCompletion(parseDocument(figure.text, 'a'), figure.position), []);
  });
});
