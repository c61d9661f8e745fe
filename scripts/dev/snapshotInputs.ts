/**
 * What the dev snapshot scripts (findingsSnapshot, modelSnapshot) share: `--out`/`--compare` options and the
 * `.disclosure` files they read (default: test/fixtures, and ../shared/corpus/disclosure when present).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../../', import.meta.url).pathname);

export interface SnapshotArguments {
  out?: string;
  compare?: string;
  folders: string[];
}

export function snapshotArguments(argv: string[]): SnapshotArguments {
  const args = [...argv];
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const out = option('--out');
  const compare = option('--compare');
  const folders = args.length > 0 ? args.map((a) => resolve(a)) : [join(ROOT, 'test/fixtures'), resolve(ROOT, '../shared/corpus/disclosure')];
  return { ...(out ? { out } : {}), ...(compare ? { compare } : {}), folders };
}

/** Every `.disclosure` file below a folder, in name order (none when the folder does not exist). */
export function disclosureFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return disclosureFiles(path);
      return name.endsWith('.disclosure') ? [path] : [];
    });
}
