// The preview renderer: escaping, CSP, nothing remote, merged headers, marked cells and sentences, charts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/check';
import type { Finding } from '../../server/src/diagnostics/finding';
import { parseDocument } from '../../server/src/model/buildModel';
import { renderPreview } from '../../server/src/preview/render';
import { renderStandalonePage, renderWebviewPage, createNonce } from '../../server/src/preview/page';
import { functionalStructure, threePublicBreakdown } from '../../server/src/preview/chartData';
import { SEED_IDS, doc, readSeed } from '../helpers/fixtures';

const HOSTILE = doc(`# 第一部分 <script>alert("h")</script>概况

正文 <img src=x onerror="alert(1)"> 与 <iframe src="https://evil.example/"></iframe>。

表：附表 1 <script>alert(2)</script>收支总表
单位：万元

| 项目 | 预算数 |
|---|---:|
| <img src=x onerror=alert(3)> | 1.00 |
备注：<svg onload=alert(4)>
`);

function finding(partial: Partial<Finding> & Pick<Finding, 'range'>): Finding {
  return { ruleId: 'TST001', severity: 'error', message: '测试消息', ...partial };
}

describe('preview escaping and safety', () => {
  it('renders hostile document text as text', () => {
    const html = renderPreview(parseDocument(HOSTILE, 'file:///hostile.disclosure'), []);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<iframe/i);
    assert.doesNotMatch(html, /<svg onload/i);
    assert.match(html, /&lt;script&gt;alert\(&quot;h&quot;\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
    assert.match(html, /<td[^>]*>&lt;img src=x onerror=alert\(3\)&gt;<\/td>/);
  });

  it('escapes finding messages in titles', () => {
    const document = parseDocument(HOSTILE, 'file:///hostile.disclosure');
    const cell = document.tables[0]!.body[0]!.cells[1]!;
    const html = renderPreview(document, [finding({ range: cell.range, message: '"><script>alert(5)</script>' })]);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /title="TST001：&quot;&gt;&lt;script&gt;alert\(5\)&lt;\/script&gt;"/);
  });

  it('the webview page has a strict CSP with a nonce on its style and script', () => {
    const nonce = createNonce();
    assert.match(nonce, /^[A-Za-z0-9]{16,}$/);
    assert.notEqual(nonce, createNonce());
    const page = renderWebviewPage({ body: '<main></main>', nonce, cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/dist/webview.js', title: '<t>' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.ok(csp, 'CSP meta present');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'(;|$)`));
    assert.match(csp, new RegExp(`style-src 'nonce-${nonce}'(;|$)`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    assert.match(page, new RegExp(`<style nonce="${nonce}">`));
    assert.match(page, new RegExp(`<script nonce="${nonce}" src="vscode-webview://abc/dist/webview.js"></script>`));
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.match(page, /<title>&lt;t&gt;<\/title>/);
  });

  for (const id of SEED_IDS) {
    it(`seed ${id}: loads nothing remote, no inline style or script in the body`, () => {
      const { document, findings } = checkText(readSeed(id), `file:///${id}.disclosure`);
      const body = renderPreview(document, findings);
      assert.doesNotMatch(body, /https?:\/\//);
      assert.doesNotMatch(body, /\ssrc\s*=|\shref\s*=|url\(/i);
      assert.doesNotMatch(body, /\sstyle\s*=|<script|<style|\son[a-z]+\s*=/i);
      const page = renderStandalonePage(body, id);
      assert.doesNotMatch(page, /<script|https?:\/\/|\ssrc\s*=/i);
      assert.match(page, /<style>[\s\S]*@media print/);
      assert.match(page, /default-src 'none'/);
    });
  }
});

describe('preview rendering', () => {
  const seed = readSeed('000');
  const document = parseDocument(seed, 'file:///000.disclosure');

  it('merges multi-level headers with rowspan and colspan (附表 4-5)', () => {
    const html = renderPreview(document, []);
    const table = /<figure class="table-block"[^>]*>(?:(?!<\/figure>)[\s\S])*附表 4-5(?:(?!<\/figure>)[\s\S])*<\/figure>/.exec(html)?.[0];
    assert.ok(table, '附表 4-5 rendered');
    assert.match(table, /<th rowspan="2"[^>]*>科目编码<\/th>/);
    assert.match(table, /<th colspan="3"[^>]*>基本支出<\/th>/);
    assert.match(table, /<th rowspan="2"[^>]*>项目支出<\/th>/);
    assert.match(table, /<th[^>]*>人员经费<\/th>/);
    // Two header rows: 7 cells in the first (the merged ones once), 3 in the second.
    const rows = /<thead>([\s\S]*?)<\/thead>/.exec(table)![1]!.split('</tr>').filter((r) => r.includes('<th'));
    assert.deepEqual(rows.map((r) => (r.match(/<th/g) ?? []).length), [5, 3]);
    // Amounts right-aligned with separators.
    assert.match(table, /<td[^>]*class="num"[^>]*>8,132\.86<\/td>/);
    assert.match(table, /<td[^>]*class="num"[^>]*>7,747\.00<\/td>/);
  });

  it('renders empty tables with their note and hides bindings', () => {
    const html = renderPreview(document, []);
    assert.match(html, /<p[^>]*class="table-note empty-note"[^>]*>本表无数据<\/p>/);
    const bound = renderPreview(parseDocument(doc('预算安排 4608 万元{=附表4-9/城乡居民/合计}，全部为当年资金。\n'), 'file:///b'), []);
    assert.match(bound, /预算安排 4608 万元，全部为当年资金。/);
    assert.doesNotMatch(bound, /\{=/);
  });

  it('marks the cell that carries a finding, with its message as title and its source line', () => {
    const table = document.tables.find((t) => t.caption?.number === '附表 4-5')!;
    const cell = table.body[0]!.cells[2]!;
    const html = renderPreview(document, [finding({ ruleId: 'BAL001', message: '合计应为 8,132.86，实为 8,132.87', range: cell.range })]);
    const marked = html.match(/<td[^>]*class="[^"]*finding[^"]*"[^>]*>[^<]*<\/td>/g) ?? [];
    assert.equal(marked.length, 1);
    assert.match(marked[0]!, new RegExp(`data-line="${cell.range.start.line}"`));
    assert.match(marked[0]!, /class="num finding finding-error"/);
    assert.match(marked[0]!, /title="BAL001：合计应为 8,132.86，实为 8,132.87"/);
    assert.match(marked[0]!, />8,132\.86<\/td>$/);
    assert.match(html, /共 1 个问题/);
  });

  it('marks only the sentence of a paragraph that carries a finding', () => {
    const text = doc('收入总计 100.00 万元。支出总计 99.00 万元。结余为零。\n');
    const model = parseDocument(text, 'file:///p');
    const paragraph = model.paragraphs[0]!;
    const line = paragraph.range.start.line;
    const start = paragraph.segments[0]!.text.indexOf('99.00');
    const html = renderPreview(model, [finding({ severity: 'warning', range: { start: { line, character: start }, end: { line, character: start + 5 } } })]);
    const sentences = html.match(/<span[^>]*class="sentence[^"]*"[^>]*>[^<]*<\/span>/g) ?? [];
    assert.equal(sentences.length, 3);
    assert.doesNotMatch(sentences[0]!, /finding/);
    assert.match(sentences[1]!, /class="sentence finding finding-warning"[^>]*>支出总计 99.00 万元。/);
    assert.doesNotMatch(sentences[2]!, /finding/);
  });

  it('lists findings that no element shows (header problems) so none is lost', () => {
    const model = parseDocument('# 标题\n\n正文。\n', 'file:///h');
    const html = renderPreview(model, [finding({ ruleId: 'SYN003', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }), finding({ ruleId: 'XYZ', range: { start: { line: 40, character: 0 }, end: { line: 40, character: 1 } } })]);
    assert.match(html, /<li data-line="40"[^>]*>第 41 行 XYZ：测试消息<\/li>/);
  });

  it('tolerates half-typed tables and odd input', () => {
    for (const text of ['表：\n| a |\n|', '| 1 | 2 |\n| ^ | < |\n| < | ^ |', '表：附表 1 x\n| 项目 | 数 |\n|---|---:|\n| a | 1,2.3 | 9 | 9 |', '---\n单位: x\n', '']) {
      const { document: model, findings } = checkText(text, 'file:///t');
      assert.doesNotThrow(() => renderPreview(model, findings));
    }
    const merged = renderPreview(parseDocument('表：附表 1 绩效目标表\n| a | b | c |\n|---|---|---|\n| x | 项目 | < |\n| ^ | y | z |\n', 'file:///m'), []);
    assert.match(merged, /<td rowspan="2"[^>]*>x<\/td>/);
    assert.match(merged, /<td colspan="2"[^>]*>项目<\/td>/);
  });
});

describe('preview charts from the document’s own figures', () => {
  it('seed 000: 一般公共预算 by 功能分类 类 and the 三公 breakdown', () => {
    const model = parseDocument(readSeed('000'), 'file:///000');
    const functional = functionalStructure(model)!;
    assert.deepEqual(functional.items.map((i) => [i.label, i.amount.text]), [
      ['208 社会保障和就业支出', '55.56'],
      ['210 卫生健康支出', '8,060.74'],
      ['221 住房保障支出', '16.56'],
    ]);
    assert.equal(functional.total.toFixed(2), '8132.86');
    const threePublic = threePublicBreakdown(model)!;
    assert.deepEqual(threePublic.items.map((i) => [i.label, i.amount.text]), [
      ['公务用车运行维护费', '6.00'],
      ['公务接待费', '0.55'],
    ]);
    const html = renderPreview(model, []);
    const charts = html.match(/<figure class="chart [^"]*"[\s\S]*?<\/figure>/g) ?? [];
    assert.equal(charts.length, 2);
    assert.match(charts[0]!, /<svg role="img"/);
    assert.match(charts[0]!, /210 卫生健康支出：8,060.74 万元（99.11%）/);
    assert.match(charts[1]!, /公务接待费：0.55 万元（8.40%）/);
    assert.match(charts[1]!, /合计 6.55/);
  });

  it('seed 003: 三公 items as rows; seed 002: figures in 元 from the 当年 columns', () => {
    const three = threePublicBreakdown(parseDocument(readSeed('003'), 'file:///003'))!;
    assert.deepEqual(three.items.map((i) => [i.label, i.amount.text]), [['公务用车运行维护费', '7.00']]);
    const model002 = parseDocument(readSeed('002'), 'file:///002');
    const three002 = threePublicBreakdown(model002)!;
    assert.equal(three002.unit, '元');
    assert.deepEqual(three002.items.map((i) => [i.label, i.amount.text]), [['公务接待费', '7000']]);
    const functional002 = functionalStructure(model002)!;
    assert.equal(functional002.unit, '元');
    assert.equal(functional002.items.length, 3);
  });

  it('draws no chart when the tables carry no figures', () => {
    const model = parseDocument(doc('表：附表 4-7 一般公共预算“三公”经费支出表\n单位：万元\n\n| “三公”经费合计 | 公务接待费 |\n|---:|---:|\n本表无数据\n'), 'file:///e');
    assert.equal(threePublicBreakdown(model), undefined);
    assert.doesNotMatch(renderPreview(model, []), /class="chart/);
  });
});
