// Dev aid: self and inclusive time per function of a V8 CPU profile (`node --cpu-prof`).
// Usage: node scripts/dev/profileSummary.mjs FILE.cpuprofile [top self] [top inclusive]
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2]));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
for (let i = 0; i < p.samples.length; i++) { const n = byId.get(p.samples[i]); self.set(n, (self.get(n) ?? 0) + dt[i]); total += dt[i]; }
// self by function
const fn = new Map();
for (const [n, t] of self) { const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; fn.set(k, (fn.get(k) ?? 0) + t); }
console.log('SELF');
[...fn].sort((a,b)=>b[1]-a[1]).slice(0, Number(process.argv[3] ?? 40)).forEach(([k,t]) => console.log((t/total*100).toFixed(1).padStart(5), k));
// inclusive
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n);
const incl = new Map();
for (const [n, t] of self) { const seen = new Set(); let m = n; while (m) { const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } m = parent.get(m.id); } }
console.log('INCLUSIVE');
[...incl].sort((a,b)=>b[1]-a[1]).slice(0, Number(process.argv[4] ?? 70)).forEach(([k,t]) => console.log((t/total*100).toFixed(1).padStart(5), k));
