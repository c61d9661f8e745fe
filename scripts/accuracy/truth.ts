/**
 * Truth files (test/accuracy/truth/*.json): the real inconsistencies of one document, found by
 * recomputation independently of the checker. Format: test/accuracy/truth/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type TruthClass = 'MAJOR' | 'ROUND' | 'TEXT';

export interface TruthFigure {
  line: number;
  text: string;
  wrong?: boolean;
}

export interface TruthEntry {
  id: string;
  class: TruthClass;
  kind: string;
  line: number;
  otherLines?: number[];
  figures?: TruthFigure[];
  stated?: string;
  expected?: string;
  note?: string;
}

export interface TruthFile {
  /** The truth file's own name without `.json`. */
  name: string;
  document: string;
  /** Where the document is, relative to the project root (`../shared/corpus/…` or `test/fixtures/…`). */
  file: string;
  checked: string[];
  findings: TruthEntry[];
  /** Cases the truth's author could not decide (scope unclear, allowed by the rules …): not counted either way. */
  uncertain?: UncertainEntry[];
}

export interface UncertainEntry {
  line: number;
  otherLines?: number[];
  note?: string;
}

const CLASSES = new Set<TruthClass>(['MAJOR', 'ROUND', 'TEXT']);

/** Reads and validates every truth file of a folder; a malformed file is an error, not a skip. */
export function loadTruths(dir: string): TruthFile[] {
  const truths: TruthFile[] = [];
  for (const fileName of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as Partial<TruthFile>;
    const name = fileName.slice(0, -'.json'.length);
    const problems = validate(raw);
    if (problems.length > 0) throw new Error(`${fileName}: ${problems.join('; ')}`);
    truths.push({ ...(raw as TruthFile), name, checked: raw.checked ?? [] });
  }
  return truths;
}

export function validate(raw: Partial<TruthFile>): string[] {
  const problems: string[] = [];
  if (typeof raw.document !== 'string') problems.push('"document" missing');
  if (typeof raw.file !== 'string') problems.push('"file" missing');
  if (!Array.isArray(raw.findings)) return [...problems, '"findings" is not an array'];
  raw.findings.forEach((entry, i) => {
    const where = `findings[${i}]`;
    if (!CLASSES.has(entry.class)) problems.push(`${where}: class ${String(entry.class)}`);
    if (!Number.isInteger(entry.line) || entry.line < 1) problems.push(`${where}: line ${String(entry.line)}`);
    for (const other of entry.otherLines ?? []) if (!Number.isInteger(other) || other < 1) problems.push(`${where}: otherLines ${String(other)}`);
    for (const figure of entry.figures ?? []) {
      if (!Number.isInteger(figure.line) || typeof figure.text !== 'string') problems.push(`${where}: figure ${JSON.stringify(figure)}`);
    }
  });
  return problems;
}

/** Every 1-based line a truth entry speaks of. */
export function entryLines(entry: TruthEntry | UncertainEntry): Set<number> {
  const figures = 'figures' in entry ? entry.figures ?? [] : [];
  return new Set([entry.line, ...(entry.otherLines ?? []), ...figures.map((f) => f.line)]);
}
