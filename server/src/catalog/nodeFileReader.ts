/**
 * A catalog additions file reader for Node hosts (language server, CLI): resolves the setting's path
 * against a base folder (the workspace folder; the CLI passes absolute paths) and reads it as UTF-8.
 * Register it with `setCatalogFileReader(nodeCatalogFileReader(folder))`; the checker itself never
 * touches the file system.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { CatalogFileReader } from './catalogProvider';

export function nodeCatalogFileReader(baseFolder?: string): CatalogFileReader {
  return (path) => {
    const full = isAbsolute(path) || !baseFolder ? path : resolve(baseFolder, path);
    try {
      return readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
  };
}
