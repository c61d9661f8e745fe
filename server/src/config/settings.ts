/**
 * Check settings: the same for the editor (`workspace/configuration`, section `disclosure`) and the
 * command-line checker (config file `.disclosurerc.json`). Everything has a default.
 */
import type { Severity } from '../diagnostics/finding';

export type RuleSeverity = Severity | 'off';

export interface CheckSettings {
  /** Per-rule severity overrides, e.g. { "BAL001": "warning", "PRO007": "off" }. */
  severities: Record<string, RuleSeverity>;
  /**
   * Rounding policy. `interval` (default): a difference within rounding is an information note
   * (domain.md §4). `strict`: every displayed difference is an error. `lenient`: rounding differences
   * are not reported at all.
   */
  rounding: 'interval' | 'strict' | 'lenient';
  /** Catalog edition (year) to check codes against; `auto` takes the document's year. */
  catalogEdition: number | 'auto';
  /** Path of a JSON file with the user's own catalog additions (docs/catalog.md). */
  catalogExtraFile?: string;
  /** How fixes format figures: like their neighbours (`auto`), always or never with separators. */
  numberStyle: { thousandsSeparator: 'auto' | 'always' | 'never' };
  /** Delay between the last keystroke and validation, in milliseconds. */
  debounceMs: number;
  /** Files larger than this (bytes) get one diagnostic instead of a check. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: CheckSettings = {
  severities: {},
  rounding: 'interval',
  catalogEdition: 'auto',
  numberStyle: { thousandsSeparator: 'auto' },
  debounceMs: 250,
  maxFileSize: 5 * 1024 * 1024,
};

/** Merges a partial settings object (from the editor or a config file) over the defaults. */
export function resolveSettings(partial: unknown): CheckSettings {
  const input = (partial && typeof partial === 'object' ? partial : {}) as Partial<CheckSettings> & Record<string, unknown>;
  const settings: CheckSettings = {
    ...DEFAULT_SETTINGS,
    severities: { ...DEFAULT_SETTINGS.severities },
    numberStyle: { ...DEFAULT_SETTINGS.numberStyle },
  };
  if (input.severities && typeof input.severities === 'object') {
    for (const [id, value] of Object.entries(input.severities)) {
      if (['error', 'warning', 'information', 'hint', 'off'].includes(value as string)) {
        settings.severities[id] = value as RuleSeverity;
      }
    }
  }
  if (input.rounding === 'interval' || input.rounding === 'strict' || input.rounding === 'lenient') {
    settings.rounding = input.rounding;
  }
  if (input.catalogEdition === 'auto' || (typeof input.catalogEdition === 'number' && input.catalogEdition > 1990)) {
    settings.catalogEdition = input.catalogEdition;
  }
  if (typeof input.catalogExtraFile === 'string' && input.catalogExtraFile.length > 0) {
    settings.catalogExtraFile = input.catalogExtraFile;
  }
  const style = (input.numberStyle as { thousandsSeparator?: string } | undefined)?.thousandsSeparator;
  if (style === 'auto' || style === 'always' || style === 'never') settings.numberStyle.thousandsSeparator = style;
  if (typeof input.debounceMs === 'number' && input.debounceMs >= 0 && input.debounceMs <= 10000) {
    settings.debounceMs = input.debounceMs;
  }
  if (typeof input.maxFileSize === 'number' && input.maxFileSize > 0) settings.maxFileSize = input.maxFileSize;
  return settings;
}
