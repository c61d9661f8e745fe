/**
 * headerFactsOfDocument (the CLI's last-year search reads the header facts from the model it checks) must
 * give exactly what headerFacts gives from the text alone, on every shape of header: closed or not, CRLF,
 * BOMs, a year only in a heading, junk inside the header, fences that are not `---`, a late close.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { headerFacts, headerFactsOfDocument, type HeaderFacts } from '../../server/src/lastYear/header';
import { parseDocument } from '../../server/src/model/buildModel';
import { FIXTURES_DIR, SEED_IDS, readSeed } from '../helpers/fixtures';

/** The facts the search compares, and the header entries it reads (`上年文档`). */
function comparable(facts: HeaderFacts | undefined): unknown {
  if (!facts) return undefined;
  return { unit: facts.unit, year: facts.year, family: facts.family, entries: facts.meta.entries.map((e) => [e.key, e.value]) };
}

function assertSame(text: string, label: string): void {
  assert.deepEqual(comparable(headerFactsOfDocument(parseDocument(text))), comparable(headerFacts(text)), label);
}

const BODY = '\n# 2024年部门预算\n\n说明文字。\n\n表：表1 收支总表\n| 项目 | 金额 |\n|---|---|\n| 合计 | 1.00 |\n';

const HEADERS: Record<string, string> = {
  plain: '---\n单位: 某某局\n年度: 2023\n类型: 部门预算\n金额单位: 万元\n---\n',
  finalAccounts: '---\n单位: 某某局\n年度: 2022\n类型: 部门决算\n金额单位: 万元\n上年文档: ../2021/某某局.disclosure\n---\n',
  noYear: '---\n单位: 某某局\n类型: 部门预算\n金额单位: 万元\n---\n',
  fullWidthYear: '---\n单位: 某某局\n年度: ２０２３\n类型: 单位预算\n---\n',
  badYear: '---\n单位: 某某局\n年度: 二〇二三\n---\n',
  unclosed: '---\n单位: 某某局\n年度: 2023\n类型: 部门预算\n',
  unclosedNoYear: '---\n单位: 某某局\n类型: 部门预算\n',
  junkInside: '---\n单位: 某某局\n这一行不是键值\n年度: 2023\n---\n',
  longFence: '-----\n单位: 某某局\n年度: 2023\n-----\n',
  spacedFence: ' --- \n单位: 某某局\n年度: 2023\n---  \n',
  tableFence: '|---|\n单位: 某某局\n年度: 2023\n---\n',
  blankFirst: '\n---\n单位: 某某局\n年度: 2023\n---\n',
  emptyHeader: '---\n---\n',
  tabLine: '---\n单位:\t某某局\n年度: 2023\n---\n',
  bomInside: '---\n单位: 某\uFEFF某局\n年度: 2023\n---\n',
  lateClose: `---\n单位: 某某局\n年度: 2023\n${'备注: 很长的头\n'.repeat(85)}---\n`,
  closeAtLimit: `---\n单位: 某某局\n${'备注: x\n'.repeat(77)}---\n`,
};

describe('headerFactsOfDocument', () => {
  it('equals headerFacts on every seed and fixture', () => {
    for (const id of SEED_IDS) assertSame(readSeed(id), `seed ${id}`);
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.disclosure')) assertSame(readFileSync(path, 'utf8'), path);
      }
    };
    walk(FIXTURES_DIR);
  });

  it('equals headerFacts on headers of every shape, with LF, CRLF, CR and a leading BOM', () => {
    for (const [name, header] of Object.entries(HEADERS)) {
      for (const body of [BODY, '', '# 无年份的标题\n# 2021年的标题\n']) {
        for (const [breakName, lineBreak] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
          const text = (header + body).replace(/\n/g, lineBreak);
          assertSame(text, `${name} ${breakName}`);
          assertSame(`\uFEFF${text}`, `${name} ${breakName} BOM`);
        }
      }
    }
  });

  it('reads the year of the header only, not one the model takes from a heading', () => {
    const text = HEADERS.noYear! + BODY;
    assert.equal(parseDocument(text).meta.year, 2024);
    assert.equal(headerFactsOfDocument(parseDocument(text))?.year, undefined);
    assert.equal(headerFactsOfDocument(parseDocument(HEADERS.plain! + BODY))?.year, 2023);
  });
});
