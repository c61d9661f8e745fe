import { readFileSync } from 'node:fs';
import { parseDocument } from '../../server/src/model/buildModel';
import { runRules } from '../../server/src/rules/runner';
import { ownRules } from '../rules/prose/helpers';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
for (let k = 0; k < 3; k++) for (const id of ['000','002']) {
const text = readFileSync(`/work/main/test/fixtures/seeds/${id}.disclosure`, 'utf8');
let t = performance.now(); const d = parseDocument(text); const p = performance.now()-t;
t = performance.now(); runRules(d, ownRules, DEFAULT_SETTINGS); console.log(k, id, 'parse', p.toFixed(1), 'rules', (performance.now()-t).toFixed(1));
}
