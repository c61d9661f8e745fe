/**
 * The server's settings per document, read through `workspace/configuration` (section `disclosure`) and
 * cached until the client reports a change. Check settings (shared with the CLI) plus formatting options.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, resolveSettings, type CheckSettings } from '../config/settings';
import type { FormatOptions } from '../features/formatting/documentFormatter';

export interface ServerSettings {
  check: CheckSettings;
  format: FormatOptions;
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  check: DEFAULT_SETTINGS,
  format: { normalizeNumbers: false, thousandsSeparator: DEFAULT_SETTINGS.numberStyle.thousandsSeparator },
};

export function resolveServerSettings(raw: unknown): ServerSettings {
  const check = resolveSettings(raw);
  const format = raw && typeof raw === 'object' ? (raw as { format?: { normalizeNumbers?: unknown } }).format : undefined;
  return {
    check,
    format: { normalizeNumbers: format?.normalizeNumbers === true, thousandsSeparator: check.numberStyle.thousandsSeparator },
  };
}

/** A file URI's path, or undefined for other schemes. */
function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `catalogExtraFile` is written relative to the workspace folder; the checker (and its worker thread)
 * reads absolute paths only, so resolve it against the folder that holds the document.
 */
export function withAbsoluteCatalogFile(settings: ServerSettings, documentUri: string, folderUris: readonly string[]): ServerSettings {
  const extra = settings.check.catalogExtraFile;
  if (!extra || isAbsolute(extra)) return settings;
  const folders = folderUris.map(filePath).filter((f): f is string => f !== undefined);
  const documentPath = filePath(documentUri);
  const folder = folders.filter((f) => documentPath?.startsWith(f)).sort((a, b) => b.length - a.length)[0] ?? folders[0];
  if (!folder) return settings;
  return { ...settings, check: { ...settings.check, catalogExtraFile: resolve(folder, extra) } };
}

export class SettingsProvider {
  /** Workspace folder URIs (from initialize), against which relative paths in settings resolve. */
  workspaceFolders: string[] = [];
  private readonly pending = new Map<string, Promise<ServerSettings>>();
  private readonly resolved = new Map<string, ServerSettings>();
  /** Settings pushed with didChangeConfiguration, for clients without `workspace/configuration`. */
  private pushed: ServerSettings = DEFAULT_SERVER_SETTINGS;
  supportsPull = false;

  constructor(private readonly connection: Connection) {}

  /** Settings for a document, fetched once until the next change. */
  get(uri: string): Promise<ServerSettings> {
    if (!this.supportsPull) return Promise.resolve(withAbsoluteCatalogFile(this.pushed, uri, this.workspaceFolders));
    let promise = this.pending.get(uri);
    if (!promise) {
      promise = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'disclosure' })
        .then(
          (raw: unknown) => withAbsoluteCatalogFile(resolveServerSettings(raw), uri, this.workspaceFolders),
          () => DEFAULT_SERVER_SETTINGS,
        )
        .then((settings) => {
          if (this.pending.get(uri) === promise) this.resolved.set(uri, settings);
          return settings;
        });
      this.pending.set(uri, promise);
    }
    return promise;
  }

  /** The settings known now, without waiting (hover, completion, formatting fall back to defaults). */
  current(uri: string): ServerSettings {
    if (!this.supportsPull) return withAbsoluteCatalogFile(this.pushed, uri, this.workspaceFolders);
    return this.resolved.get(uri) ?? DEFAULT_SERVER_SETTINGS;
  }

  /** didChangeConfiguration: forget everything cached. */
  changed(pushedSettings: unknown): void {
    const section = pushedSettings && typeof pushedSettings === 'object' ? (pushedSettings as { disclosure?: unknown }).disclosure : undefined;
    this.pushed = resolveServerSettings(section);
    this.pending.clear();
    this.resolved.clear();
  }

  forget(uri: string): void {
    this.pending.delete(uri);
    this.resolved.delete(uri);
  }
}
