/**
 * `.disclosurerc.json`: the editor's settings (server/src/config/settings.ts) for the command line. Found
 * up the directory tree from each file (the nearest wins, no merging), or given once with `--config`.
 * A config file that cannot be read or parsed is a usage error: checking with the wrong settings would
 * mislead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_SETTINGS, resolveSettings, type CheckSettings } from '../../config/settings';

export const CONFIG_FILE_NAME = '.disclosurerc.json';

export class ConfigError extends Error {}

export function loadConfigFile(path: string): CheckSettings {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`无法读取配置文件 ${path}：${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`配置文件 ${path} 不是有效的 JSON：${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`配置文件 ${path} 应为一个 JSON 对象，例如 {"severities": {"BAL001": "warning"}}`);
  }
  const settings = resolveSettings(parsed);
  // A catalog file named in the config is relative to the config file, not to the working directory.
  if (settings.catalogExtraFile) settings.catalogExtraFile = resolve(dirname(path), settings.catalogExtraFile);
  return settings;
}

/** Settings per file, with a cache per directory so a batch of hundreds reads each config once. */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, string | null>();
  private readonly byFile = new Map<string, CheckSettings>();

  constructor(private readonly explicit?: string) {}

  /** The config file that applies to a file (or to stdin: the working directory), if any. */
  configPathFor(file: string, cwd = process.cwd()): string | undefined {
    if (this.explicit) return resolve(cwd, this.explicit);
    const start = file === '-' ? resolve(cwd) : dirname(resolve(cwd, file));
    const visited: string[] = [];
    let dir = start;
    let found: string | null = null;
    for (;;) {
      const cached = this.byDirectory.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = join(dir, CONFIG_FILE_NAME);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const v of visited) this.byDirectory.set(v, found);
    return found ?? undefined;
  }

  settingsFor(file: string, cwd = process.cwd()): { settings: CheckSettings; configPath?: string } {
    const configPath = this.configPathFor(file, cwd);
    if (!configPath) return { settings: DEFAULT_SETTINGS };
    let settings = this.byFile.get(configPath);
    if (!settings) {
      settings = loadConfigFile(configPath);
      this.byFile.set(configPath, settings);
    }
    return { settings, configPath };
  }
}
