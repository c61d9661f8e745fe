/** COD006: 类 → 款 → 项 order and prefixes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { codeFindings, functionalTable } from './helpers';

describe('COD006 hierarchy', () => {
  it('fires on a 款 under the wrong 类', () => {
    const text = doc(functionalTable([['208', '社会保障和就业支出'], ['21015', '医疗保障管理事务'], ['2101506', '医疗保障经办事务']]));
    const findings = codeFindings(text, 'COD006');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /款级编码 21015 缺少上级类行 210/);
  });

  it('fires on a 项 whose 款 row is missing where the table shows 款 rows', () => {
    const text = doc(
      functionalTable([
        ['210', '卫生健康支出'],
        ['21011', '行政事业单位医疗'],
        ['2101101', '行政单位医疗'],
        ['2101506', '医疗保障经办事务'],
      ]),
    );
    const findings = codeFindings(text, 'COD006');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /项级编码 2101506 缺少上级款行 21015/);
  });

  it('fires on a 项 listed before its 款', () => {
    const text = doc(
      functionalTable([
        ['210', '卫生健康支出'],
        ['2101506', '医疗保障经办事务'],
        ['21015', '医疗保障管理事务'],
      ]),
    );
    const findings = codeFindings(text, 'COD006');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /项级编码 2101506 没有排在其上级款 21015 之下/);
  });

  it('fires on a 项 under another 类 when the table shows only 类 and 项', () => {
    const text = doc(functionalTable([['208', '社会保障和就业支出'], ['2101506', '医疗保障经办事务']]));
    const findings = codeFindings(text, 'COD006');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /项级编码 2101506 没有排在其所属的类 210 之下（上方最近的类是 208）/);
  });

  it('stays silent on a well-ordered table and on flat 项 lists', () => {
    const ordered = functionalTable([
      ['208', '社会保障和就业支出'],
      ['20805', '行政事业单位养老支出'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['210', '卫生健康支出'],
      ['21011', '行政事业单位医疗'],
      ['2101102', '事业单位医疗'],
      ['21015', '医疗保障管理事务'],
      ['2101506', '医疗保障经办事务'],
    ]);
    const flat = functionalTable([['2101506', '医疗保障经办事务'], ['2080505', '机关事业单位基本养老保险缴费支出']], '附表 4-5 一般公共预算支出表');
    assert.deepEqual(codeFindings(doc(`${ordered}\n${flat}`), 'COD006'), []);
  });
});
