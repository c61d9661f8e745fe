import { readFileSync } from 'node:fs';
import { checkText } from '../../server/src/check';
const id = process.argv[2];
const filter = process.argv[3] ?? '^(PRO|TPE|REF)';
const r = checkText(readFileSync(`/work/main/test/fixtures/seeds/${id}.disclosure`, 'utf8'));
for (const f of r.findings) if (new RegExp(filter).test(f.ruleId)) console.log(JSON.stringify([f.ruleId, f.severity, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.fixes?.[0]?.edits[0]?.newText ?? null]));
