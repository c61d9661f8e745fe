import { readFileSync } from 'node:fs';
import { parseDocument } from '../../server/src/model/buildModel';
const id = process.argv[2];
const d = parseDocument(readFileSync(`/work/main/test/fixtures/seeds/${id}.disclosure`, 'utf8'));
for (const p of d.paragraphs) if (/\d/.test(p.text) && !d.glossary.some(g=>g.range.start.line===p.range.start.line)) console.log(p.range.start.line + 1, p.marker?.text ?? '', '|', p.text);
