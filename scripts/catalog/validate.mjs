#!/usr/bin/env node
// Validates the classification catalog data. Plain Node (>=18), no dependencies, reads only
// files inside the repository.
//
//   node scripts/catalog/validate.mjs                 check everything, print counts
//   node scripts/catalog/validate.mjs --write-docs    also rewrite the counts block in docs/catalog.md
//   node scripts/catalog/validate.mjs --extra FILE    also check a user additions file's shape
//
// Checks: JSON shape; code length vs level; every child's parent exists in every year the child
// is valid; no overlapping validity for one code; renamedFrom consistent; every seed pair in
// scripts/catalog/seed-pairs.json is present and valid for its seed's year (pairs marked
// error must NOT be valid); attested arrays agree with the seed pairs; the economic mapping
// only names existing codes, covers every department 款 and allows every pair printed in the
// seeds; the counts block in docs/catalog.md matches the data.
// Exit code 0 when every check passes. The last line is "N passed, N failed".

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dataDir = join(root, 'server', 'src', 'catalog', 'data');
const docPath = join(root, 'docs', 'catalog.md');

const EDITIONS = [2023, 2024, 2025, 2026];
const LAST_YEAR = EDITIONS[EDITIONS.length - 1];
const SEED_IDS = ['000', '001', '002', '003', '004'];
const SYSTEMS = {
  functional: { title: '支出功能分类科目', lengths: [3, 5, 7], first: '2' },
  'economic-department': { title: '部门预算支出经济分类科目', lengths: [3, 5], first: '3' },
  'economic-government': { title: '政府预算支出经济分类科目', lengths: [3, 5], first: '5' },
};
const LEVEL_NAMES = ['类', '款', '项'];
const ENTRY_KEYS = new Set(['code', 'name', 'level', 'validFrom', 'validTo', 'renamedFrom', 'attested', 'explanation', 'uncertain']);

const args = process.argv.slice(2);
const writeDocs = args.includes('--write-docs');
const extraIdx = args.indexOf('--extra');
const extraFile = extraIdx >= 0 ? args[extraIdx + 1] : null;

let passed = 0;
let failed = 0;
function check(name, problems) {
  if (problems.length === 0) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name} (${problems.length})`);
    for (const p of problems.slice(0, 25)) console.log(`       - ${p}`);
    if (problems.length > 25) console.log(`       … ${problems.length - 25} more`);
  }
}

const load = (f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
const catalogs = {};
for (const s of Object.keys(SYSTEMS)) catalogs[s] = load(`${s}.json`);
const mapping = load('economic-mapping.json');
const seedPairs = JSON.parse(readFileSync(join(here, 'seed-pairs.json'), 'utf8'));

const validIn = (e, year) => e.validFrom <= year && (e.validTo === null || e.validTo >= year);
const parentCode = (code) => (code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null);
const byCode = (cat) => {
  const m = new Map();
  for (const e of cat.entries) {
    if (!m.has(e.code)) m.set(e.code, []);
    m.get(e.code).push(e);
  }
  return m;
};
const indexes = Object.fromEntries(Object.entries(catalogs).map(([s, c]) => [s, byCode(c)]));
const lookup = (system, code, year) => (indexes[system].get(code) ?? []).find((e) => validIn(e, year));

// ---------------------------------------------------------------- per-system checks
for (const [system, spec] of Object.entries(SYSTEMS)) {
  const cat = catalogs[system];
  const shape = [];
  if (cat.system !== system) shape.push(`system is ${JSON.stringify(cat.system)}`);
  if (cat.title !== spec.title) shape.push(`title is ${JSON.stringify(cat.title)}`);
  if (!cat.editions || typeof cat.editions !== 'object') shape.push('editions missing');
  else
    for (const y of EDITIONS) {
      const ed = cat.editions[String(y)];
      if (!ed || typeof ed.publication !== 'string' || !ed.publication) shape.push(`edition ${y} has no publication`);
    }
  if (!Array.isArray(cat.entries) || cat.entries.length === 0) shape.push('entries missing');
  for (const e of cat.entries ?? []) {
    const id = `${e.code} ${e.name}`;
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) shape.push(`${id}: unknown key ${k}`);
    if (typeof e.code !== 'string' || !/^\d+$/.test(e.code)) shape.push(`${id}: bad code`);
    if (typeof e.name !== 'string' || !e.name.trim() || /\s/.test(e.name)) shape.push(`${id}: bad name`);
    if (/[()]/.test(e.name)) shape.push(`${id}: ASCII parentheses in name (use （）)`);
    if (!Number.isInteger(e.level)) shape.push(`${id}: bad level`);
    if (!Number.isInteger(e.validFrom)) shape.push(`${id}: bad validFrom`);
    if (!(e.validTo === null || (Number.isInteger(e.validTo) && e.validTo >= e.validFrom))) shape.push(`${id}: bad validTo`);
    if (e.validFrom > LAST_YEAR) shape.push(`${id}: validFrom after ${LAST_YEAR}`);
    if (!Array.isArray(e.attested) || e.attested.some((s) => !SEED_IDS.includes(s))) shape.push(`${id}: bad attested`);
    else if (e.attested.join() !== [...new Set(e.attested)].sort().join()) shape.push(`${id}: attested not sorted/unique`);
    if ('renamedFrom' in e && (typeof e.renamedFrom !== 'string' || !e.renamedFrom)) shape.push(`${id}: bad renamedFrom`);
    if ('explanation' in e && (typeof e.explanation !== 'string' || !e.explanation.startsWith('反映')))
      shape.push(`${id}: explanation should be a 反映… text`);
    if ('uncertain' in e && e.uncertain !== true) shape.push(`${id}: uncertain must be true when present`);
    if (e.uncertain && e.attested?.length) shape.push(`${id}: attested in the seeds, so it cannot be uncertain`);
  }
  check(`${system}: JSON shape`, shape);

  const lv = [];
  for (const e of cat.entries) {
    const want = spec.lengths.indexOf(e.code.length) + 1;
    if (want === 0) lv.push(`${e.code} ${e.name}: code length ${e.code.length} not allowed`);
    else if (e.level !== want) lv.push(`${e.code} ${e.name}: level ${e.level}, code length says ${want}`);
    if (!e.code.startsWith(spec.first)) lv.push(`${e.code} ${e.name}: code must start with ${spec.first}`);
  }
  check(`${system}: code length matches level`, lv);

  const par = [];
  for (const e of cat.entries) {
    const p = parentCode(e.code);
    if (!p) continue;
    const to = e.validTo ?? LAST_YEAR;
    for (let y = e.validFrom; y <= to; y++)
      if (!lookup(system, p, y)) {
        par.push(`${e.code} ${e.name}: parent ${p} missing in ${y}`);
        break;
      }
  }
  for (const y of EDITIONS)
    for (const e of cat.entries.filter((x) => validIn(x, y))) {
      const p = parentCode(e.code);
      if (p && !lookup(system, p, y)) par.push(`edition ${y}: ${e.code} has no parent ${p}`);
    }
  check(`${system}: every child's parent exists in the same edition`, par);

  const ov = [];
  for (const [code, list] of indexes[system]) {
    const s = list.slice().sort((a, b) => a.validFrom - b.validFrom);
    for (let i = 1; i < s.length; i++) {
      const prevTo = s[i - 1].validTo;
      if (prevTo === null || prevTo >= s[i].validFrom)
        ov.push(`${code}: ${s[i - 1].name} [${s[i - 1].validFrom}–${prevTo ?? ''}] overlaps ${s[i].name} [${s[i].validFrom}–]`);
      if (s[i - 1].name === s[i].name) ov.push(`${code}: two entries with the same name ${s[i].name}`);
    }
  }
  check(`${system}: no overlapping validity for one code`, ov);

  const rn = [];
  for (const [code, list] of indexes[system]) {
    const s = list.slice().sort((a, b) => a.validFrom - b.validFrom);
    s.forEach((e, i) => {
      const prev = s[i - 1];
      if (prev && prev.validTo === e.validFrom - 1 && e.renamedFrom !== prev.name)
        rn.push(`${code} ${e.name}: should have renamedFrom ${prev.name}`);
      if (e.renamedFrom && !(prev && prev.name === e.renamedFrom && prev.validTo === e.validFrom - 1))
        rn.push(`${code} ${e.name}: renamedFrom ${e.renamedFrom} has no entry ending in ${e.validFrom - 1}`);
    });
  }
  check(`${system}: renames are consistent`, rn);

  const dupNames = [];
  for (const y of EDITIONS) {
    const seen = new Map();
    for (const e of cat.entries.filter((x) => validIn(x, y))) {
      const p = parentCode(e.code) ?? '';
      const k = `${p}\t${e.name}`;
      if (seen.has(k)) dupNames.push(`edition ${y}: ${seen.get(k)} and ${e.code} are both "${e.name}" under ${p || 'the root'}`);
      else seen.set(k, e.code);
    }
  }
  check(`${system}: sibling names are unique in each edition`, dupNames);
}

// ---------------------------------------------------------------- seed pairs
{
  const problems = [];
  const years = seedPairs.seedYears;
  for (const s of SEED_IDS) if (!Number.isInteger(years?.[s])) problems.push(`seedYears lacks ${s}`);
  for (const p of seedPairs.pairs) {
    const year = years[p.seed];
    const id = `${p.seed} ${p.system} ${p.code} ${p.name}`;
    if (!SYSTEMS[p.system]) {
      problems.push(`${id}: unknown system`);
      continue;
    }
    const hit = (indexes[p.system].get(p.code) ?? []).find((e) => e.name === p.name && validIn(e, year));
    if (p.error) {
      if (hit) problems.push(`${id}: marked error but valid in ${year}`);
      if (!lookup(p.system, p.code, year)) problems.push(`${id}: marked error but the code itself is unknown in ${year}`);
    } else if (!hit) {
      const cur = lookup(p.system, p.code, year);
      problems.push(`${id}: not valid in ${year}${cur ? ` (catalog: ${cur.name})` : ' (unknown code)'}`);
    }
  }
  check('seed pairs are present and valid for their seed year', problems);

  const att = [];
  const expect = new Map();
  for (const p of seedPairs.pairs) {
    if (p.error || p.codeGiven === false) continue;
    const k = `${p.system}\t${p.code}\t${p.name}`;
    if (!expect.has(k)) expect.set(k, new Set());
    expect.get(k).add(p.seed);
  }
  for (const [system, cat] of Object.entries(catalogs))
    for (const e of cat.entries) {
      const want = [...(expect.get(`${system}\t${e.code}\t${e.name}`) ?? [])].sort().join(',');
      if (e.attested.join(',') !== want) att.push(`${system} ${e.code} ${e.name}: attested [${e.attested}] but seeds say [${want}]`);
    }
  check('attested arrays agree with the seed pairs', att);
}

// ---------------------------------------------------------------- economic mapping
{
  const problems = [];
  if (!Array.isArray(mapping.pairs) || !Array.isArray(mapping.attested)) problems.push('mapping needs pairs[] and attested[]');
  const allowed = new Map();
  for (const p of mapping.pairs ?? []) {
    if (allowed.has(p.department)) problems.push(`${p.department}: listed twice`);
    allowed.set(p.department, new Set(p.government));
    if (!Array.isArray(p.government) || p.government.length === 0) problems.push(`${p.department}: no government codes`);
    for (const y of EDITIONS) {
      if (!lookup('economic-department', p.department, y)) problems.push(`${p.department}: not a department code in ${y}`);
      for (const g of p.government ?? []) {
        if (!lookup('economic-government', g, y)) problems.push(`${p.department} → ${g}: not a government code in ${y}`);
        if (g.length !== p.department.length) problems.push(`${p.department} → ${g}: level differs`);
      }
    }
  }
  for (const y of EDITIONS)
    for (const e of catalogs['economic-department'].entries.filter((x) => validIn(x, y)))
      if (!allowed.has(e.code)) problems.push(`${y}: department code ${e.code} ${e.name} has no mapping`);
  for (const p of seedPairs.economicPairs)
    if (!allowed.get(p.department)?.has(p.government))
      problems.push(`seed ${p.seed}: ${p.department} → ${p.government} printed in the seed but not allowed`);
  const want = new Map();
  for (const p of seedPairs.economicPairs) {
    const k = `${p.department}\t${p.government}`;
    if (!want.has(k)) want.set(k, new Set());
    want.get(k).add(p.seed);
  }
  const got = new Map((mapping.attested ?? []).map((a) => [`${a.department}\t${a.government}`, a.seeds.join(',')]));
  for (const [k, s] of want) if (got.get(k) !== [...s].sort().join(',')) problems.push(`attested ${k.replace('\t', ' → ')}: want seeds ${[...s].sort()}`);
  for (const k of got.keys()) if (!want.has(k)) problems.push(`attested ${k.replace('\t', ' → ')}: not printed in any seed`);
  check('economic mapping: codes exist, complete, allows every seed pair', problems);
}

// ---------------------------------------------------------------- user additions file (optional)
if (extraFile) {
  const problems = [];
  try {
    const extra = JSON.parse(readFileSync(resolve(extraFile), 'utf8'));
    if (!Array.isArray(extra.entries)) problems.push('entries[] missing');
    for (const [i, e] of (extra.entries ?? []).entries()) {
      const id = `entries[${i}]`;
      if (!SYSTEMS[e.system]) problems.push(`${id}: system must be one of ${Object.keys(SYSTEMS).join(', ')}`);
      else if (!SYSTEMS[e.system].lengths.includes(String(e.code ?? '').length) || !/^\d+$/.test(e.code ?? ''))
        problems.push(`${id}: code ${e.code} has the wrong length for ${e.system}`);
      if (typeof e.name !== 'string' || !e.name) problems.push(`${id}: name missing`);
      if (!Number.isInteger(e.validFrom)) problems.push(`${id}: validFrom must be a year`);
      if (!(e.validTo === undefined || e.validTo === null || Number.isInteger(e.validTo))) problems.push(`${id}: validTo must be a year or null`);
    }
  } catch (err) {
    problems.push(String(err.message ?? err));
  }
  check(`user additions file ${extraFile}`, problems);
}

// ---------------------------------------------------------------- counts
function countsTable() {
  const rows = [];
  rows.push('| 体系 | 版本 | 类 | 款 | 项 | 合计 | 其中 uncertain | 其中 attested |');
  rows.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [system, spec] of Object.entries(SYSTEMS)) {
    for (const y of EDITIONS) {
      const valid = catalogs[system].entries.filter((e) => validIn(e, y));
      const by = [1, 2, 3].map((l) => valid.filter((e) => e.level === l).length);
      const lv = spec.lengths.length === 3 ? by.map(String) : [String(by[0]), String(by[1]), '—'];
      rows.push(
        `| ${system} | ${y} | ${lv.join(' | ')} | ${valid.length} | ${valid.filter((e) => e.uncertain).length} | ${valid.filter((e) => e.attested.length).length} |`,
      );
    }
  }
  const all = Object.entries(catalogs).map(
    ([s, c]) => `${s}: ${c.entries.length} entries in the file (all years, incl. ${c.entries.filter((e) => e.validTo !== null).length} superseded names)`,
  );
  return [...rows, '', ...all.map((a) => `- ${a}`), `- economic-mapping: ${mapping.pairs.length} department codes mapped, ${mapping.attested.length} pairs attested in seeds`].join('\n');
}

const table = countsTable();
console.log('\nCounts per system, edition and level (entries valid in that year):\n');
console.log(table);
console.log();

function renamesTable() {
  const rows = ['| 体系 | 编码 | 旧名称（有效期） | 新名称（起始年） | 备注 |', '| --- | --- | --- | --- | --- |'];
  for (const [system, cat] of Object.entries(catalogs))
    for (const e of cat.entries.filter((x) => x.renamedFrom)) {
      const old = indexes[system].get(e.code).find((x) => x.name === e.renamedFrom && x.validTo === e.validFrom - 1);
      const flag = e.uncertain || old?.uncertain ? '年份或名称未能核实（uncertain）' : '';
      rows.push(`| ${system} | ${e.code} | ${e.renamedFrom}（${old?.validFrom}–${old?.validTo}） | ${e.name}（${e.validFrom}–） | ${flag} |`);
    }
  return rows.join('\n');
}

function syncBlock(doc, name, body) {
  const BEGIN = `<!-- ${name}:begin (generated by scripts/catalog/validate.mjs --write-docs) -->`;
  const END = `<!-- ${name}:end -->`;
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) return { doc, problem: `${name} markers missing in docs/catalog.md` };
  const block = `${BEGIN}\n${body}\n${END}`;
  if (doc.slice(a, b + END.length) === block) return { doc };
  if (!writeDocs) return { doc, problem: `${name} block in docs/catalog.md is out of date (run with --write-docs)` };
  return { doc: doc.slice(0, a) + block + doc.slice(b + END.length), changed: true };
}

{
  const problems = [];
  if (!existsSync(docPath)) problems.push('docs/catalog.md missing');
  else {
    let doc = readFileSync(docPath, 'utf8');
    let changed = false;
    for (const [name, body] of [['counts', table], ['renames', renamesTable()]]) {
      const r = syncBlock(doc, name, body);
      doc = r.doc;
      if (r.problem) problems.push(r.problem);
      if (r.changed) changed = true;
    }
    if (changed) {
      writeFileSync(docPath, doc);
      console.log('rewrote the generated blocks in docs/catalog.md');
    }
  }
  check('docs/catalog.md generated blocks (counts, renames) match the data', problems);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
