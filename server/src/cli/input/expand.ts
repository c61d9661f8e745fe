/**
 * Command-line operands → the files to check, in a deterministic order: a file as given, a folder
 * recursively (`*.disclosure`, skipping node_modules and hidden folders), a glob (`docs/**\/*.disclosure`),
 * `-` for standard input. An operand that yields nothing is kept with the reason, so it is reported.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const STDIN = '-';
const EXTENSION_GLOB = '**/*.disclosure';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Paths as the user would read them: relative to cwd when inside it, otherwise absolute. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface Input {
  /** As shown in the report; `-` for standard input. */
  path: string;
  /** Why the operand gave no file to check (an empty folder, a glob without matches). */
  problem?: string;
}

export function expandOperands(operands: string[], cwd = process.cwd()): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string, problem?: string) => {
    const key = path === STDIN ? STDIN : resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(problem ? { path, problem } : { path });
  };
  for (const operand of operands) {
    if (operand === STDIN) {
      add(STDIN);
      continue;
    }
    let isDirectory = false;
    let exists = false;
    try {
      const stat = statSync(resolve(cwd, operand));
      exists = true;
      isDirectory = stat.isDirectory();
    } catch {
      exists = false;
    }
    if (isDirectory) {
      const base = resolve(cwd, operand);
      const found = globSync(EXTENSION_GLOB, { cwd: base, absolute: true, ignore: IGNORE, dot: false });
      if (found.length === 0) add(operand, '目录中没有 .disclosure 文件');
      for (const file of sortPaths(found)) add(display(file, cwd));
    } else if (!exists && isDynamicPattern(operand)) {
      const found = globSync(operand.replace(/\\/g, '/'), { cwd, absolute: true, ignore: IGNORE, onlyFiles: true });
      if (found.length === 0) add(operand, '没有与此模式匹配的文件');
      for (const file of sortPaths(found)) add(display(file, cwd));
    } else {
      add(operand);
    }
  }
  return out;
}
