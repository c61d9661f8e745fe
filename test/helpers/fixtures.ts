/** Test helpers: the seed fixtures and small documents. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SEEDS_DIR = join(FIXTURES_DIR, 'seeds');

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];

export function seedPath(id: SeedId): string {
  return join(SEEDS_DIR, `${id}.disclosure`);
}

export function readSeed(id: SeedId): string {
  return readFileSync(seedPath(id), 'utf8');
}

export interface SeedExpectation {
  unit: string;
  year: number;
  kind: string;
  amountUnit: string;
  tables: Array<{ number: string | null; name: string; unit: string; headerRows: number; bodyRows: number; columns: number }>;
  glossaryTerms: string[];
  sampleCells: Array<{ table: string; rowCode?: string | null; rowName?: string | null; column: string; text: string; decimals: number }>;
  knownErrors: Array<{ what: string; line: number }>;
}

export function readSeedExpectation(id: SeedId): SeedExpectation {
  return JSON.parse(readFileSync(join(SEEDS_DIR, `${id}.expected.json`), 'utf8')) as SeedExpectation;
}

export function listFixtureFiles(dir = SEEDS_DIR): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.disclosure')).map((name) => join(dir, name));
}

/** Builds a small document with a metadata header. */
export function doc(body: string, meta: Record<string, string> = {}): string {
  const header = { 单位: '测试单位', 年度: '2023', 类型: '部门预算', 金额单位: '万元', ...meta };
  const lines = Object.entries(header).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body.replace(/^\n/, '')}`;
}
