/** Benchmark documents: the seeds, and synthetic documents of a given line count built from them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_IDS = ['000', '001', '002', '003', '004'];

export function readSeedText(root: string, id: string): string {
  return readFileSync(join(root, 'test/fixtures/seeds', `${id}.disclosure`), 'utf8');
}

/** The first seed with its header, then the other seeds' bodies (headers dropped) until `lines` lines. */
export function syntheticDocument(root: string, lines: number): string {
  const seeds = SEED_IDS.map((id) => readSeedText(root, id));
  const bodies = seeds.map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const out: string[] = seeds[0]!.split('\n');
  for (let i = 0; out.length < lines; i++) out.push(...bodies[i % bodies.length]!.split('\n'));
  return out.slice(0, lines).join('\n') + '\n';
}
