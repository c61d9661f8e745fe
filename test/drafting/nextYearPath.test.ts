import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headerYear, nextYearPath, relativeFrom } from '../../client/src/templates/nextYearPath';

test('the default place of next year\'s draft advances the year in the path, else adds it to the name', () => {
  assert.equal(nextYearPath('/ws/2023年/单位.disclosure', 2023), '/ws/2024年/单位.disclosure');
  assert.equal(nextYearPath('/ws/预算/单位2023.disclosure', 2023), '/ws/预算/单位2024.disclosure');
  assert.equal(nextYearPath('/ws/预算/单位.disclosure', 2023), '/ws/预算/单位-2024.disclosure');
});

test('上年文档 is written relative to the new draft', () => {
  assert.equal(relativeFrom('/ws/2024/单位.disclosure', '/ws/2023/单位.disclosure'), '../2023/单位.disclosure');
  assert.equal(relativeFrom('/ws/预算/单位-2024.disclosure', '/ws/预算/单位.disclosure'), '单位.disclosure');
  assert.equal(relativeFrom('/a/b/c/新.disclosure', '/a/x/旧.disclosure'), '../../x/旧.disclosure');
});

test('the year is read from the metadata header only', () => {
  assert.equal(headerYear('---\n单位: 甲\n年度：2023年\n---\n'), 2023);
  assert.equal(headerYear('\uFEFF---\r\n年度: 2022\r\n---\r\n'), 2022);
  assert.equal(headerYear('正文 年度: 2023'), undefined);
});
