import { readFileSync } from 'node:fs';
import { parseDocument } from '../../server/src/model/buildModel';
import { runRules } from '../../server/src/rules/runner';
import { ownRules } from '../rules/prose/helpers';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { documentClaims } from '../../server/src/prose/documentClaims';
const text = readFileSync(`/work/main/test/fixtures/seeds/002.disclosure`, 'utf8');
for (let k = 0; k < 4; k++) { const d = parseDocument(text);
let t = performance.now(); documentClaims(d); const c = performance.now() - t;
const times: string[] = [];
for (const r of ownRules) { t = performance.now(); runRules(d, [r], DEFAULT_SETTINGS); const x = performance.now()-t; if (x > 2) times.push(`${r.id}:${x.toFixed(1)}`); }
console.log('claims', c.toFixed(1), times.join(' ')); }
