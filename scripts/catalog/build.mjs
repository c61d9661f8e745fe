#!/usr/bin/env node
// Builds the catalog data files from the authoring sources in scripts/catalog/src/ and the
// curated seed pairs in scripts/catalog/seed-pairs.json.
//
//   node scripts/catalog/build.mjs
//
// Writes server/src/catalog/data/{functional,economic-department,economic-government,
// economic-mapping}.json. Plain Node, no dependencies. Does not read anything outside the
// repository.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'src');
const dataDir = join(here, '..', '..', 'server', 'src', 'catalog', 'data');

export const EDITIONS = [2023, 2024, 2025, 2026];

const PUBLICATIONS = {
  2023: '《2023年政府收支分类科目》（财政部 2022 年印发，财预〔2022〕107号）',
  2024: '《2024年政府收支分类科目》（财政部 2023 年印发）',
  2025: '《2025年政府收支分类科目》（财政部 2024 年印发）',
  2026: '《2026年政府收支分类科目》（财政部 2025 年印发）',
};

const SYSTEMS = {
  functional: { file: 'functional.txt', title: '支出功能分类科目', levels: [3, 5, 7] },
  'economic-department': { file: 'economic-department.txt', title: '部门预算支出经济分类科目', levels: [3, 5] },
  'economic-government': { file: 'economic-government.txt', title: '政府预算支出经济分类科目', levels: [3, 5] },
};

// Standard 科目说明 for the item names that recur under many 款. The first two are quoted in
// the glossaries of seeds 000 and 001; the other two are the usual wording.
const GENERIC_EXPLANATIONS = {
  行政运行: '反映行政单位（包括实行公务员管理的事业单位）的基本支出。',
  一般行政管理事务: '反映行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。',
  机关服务: '反映为行政单位（包括实行公务员管理的事业单位）提供后勤服务的各类后勤服务中心、医务室等附属事业单位的支出。',
  事业运行: '反映事业单位的基本支出，不包括行政单位（包括实行公务员管理的事业单位）后勤服务中心、医务室等附属事业单位。',
};

function parseSource(text, fileName) {
  let defaultFrom = null;
  const out = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${fileName}:${i + 1}`;
    if (line.startsWith('@default')) {
      const m = /from=(\d{4})/.exec(line);
      if (!m) throw new Error(`${where}: bad @default`);
      defaultFrom = Number(m[1]);
      return;
    }
    const [head, opts] = line.includes('|') ? splitOnce(line) : [line, ''];
    const m = /^(\d+)\s+(\S.*)$/.exec(head.trim());
    if (!m) throw new Error(`${where}: cannot parse "${line}"`);
    const e = { code: m[1], name: m[2].trim(), from: defaultFrom, to: null, uncertain: false, where };
    // options: key=value pairs; exp= takes the rest of the line
    let rest = opts.trim();
    const expAt = rest.indexOf('exp=');
    if (expAt >= 0) {
      e.explanation = rest.slice(expAt + 4).trim();
      rest = rest.slice(0, expAt).trim();
    }
    for (const tok of rest.split(/\s+/).filter(Boolean)) {
      if (tok === 'u') e.uncertain = true;
      else if (tok.startsWith('from=')) e.from = Number(tok.slice(5));
      else if (tok.startsWith('to=')) e.to = Number(tok.slice(3));
      else throw new Error(`${where}: unknown option ${tok}`);
    }
    if (e.from == null) throw new Error(`${where}: no validFrom`);
    out.push(e);
  });
  return out;
}

function splitOnce(line) {
  const i = line.indexOf('|');
  return [line.slice(0, i), line.slice(i + 1)];
}

export function loadSeedPairs() {
  return JSON.parse(readFileSync(join(here, 'seed-pairs.json'), 'utf8'));
}

function buildSystem(system, seedPairs) {
  const spec = SYSTEMS[system];
  const raw = parseSource(readFileSync(join(srcDir, spec.file), 'utf8'), spec.file);
  // attested: seeds where this exact code+name was printed (code given, not an error)
  const attestedBy = new Map();
  for (const p of seedPairs.pairs) {
    if (p.system !== system || p.error || p.codeGiven === false) continue;
    const key = `${p.code}\t${p.name}`;
    if (!attestedBy.has(key)) attestedBy.set(key, new Set());
    attestedBy.get(key).add(p.seed);
  }
  const byCode = new Map();
  for (const e of raw) {
    if (!byCode.has(e.code)) byCode.set(e.code, []);
    byCode.get(e.code).push(e);
  }
  const entries = [];
  for (const e of raw) {
    const level = spec.levels.indexOf(e.code.length) + 1;
    if (level === 0) throw new Error(`${e.where}: code length ${e.code.length} not allowed in ${system}`);
    const entry = { code: e.code, name: e.name, level, validFrom: e.from, validTo: e.to };
    const versions = byCode.get(e.code).slice().sort((a, b) => a.from - b.from);
    const idx = versions.indexOf(e);
    if (idx > 0) entry.renamedFrom = versions[idx - 1].name;
    entry.attested = [...(attestedBy.get(`${e.code}\t${e.name}`) ?? [])].sort();
    const generic = level === spec.levels.length && GENERIC_EXPLANATIONS[e.name];
    const explanation = e.explanation ?? (generic || undefined);
    if (explanation) entry.explanation = explanation;
    if (e.uncertain) entry.uncertain = true;
    entries.push(entry);
  }
  // stable order: by code, then by validFrom
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.validFrom - b.validFrom));
  const editions = {};
  for (const y of EDITIONS) editions[String(y)] = { publication: PUBLICATIONS[y] };
  return {
    system,
    title: spec.title,
    editions,
    notes:
      'Written up from knowledge of the official publications and checked against five published disclosures ' +
      '(see docs/catalog.md). validFrom is the first year known to carry the name (for most entries: the year the ' +
      'current structure is known to be in force, not necessarily its true first year). "uncertain": true marks ' +
      'entries whose existence, number or exact name could not be confirmed.',
    entries,
  };
}

function buildMapping(seedPairs) {
  const text = readFileSync(join(srcDir, 'mapping.txt'), 'utf8');
  const pairs = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\d+)\s*->\s*([\d\s]+?)\s*(?:\|\s*(.*))?$/.exec(line);
    if (!m) throw new Error(`mapping.txt:${i + 1}: cannot parse "${line}"`);
    const p = { department: m[1], government: m[2].split(/\s+/) };
    if (m[3]) p.note = m[3].trim();
    pairs.push(p);
  });
  const att = new Map();
  for (const p of seedPairs.economicPairs) {
    const key = `${p.department}\t${p.government}`;
    if (!att.has(key)) att.set(key, { department: p.department, government: p.government, seeds: new Set(), codeGiven: false });
    const a = att.get(key);
    a.seeds.add(p.seed);
    if (p.codeGiven !== false) a.codeGiven = true;
  }
  const attested = [...att.values()]
    .map((a) => {
      const o = { department: a.department, government: a.government, seeds: [...a.seeds].sort() };
      if (!a.codeGiven) o.note = 'printed by name only (seed 003); codes resolved from the names';
      return o;
    })
    .sort((x, y) => (x.department + x.government < y.department + y.government ? -1 : 1));
  return {
    title: '部门预算支出经济分类 → 政府预算支出经济分类 对应关系',
    notes:
      'pairs[].government lists every government code the department code may be paired with. ' +
      '机关 and 参公事业单位 use 501–504, other 事业单位 505/506; 对个人和家庭的补助 always 509. ' +
      'attested lists the pairs printed side by side in the seed documents.',
    validFrom: 2018,
    pairs,
    attested,
  };
}

// JSON with one entry per line: readable diffs, still plain JSON.
function writeJson(path, obj, listKeys) {
  const lines = ['{'];
  const keys = Object.keys(obj);
  keys.forEach((k, i) => {
    const comma = i < keys.length - 1 ? ',' : '';
    if (listKeys.includes(k) && Array.isArray(obj[k])) {
      lines.push(`  ${JSON.stringify(k)}: [`);
      obj[k].forEach((e, j) => lines.push(`    ${JSON.stringify(e)}${j < obj[k].length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      const v = JSON.stringify(obj[k], null, 2).replace(/\n/g, '\n  ');
      lines.push(`  ${JSON.stringify(k)}: ${v}${comma}`);
    }
  });
  lines.push('}');
  writeFileSync(path, lines.join('\n') + '\n');
}

function main() {
  const seedPairs = loadSeedPairs();
  for (const system of Object.keys(SYSTEMS)) {
    const out = buildSystem(system, seedPairs);
    writeJson(join(dataDir, `${system}.json`), out, ['entries']);
    console.log(`wrote ${system}.json (${out.entries.length} entries)`);
  }
  const mapping = buildMapping(seedPairs);
  writeJson(join(dataDir, 'economic-mapping.json'), mapping, ['pairs', 'attested']);
  console.log(`wrote economic-mapping.json (${mapping.pairs.length} pairs, ${mapping.attested.length} attested)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
