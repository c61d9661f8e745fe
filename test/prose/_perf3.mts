import { readFileSync } from 'node:fs';
import { parseDocument } from '../../server/src/model/buildModel';
import { runRules } from '../../server/src/rules/runner';
import { ownRules } from '../rules/prose/helpers';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { documentClaims } from '../../server/src/prose/documentClaims';
const text = readFileSync(`/work/main/test/fixtures/seeds/000.disclosure`, 'utf8');
const tot: Record<string, number> = {};
for (let k = 0; k < 10; k++) { const d = parseDocument(text);
let t = performance.now(); documentClaims(d); tot.claims = Math.min(tot.claims ?? 1e9, performance.now() - t);
for (const r of ownRules) { t = performance.now(); runRules(d, [r], DEFAULT_SETTINGS); tot[r.id] = Math.min(tot[r.id] ?? 1e9, performance.now()-t); } }
console.log(Object.entries(tot).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(' '));
