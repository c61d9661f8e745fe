// The preview of a 决算: the two-panel 基本支出 table is shown as printed, with its findings marked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/check';
import { renderPreview } from '../../server/src/preview/render';
import { readFinalFixture } from '../rules/finalAccounts/helpers';

describe('决算 preview', () => {
  const { document, findings } = checkText(readFinalFixture(), 'file:///final.disclosure');
  const html = renderPreview(document, findings);
  const basic = document.tables.find((t) => t.kind === 'general-budget-basic')!;
  const figure = new RegExp(`<figure class="table-block"[^>]*data-table="${basic.index}"[\\s\\S]*?</figure>`).exec(html)![0];

  it('shows the two panels side by side, one table row per printed line', () => {
    const bodyRows = /<tbody>([\s\S]*)<\/tbody>/.exec(figure)![1]!.split('<tr').slice(1);
    assert.equal(bodyRows.length, basic.panels!.printedRows.length);
    assert.equal((bodyRows[0]!.match(/<td/g) ?? []).length, 6);
    assert.match(bodyRows[0]!, /工资福利支出[\s\S]*商品和服务支出/);
  });

  it('marks the figure a finding is about (303 in the left panel)', () => {
    assert.match(figure, /class="num finding finding-error"[^>]*>35\.00</);
  });
});
