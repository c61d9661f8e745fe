/**
 * The batch benchmark's reference (bench/cli/batch.mjs --overhead): `checkText` alone on every
 * .disclosure file of a folder, in one fresh process as the CLI's single worker would (cold start, the
 * same order), printing the CPU milliseconds spent inside checkText. Total time of the CLI minus this is
 * what everything around the check costs: start-up, reading, decoding, last-year search, the pool, the report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../server/src/check';

const folder = process.argv[2]!;
const files = readdirSync(folder).filter((f) => f.endsWith('.disclosure')).sort();
let cpuMicros = 0;
let wallMs = 0;
let findings = 0;
for (const file of files) {
  const text = readFileSync(join(folder, file), 'utf8');
  const cpu = process.cpuUsage();
  const wall = performance.now();
  findings += checkText(text, file).findings.length;
  wallMs += performance.now() - wall;
  const used = process.cpuUsage(cpu);
  cpuMicros += used.user + used.system;
}
console.log(JSON.stringify({ documents: files.length, checkTextCpuMs: cpuMicros / 1000, checkTextWallMs: wallMs, findings }));
