/** The caption hover (kind, checks run and skipped) and the total-cell hover (its computation). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tableCaptionHover } from '../../server/src/analysis/explainTableHover';
import { totalCellHover } from '../../server/src/analysis/explainCellHover';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { hoverContributors } from '../../server/src/features/contributors';
import { parseDocument } from '../../server/src/model/buildModel';
import { readSeed } from '../helpers/fixtures';

const context = { settings: DEFAULT_SETTINGS, findings: [] };

describe('balance hovers', () => {
  const document = parseDocument(readSeed('000'));
  const tableByNumber = (n: string) => document.tables.find((t) => t.caption?.number === n)!;

  it('are registered', () => {
    assert.ok(hoverContributors.includes(tableCaptionHover));
    assert.ok(hoverContributors.includes(totalCellHover));
  });

  it('caption: kind, checks run, and the skipped 项目支出 comparison with its reason', () => {
    const table = tableByNumber('附表4-9');
    const hover = tableCaptionHover(document, table.caption!.range.start, context);
    assert.ok(hover);
    assert.match(hover.markdown, /识别为：项目支出表/);
    assert.match(hover.markdown, /BAL002 .*核对 \d+ 项，全部相符/);
    assert.match(hover.markdown, /未运行的检查：\n- XTB004 .*等于支出总表的合计而非其项目支出/);
  });

  it('total cell: its computation with a check mark', () => {
    const table = tableByNumber('附表 4-3');
    const row208 = table.body.find((r) => r.code === '208')!;
    const hover = totalCellHover(document, row208.cells[2]!.range.start, context);
    assert.ok(hover);
    assert.match(hover.markdown, /= 55.24 \+ 0.32 = 55.56 ✓/);
  });

  it('total cell: a rounding difference', () => {
    const table = tableByNumber('附表 4-6');
    const row301 = table.body.find((r) => r.code === '301')!;
    const hover = totalCellHover(document, row301.cells[2]!.range.start, context);
    assert.match(hover!.markdown, /= 330.61 ≈ 330.62（相差 0.01 万元，可能为取整误差）/);
  });

  it('nothing on a cell that is no total', () => {
    const table = tableByNumber('附表 4-3');
    const leaf = table.body.find((r) => r.code === '2080502')!;
    assert.equal(totalCellHover(document, leaf.cells[3]!.range.start, context), undefined);
  });
});
