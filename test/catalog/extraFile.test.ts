/** The user's catalog additions file: validation, merging, the injected reader, COD009. */
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEntries, parseExtraFile } from '../../server/src/catalog/extraFile';
import { catalogFor, setCatalogFileReader } from '../../server/src/catalog/catalogProvider';
import { shippedCatalog, shippedEntries } from '../../server/src/catalog/shippedCatalog';
import { checkText } from '../../server/src/check';
import { resolveSettings } from '../../server/src/config/settings';
import { codesRules } from '../../server/src/rules/codes/index';
import { doc } from '../helpers/fixtures';

const GOOD = JSON.stringify({
  entries: [
    { system: 'functional', code: '2101598', name: '本地医保试点支出', validFrom: 2023, explanation: '反映本地试点支出。' },
    { system: 'functional', code: '20139', name: '社会工作事务', validFrom: 2024, validTo: null },
    { system: 'functional', code: '2101506', name: '医疗保障经办服务', validFrom: 2025 },
  ],
});

describe('additions file: parsing', () => {
  it('accepts well-formed entries', () => {
    const { entries, problems } = parseExtraFile(GOOD, 'extra.json');
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 3);
    assert.equal(entries[0]!.level, 3);
    assert.equal(entries[1]!.level, 2);
    assert.equal(entries[0]!.userAdded, true);
  });

  it('explains, in Chinese, what is wrong and keeps the good entries', () => {
    const text = JSON.stringify({
      entries: [
        { system: 'functional', code: '21015', name: '医疗保障管理事务', validFrom: 2023 },
        { system: 'fuctional', code: '21015', name: 'x', validFrom: 2023 },
        { system: 'functional', code: '2101', name: 'x', validFrom: 2023 },
        { system: 'economic-department', code: '3010101', name: 'x', validFrom: 2023 },
        { system: 'functional', code: '21015', name: '', validFrom: 'x' },
        { system: 'functional', code: '21015', name: 'y', validFrom: 2024, validTo: 2020 },
        42,
      ],
    });
    const { entries, problems } = parseExtraFile(text, 'extra.json');
    assert.equal(entries.length, 1);
    assert.equal(problems.length, 6);
    assert.match(problems[0]!, /第 2 条.*system/);
    assert.match(problems[1]!, /第 3 条.*位数不对/);
    assert.match(problems[2]!, /第 4 条.*位数不对/);
    assert.match(problems[3]!, /第 5 条.*name.*validFrom/);
    assert.match(problems[4]!, /第 6 条.*validTo/);
    assert.match(problems[5]!, /第 7 条不是对象/);
  });

  it('reports invalid JSON and a wrong shape', () => {
    assert.match(parseExtraFile('{ entries: [', 'x.json').problems[0]!, /不是有效的 JSON/);
    assert.match(parseExtraFile('[]', 'x.json').problems[0]!, /entries/);
  });
});

describe('additions file: merging', () => {
  it('overrides a shipped code only in the years it covers', () => {
    const { entries } = parseExtraFile(GOOD);
    const merged = mergeEntries(shippedEntries(), entries);
    const own = merged.filter((e) => e.system === 'functional' && e.code === '2101506');
    assert.deepEqual(
      own.map((e) => [e.name, e.validFrom, e.validTo]),
      [
        ['医疗保障经办事务', 2023, 2024],
        ['医疗保障经办服务', 2025, null],
      ],
    );
  });
});

describe('additions file: through the settings', () => {
  afterEach(() => setCatalogFileReader(undefined));

  it('uses the shipped catalog without a reader or a setting', () => {
    assert.equal(catalogFor(resolveSettings({})).catalog, shippedCatalog());
    assert.equal(catalogFor(resolveSettings({ catalogExtraFile: 'extra.json' })).catalog, shippedCatalog());
  });

  it('reads the file through the injected reader and caches the merged catalog', () => {
    const asked: string[] = [];
    setCatalogFileReader((path) => {
      asked.push(path);
      return GOOD;
    });
    const settings = resolveSettings({ catalogExtraFile: 'extra.json' });
    const first = catalogFor(settings);
    const second = catalogFor(settings);
    assert.deepEqual(asked, ['extra.json', 'extra.json']);
    assert.equal(first.catalog, second.catalog);
    assert.notEqual(first.catalog, shippedCatalog());
    assert.equal(first.catalog.lookup('functional', '2101598', 2023)?.name, '本地医保试点支出');
    assert.equal(first.catalog.lookup('functional', '20139', 2023), undefined);
    assert.equal(first.catalog.lookup('functional', '20139', 2024)?.name, '社会工作事务');
  });

  it('makes a local code known to the checker', () => {
    const text = doc(`表：支出总表\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---:|\n| 2101598 | 本地医保试点支出 | 1.00 |\n`);
    const without = checkText(text, 'a', resolveSettings({}), { rules: codesRules }).findings;
    assert.ok(without.some((f) => f.ruleId === 'COD002'));
    setCatalogFileReader(() => GOOD);
    const withExtra = checkText(text, 'a', resolveSettings({ catalogExtraFile: 'extra.json' }), { rules: codesRules }).findings;
    assert.deepEqual(withExtra.filter((f) => f.ruleId.startsWith('COD')).map((f) => f.ruleId), []);
  });

  it('reports an unreadable or invalid file once (COD009)', () => {
    setCatalogFileReader(() => undefined);
    const text = doc('正文。\n');
    let findings = checkText(text, 'a', resolveSettings({ catalogExtraFile: 'missing.json' }), { rules: codesRules }).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['COD009']);
    assert.match(findings[0]!.message, /无法读取目录补充文件 missing\.json/);
    setCatalogFileReader(() => JSON.stringify({ entries: [{ system: 'functional', code: '29901', name: '新款', validFrom: 2023 }, { code: 'x' }] }));
    findings = checkText(text, 'a', resolveSettings({ catalogExtraFile: 'bad.json' }), { rules: codesRules }).findings;
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /第 2 条/);
    assert.match(findings[0]!.message, /上级科目 299/);
  });
});

describe('additions file: the Node reader', () => {
  afterEach(() => setCatalogFileReader(undefined));

  it('reads a file relative to the base folder, and undefined for a missing one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { nodeCatalogFileReader } = await import('../../server/src/catalog/nodeFileReader');
    const folder = mkdtempSync(join(tmpdir(), 'catalog-extra-'));
    writeFileSync(join(folder, 'extra.json'), GOOD);
    const reader = nodeCatalogFileReader(folder);
    assert.equal(reader('extra.json'), GOOD);
    assert.equal(reader(join(folder, 'extra.json')), GOOD);
    assert.equal(reader('missing.json'), undefined);
  });
});
