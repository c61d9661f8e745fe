import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactLabel, sameLabel } from '../../server/src/model/labels';

test('labels compare without white space of any kind', () => {
  assert.equal(compactLabel('合 计'), '合计');
  assert.equal(compactLabel('　收 入\t总 计\u00a0'), '收入总计');
  assert.equal(compactLabel('项目'), '项目');
  assert.ok(sameLabel('项　目', '项目'));
  assert.ok(!sameLabel('项目支出', '项目'));
});

test('every character a regexp calls white space is removed, and no other', () => {
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    const expected = /\s/.test(ch) ? 'ab' : `a${ch}b`;
    assert.equal(compactLabel(`a${ch}b`), expected, `U+${code.toString(16)}`);
  }
});
