/** Hover and go-to-definition on prose figures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/model/buildModel';
import { definitionContributors, hoverContributors } from '../../server/src/features/contributors';
import { proseDefinition, proseHover } from '../../server/src/prose/features';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { doc } from '../helpers/fixtures';
import { PROJECT_TABLE } from '../rules/prose/tables';

const context = { settings: DEFAULT_SETTINGS, findings: [] };

function positionOf(text: string, needle: string, offset = 1) {
  const index = text.indexOf(needle) + offset;
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

test('the prose contributors are registered', () => {
  assert.ok(hoverContributors.includes(proseHover));
  assert.ok(definitionContributors.includes(proseDefinition));
});

test('hovering a prose figure bound to a cell shows the cell and where it is; definition jumps there', () => {
  const text = doc(`1、“城乡居民医疗保险地方配套”主要内容是：参保。2023 年预算安排 4608 万元。\n\n${PROJECT_TABLE}`);
  const document = parseDocument(text);
  const position = positionOf(text, '4608');
  const hover = proseHover(document, position, context);
  assert.match(hover!.markdown, /4,708\.00 万元/);
  assert.match(hover!.markdown, /附表4-9 项目支出表/);
  const definition = proseDefinition(document, position);
  const cellLine = text.split('\n')[definition!.targetSelectionRange.start.line]!;
  assert.equal(cellLine.slice(definition!.targetSelectionRange.start.character, definition!.targetSelectionRange.end.character), '4,708.00');
});

test('hovering a percentage shows the recomputed share or growth rate', () => {
  const text = doc('2023年度支出预算6,660.17万元，其中：基本支出880.52万元，占13.22%；项目支出5,779.65万元，占86.78%。\n\n资产总额 56.36万元，较上年 42.82 万元增加 13.54万元，增幅 31.62%。');
  const document = parseDocument(text);
  assert.match(proseHover(document, positionOf(text, '13.22%'), context)!.markdown, /880\.52 万元 ÷ 6,660\.17 万元 = 13\.22/);
  assert.match(proseHover(document, positionOf(text, '31.62%'), context)!.markdown, /13\.54 万元 ÷ 上年 42\.82 万元 = 31\.62/);
});

test('no hover or definition away from a bound figure', () => {
  const text = doc('本中心联系电话 3251006，成立于 2006 年。');
  const document = parseDocument(text);
  assert.equal(proseHover(document, positionOf(text, '3251006'), context), undefined);
  assert.equal(proseDefinition(document, positionOf(text, '3251006')), undefined);
});
