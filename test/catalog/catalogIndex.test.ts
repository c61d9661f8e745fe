/** The catalog lookups: per-edition validity, renames, names, paths, closest codes, build-once. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogIndex } from '../../server/src/catalog/catalogIndex';
import { shippedCatalog, shippedBuildCount, shippedEntries, shippedMapping, shippedPublications } from '../../server/src/catalog/shippedCatalog';
import { nameSimilarity, normalizeName, sameName } from '../../server/src/catalog/names';

describe('catalog lookups', () => {
  const catalog = shippedCatalog();

  it('finds a code valid in the year, with its attestation', () => {
    const entry = catalog.lookup('functional', '2101506', 2023);
    assert.equal(entry?.name, '医疗保障经办事务');
    assert.ok(entry && entry.attested.length > 0);
    assert.equal(catalog.lookup('functional', '2101506', 2025)?.name, '医疗保障经办事务');
  });

  it('knows the renames: the old name in its years, the new one after', () => {
    assert.equal(catalog.lookup('functional', '210', 2018)?.name, '医疗卫生与计划生育支出');
    assert.equal(catalog.lookup('functional', '210', 2019)?.name, '卫生健康支出');
    assert.deepEqual(catalog.namesOf('functional', '210'), ['医疗卫生与计划生育支出', '卫生健康支出']);
    assert.equal(catalog.lookup('functional', '20805', 2020)?.name, '行政事业单位离退休');
    assert.equal(catalog.lookup('functional', '20805', 2023)?.name, '行政事业单位养老支出');
    assert.equal(catalog.lookup('economic-department', '30217', 2013)?.name, '招待费');
    assert.equal(catalog.lookup('economic-department', '30217', 2023)?.name, '公务接待费');
    const history = catalog.history('functional', '210');
    assert.equal(history[1]?.renamedFrom, '医疗卫生与计划生育支出');
  });

  it('falls back to the first edition for older years and clamps newer ones', () => {
    // 2101506 is recorded from 2023 only; a 2021 document still finds it.
    assert.equal(catalog.lookup('functional', '2101506', 2021)?.name, '医疗保障经办事务');
    assert.equal(catalog.lookup('functional', '2101506', 2030)?.name, '医疗保障经办事务');
    assert.equal(catalog.edition('functional', 2021).edition, 2023);
    assert.equal(catalog.edition('functional', 2030).edition, 2026);
    assert.match(catalog.edition('functional', 2023).publication, /2023年政府收支分类科目/);
  });

  it('returns nothing for unknown codes and other systems', () => {
    assert.equal(catalog.lookup('functional', '2101598', 2023), undefined);
    assert.equal(catalog.lookup('economic-government', '30101', 2023), undefined);
    assert.deepEqual(catalog.history('functional', '999'), []);
  });

  it('gives the path 类 › 款 › 项', () => {
    assert.equal(catalog.pathText('functional', '2210202', 2023), '221 住房保障支出 › 22102 住房改革支出 › 2210202 提租补贴');
    assert.deepEqual(
      catalog.path('economic-department', '30217', 2023).map((e) => e.code),
      ['302', '30217'],
    );
  });

  it('finds codes by name and children by parent', () => {
    assert.deepEqual(catalog.entriesNamed('functional', '提租补贴').map((e) => e.code), ['2210202']);
    assert.ok(catalog.entriesNamed('functional', '行政运行').length > 20, 'generic names repeat under many 款');
    const children = catalog.childrenOf('functional', '21015');
    assert.ok(children.includes('2101501') && children.includes('2101599'));
  });

  it('proposes the closest codes: same parent, similar name first', () => {
    const closest = catalog.closest('functional', '2101507', 2023, '医疗保障经办');
    assert.equal(closest[0]?.code, '2101506');
    assert.ok(closest.every((e) => e.code.startsWith('21015')));
    const byName = catalog.closest('functional', '2210299', 2023, '提租补贴');
    assert.equal(byName[0]?.code, '2210202');
  });

  it('knows the economic mapping', () => {
    assert.equal(catalog.pairAllowed('30101', '50101'), true);
    assert.equal(catalog.pairAllowed('30101', '50501'), true);
    assert.equal(catalog.pairAllowed('30101', '50201'), false);
    assert.equal(catalog.pairAllowed('38888', '50101'), undefined);
  });

  it('builds the shipped index once and reuses it', () => {
    const again = shippedCatalog();
    assert.equal(again, catalog);
    assert.equal(shippedBuildCount, 1);
  });

  it('builds an index from any entry list', () => {
    const small = new CatalogIndex(shippedEntries().filter((e) => e.code.startsWith('210')), shippedMapping(), shippedPublications());
    assert.ok(small.lookup('functional', '2101506', 2023));
    assert.equal(small.lookup('functional', '2210202', 2023), undefined);
  });
});

describe('name comparison', () => {
  it('ignores white space and bracket width', () => {
    assert.ok(sameName('因公出国(境)费用', '因公出国（境）费用'));
    assert.ok(sameName('医疗保障 经办事务', '医疗保障经办事务'));
    assert.ok(sameName('行政事业单位\u3000养老支出', '行政事业单位养老支出'));
    assert.ok(!sameName('租房补贴', '提租补贴'));
    assert.equal(normalizeName(' 公务用车 运行维护费 '), '公务用车运行维护费');
  });

  it('rates similar names higher', () => {
    assert.ok(nameSimilarity('医疗保障经办', '医疗保障经办事务') > nameSimilarity('医疗保障经办', '行政运行'));
    assert.equal(nameSimilarity('行政运行', '行政运行'), 1);
  });
});
