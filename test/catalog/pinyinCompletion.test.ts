/** Completion of names by pinyin: the matcher, and the proposals in code and name cells. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeCompletion } from '../../server/src/catalog/codeCompletion';
import { asPinyinQuery, pinyinInitials, pinyinMatchRank } from '../../server/src/catalog/pinyinMatch';
import { applyEdits } from '../../server/src/fixes/textEdits';
import { parseDocument } from '../../server/src/model/buildModel';
import type { Position } from '../../server/src/model/types';
import { doc } from '../helpers/fixtures';

function at(textWithCursor: string): { text: string; position: Position } {
  const offset = textWithCursor.indexOf('¦');
  const text = textWithCursor.replace('¦', '');
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

const EXPENDITURE = (cell: string, name = '') => doc(`表：附表 4-3 支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| ${cell} | ${name} | 55.56 |\n`, { 年度: '2023' });

describe('pinyin matching', () => {
  it('matches initials, full pinyin and mixes, from the first syllable or (two letters or more) a later one', () => {
    const name = '社会保障和就业支出';
    assert.equal(pinyinInitials(name), 'shbzhjyzc');
    for (const query of ['shbz', 'shehuibaozhang', 'shehbzh', 's', 'shbzhjyzc', 'shehuibaozhanghejiuyezhichu']) assert.equal(pinyinMatchRank(query, name), 0, query);
    for (const query of ['jiuye', 'jyzc', 'bz']) assert.equal(pinyinMatchRank(query, name), 1, query);
    for (const query of ['h', 'shbx', 'shehuix', 'sbz', 'zz']) assert.equal(pinyinMatchRank(query, name), undefined, query);
  });

  it('reads polyphones by context and ignores what is not Chinese', () => {
    assert.equal(pinyinMatchRank('xzyx', '行政运行'), 0);
    assert.equal(pinyinMatchRank('yinhang', '银行'), 0);
    assert.equal(pinyinMatchRank('ygcg', '因公出国（境）费用'), 0);
    assert.equal(asPinyinQuery('ShBZ'), 'shbz');
    assert.equal(asPinyinQuery('208'), undefined);
    assert.equal(asPinyinQuery('社保'), undefined);
  });
});

describe('completion by pinyin', () => {
  it('“shbz” in the code cell offers 208 社会保障和就业支出 first and inserts code and name', () => {
    const { text, position } = at(EXPENDITURE('shbz¦'));
    const proposals = codeCompletion(parseDocument(text, 'a'), position);
    assert.equal(proposals[0]?.label, '208 社会保障和就业支出');
    const result = applyEdits(text, [{ range: proposals[0]!.range, newText: proposals[0]!.insertText }]);
    assert.match(result, /\n\| 208 \| 社会保障和就业支出 *\| 55\.56 \|\n/);
    // The editor filters what was typed against filterText: the initials must be in it.
    assert.match(proposals[0]!.filterText!, /shbz/);
  });

  it('full pinyin in the name cell offers the name, its children after it', () => {
    const { text, position } = at(EXPENDITURE('', 'shehuibaozhang¦'));
    const labels = codeCompletion(parseDocument(text, 'a'), position).map((p) => p.label);
    assert.equal(labels[0], '208 社会保障和就业支出');
    assert.ok(labels.every((l) => pinyinMatchRank('shehuibaozhang', l.split(' ')[1]!) !== undefined));
  });

  it('a later syllable matches too, ranked after names that start with it', () => {
    const { text, position } = at(EXPENDITURE('', 'ylbz¦'));
    const labels = codeCompletion(parseDocument(text, 'a'), position).map((p) => p.label);
    assert.ok(labels.includes('21015 医疗保障管理事务'), labels.slice(0, 10).join(','));
    const firstLater = labels.findIndex((l) => pinyinMatchRank('ylbz', l.split(' ')[1]!) === 1);
    const lastStart = labels.map((l) => pinyinMatchRank('ylbz', l.split(' ')[1]!)).lastIndexOf(0);
    assert.ok(firstLater === -1 || lastStart < firstLater);
  });

  it('offers the document’s own unit codes and names, by pinyin, in a unit code column', () => {
    const text = doc(
      '表：表2 收入总表\n单位：元\n\n| 单位编码 | 单位名称 | 合计 |\n|---|---|---:|\n| 410001 | 麟游县医疗保障局 | 936760 |\n| 410002 | 麟游县医疗保障经办中心 | 6950310 |\n\n' +
        '表：表3 支出总表\n单位：元\n\n| 单位编码 | 单位名称 | 合计 |\n|---|---|---:|\n| ¦ |  | 936760 |\n',
    );
    const cursor = at(text.replace('| ¦ |', '| jbzx¦ |'));
    const proposals = codeCompletion(parseDocument(cursor.text, 'a'), cursor.position);
    assert.deepEqual(proposals.map((p) => p.label), ['410002 麟游县医疗保障经办中心']);
    const result = applyEdits(cursor.text, [{ range: proposals[0]!.range, newText: proposals[0]!.insertText }]);
    assert.match(result, /\| 410002 \| 麟游县医疗保障经办中心 *\| 936760 \|\n$/);
  });

  it('stays silent on letters in figure cells and on digits mixed with letters', () => {
    for (const cell of ['2a¦', '208x¦']) {
      const { text, position } = at(EXPENDITURE(cell));
      assert.deepEqual(codeCompletion(parseDocument(text, 'a'), position), []);
    }
    const { text, position } = at(doc('表：附表 4-3 支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 208 | 社会保障和就业支出 | shbz¦ |\n'));
    assert.deepEqual(codeCompletion(parseDocument(text, 'a'), position), []);
  });

});
