/**
 * Which documents the accuracy run checks: every `.disclosure` of the corpus folder (by default
 * ../shared/corpus/disclosure, present only on development machines and in CI), plus every document of
 * the project's own that has a truth file (the seeds, the 决算 fixture …).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { TruthFile } from './truth';

export interface AccuracyDocument {
  /** The truth file's name, or the file name without `.disclosure` when there is no truth. */
  name: string;
  /** Absolute path. */
  path: string;
  truth?: TruthFile;
}

function disclosureFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files.push(...disclosureFiles(full));
    else if (name.endsWith('.disclosure')) files.push(full);
  }
  return files;
}

export function listDocuments(root: string, corpusDir: string | undefined, truths: TruthFile[]): AccuracyDocument[] {
  const byPath = new Map<string, TruthFile>();
  for (const truth of truths) byPath.set(resolve(root, truth.file), truth);
  const byName = new Map(truths.map((t) => [t.name, t]));
  const documents: AccuracyDocument[] = [];
  const seen = new Set<string>();
  if (corpusDir && existsSync(corpusDir)) {
    for (const path of disclosureFiles(corpusDir)) {
      const name = basename(path, '.disclosure');
      const truth = byPath.get(path) ?? byName.get(name);
      documents.push({ name: truth?.name ?? name, path, truth });
      seen.add(path);
    }
  }
  for (const truth of truths) {
    const path = resolve(root, truth.file);
    if (seen.has(path)) continue;
    const own = !relative(root, path).startsWith('..') && !isAbsolute(relative(root, path));
    if (own && existsSync(path)) documents.push({ name: truth.name, path, truth });
  }
  return documents;
}
