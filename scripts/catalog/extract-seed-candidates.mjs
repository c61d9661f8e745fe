#!/usr/bin/env node
// Dev-only helper used while curating scripts/catalog/seed-pairs.json.
// It is NOT part of build/test/run: it needs the seed documents, which exist only on
// developer machines. Pass their directory explicitly:
//
//   node scripts/catalog/extract-seed-candidates.mjs <seeds-dir>
//
// It removes all whitespace from each seed (the PDF extraction breaks names across lines
// and splits codes into 类/款/项 columns such as "208 05 05"), then lists every
// "code immediately followed by a CJK name" candidate (code = 3/5/7 digits starting with
// 2, 3 or 5, not part of a longer number) and every "name（code）" candidate from prose.
// For each candidate it says whether the catalog knows that code+name. Candidates are
// reviewed by hand; the reviewed list is seed-pairs.json.

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', '..', 'server', 'src', 'catalog', 'data');
const seedsDir = process.argv[2];
if (!seedsDir) {
  console.error('usage: extract-seed-candidates.mjs <seeds-dir>');
  process.exit(2);
}

const systems = ['functional', 'economic-department', 'economic-government'];
const known = new Map(); // code -> Set(names)
for (const s of systems) {
  const f = JSON.parse(readFileSync(join(dataDir, `${s}.json`), 'utf8'));
  for (const e of f.entries) {
    if (!known.has(e.code)) known.set(e.code, new Map());
    known.get(e.code).set(e.name, s);
  }
}

// whitespace between two digits becomes '|' (keeps amounts apart, lets "208 05 05" be rejoined);
// all other whitespace is dropped (rejoins names broken across lines).
const norm = (t) =>
  t.replace(/(\d)\s+(?=\d)/g, '$1|').replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
const inRange = (code) => {
  const c3 = Number(code.slice(0, 3));
  return (c3 >= 201 && c3 <= 234) || (c3 >= 301 && c3 <= 399) || (c3 >= 501 && c3 <= 599);
};

for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const seed = file.slice(0, 3);
  const text = norm(readFileSync(join(seedsDir, file), 'utf8'));
  const seen = new Map();
  const re = /(?<![\d.,])([235]\d{2})(?:\|?(\d{2}))?(?:\|?(\d{2}))?(?=[\u4e00-\u9fff“])([\u4e00-\u9fff（）“”、]+)/g;
  for (const m of text.matchAll(re)) {
    const code = m[1] + (m[2] ?? '') + (m[3] ?? '');
    if (!inRange(code)) continue;
    let name = m[4];
    if (name.startsWith('）') || name.startsWith('（')) continue;
    const key = `${code}\t${name}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const reProse = /([\u4e00-\u9fff]+)（([235]\d{2}(?:\d{2}){0,2})）/g;
  for (const m of text.matchAll(reProse)) {
    if (!inRange(m[2])) continue;
    const key = `${m[2]}\t${m[1]}\t(prose)`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // department code+name printed right before a government code+name (seeds 002, 004)
  const rePair =
    /(?<![\d.,])(3\d{2})(?:\|?(\d{2}))?([\u4e00-\u9fff（）]+)(5\d{2})(?:\|?(\d{2}))?(?=[\u4e00-\u9fff])/g;
  const econ = new Set();
  for (const m of text.matchAll(rePair)) econ.add(`${m[1]}${m[2] ?? ''}\t${m[4]}${m[5] ?? ''}`);
  for (const k of [...econ].sort()) console.log(`${seed}\tPAIR\t${k}`);
  for (const [key, n] of [...seen].sort()) {
    const [code, name] = key.split('\t');
    const names = known.get(code);
    let status = 'UNKNOWN-CODE';
    if (names) {
      // candidate names may run on into following text; accept a catalog name that is a prefix
      const exact = names.has(name);
      const prefix = [...names.keys()].find((k) => name.startsWith(k));
      status = exact ? `ok(${names.get(name)})` : prefix ? `prefix:${prefix}` : `NAME?{${[...names.keys()].join('|')}}`;
    }
    console.log(`${seed}\t${key}\tx${n}\t${status}`);
  }
}
