// Dev aid: where checking allocates. Samples allocations (objects already collected included) while a bundle of
// scripts/dev/seedRounds.ts checks the five seeds N times; prints the share of bytes allocated per function.
//   npx esbuild scripts/dev/seedRounds.ts --bundle --platform=node --format=cjs --outfile=/tmp/rounds.cjs
//   REPO=$PWD node scripts/dev/allocationProfile.cjs /tmp/rounds.cjs
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
const post = (m, p) => new Promise((res, rej) => session.post(m, p, (e, r) => (e ? rej(e) : res(r))));
(async () => {
  const mod = require(process.argv[2]);
  const run = mod.run;
  run(5);
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run(Number(process.env.N || 20));
  const { profile } = await post('HeapProfiler.stopSampling');
  const self = new Map();
  const walk = (n) => {
    const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) || 0) + n.selfSize);
    n.children.forEach(walk);
  };
  walk(profile.head);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('total MB sampled', (total / 1e6).toFixed(1));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((100 * v / total).toFixed(1).padStart(5), k);
})();
