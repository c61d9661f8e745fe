import { readFileSync } from 'node:fs';
import { parseDocument } from '../../server/src/model/buildModel';
import { documentClaims } from '../../server/src/prose/documentClaims';
import { evaluateChange } from '../../server/src/prose/yearOnYear';
import { describeTarget } from '../../server/src/prose/labels';
const id = process.argv[2];
const d = parseDocument(readFileSync(`/work/main/test/fixtures/seeds/${id}.disclosure`, 'utf8'));
const c = documentClaims(d);
for (const b of c.bound) console.log('BOUND', b.claim.range.start.line + 1, b.claim.figure.amount.text, '->', b.figure.cell.text, describeTarget(b.claim.target!));
for (const p of c.paragraphs) for (const ch of p.changes) { const e = evaluateChange(ch); console.log('CHG', ch.change.range.start.line + 1, ch.subject ? describeTarget(ch.subject) : '?', 'cur', ch.current?.figure.amount.text, 'base', ch.base?.figure.amount.text, 'A', ch.direction, ch.change.figure.amount.text, 'pct', ch.percent?.percent.text, JSON.stringify({a: e.amount?.agreement, p: e.percent?.agreement, z: e.zeroBase, w: e.wrongDirection})); }
for (const p of c.paragraphs) for (const s of p.shares) console.log('SHARE', s.percent.range.start.line+1, s.part.figure.amount.text, '/', s.whole.figure.amount.text, s.percent.percent.text);
