/**
 * The user's catalog additions (setting `catalogExtraFile`, docs/catalog.md “User additions file”):
 * parsing and validation of the file text (pure: the caller reads the file), and merging with the
 * shipped entries (an added code overrides the shipped code in the years it covers).
 */
import { parentCodeOf } from './catalogIndex';
import { CATALOG_SYSTEMS, levelOfCode, type CatalogEntry, type CatalogSystem } from './types';

export interface ExtraFileResult {
  entries: CatalogEntry[];
  /** Chinese descriptions of what is wrong in the file (empty when all is well). */
  problems: string[];
}

/** A value as written in the file, for messages. */
function shown(value: unknown): string {
  return value === undefined ? '缺失' : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and validates an additions file. Bad entries are skipped and described; the rest are used. */
export function parseExtraFile(text: string, fileName = '目录补充文件'): ExtraFileResult {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { entries: [], problems: [`${fileName} 不是有效的 JSON：${detail}`] };
  }
  if (!isRecord(data) || !Array.isArray(data['entries'])) {
    return { entries: [], problems: [`${fileName} 应为 { "entries": [ … ] } 形式的对象`] };
  }
  const entries: CatalogEntry[] = [];
  (data['entries'] as unknown[]).forEach((raw, i) => {
    const where = `${fileName} 第 ${i + 1} 条`;
    if (!isRecord(raw)) {
      problems.push(`${where}不是对象`);
      return;
    }
    const system = raw['system'];
    const code = raw['code'];
    const name = raw['name'];
    const validFrom = raw['validFrom'];
    const validTo = raw['validTo'];
    const explanation = raw['explanation'];
    const errors: string[] = [];
    if (typeof system !== 'string' || !(CATALOG_SYSTEMS as readonly string[]).includes(system)) {
      errors.push(`system 应为 functional、economic-department 或 economic-government（实际为 ${shown(system)}）`);
    }
    if (typeof code !== 'string' || !/^\d+$/.test(code)) errors.push(`code 应为数字字符串（实际为 ${shown(code)}）`);
    else if (typeof system === 'string' && (CATALOG_SYSTEMS as readonly string[]).includes(system) && !levelOfCode(system as CatalogSystem, code)) {
      errors.push(`code ${code} 的位数不对（功能分类 3/5/7 位，经济分类 3/5 位）`);
    }
    if (typeof name !== 'string' || name.trim().length === 0) errors.push('name 缺失或为空');
    if (typeof validFrom !== 'number' || !Number.isInteger(validFrom) || validFrom < 1990 || validFrom > 2100) {
      errors.push(`validFrom 应为年份（实际为 ${shown(validFrom)}）`);
    }
    if (validTo !== undefined && validTo !== null && (typeof validTo !== 'number' || !Number.isInteger(validTo) || (typeof validFrom === 'number' && validTo < validFrom))) {
      errors.push(`validTo 应为不早于 validFrom 的年份或 null（实际为 ${shown(validTo)}）`);
    }
    if (explanation !== undefined && typeof explanation !== 'string') errors.push('explanation 应为文字');
    if (errors.length > 0) {
      problems.push(`${where}：${errors.join('；')}`);
      return;
    }
    const sys = system as CatalogSystem;
    const c = code as string;
    entries.push({
      system: sys,
      code: c,
      name: (name as string).trim(),
      level: levelOfCode(sys, c)!,
      validFrom: validFrom as number,
      validTo: typeof validTo === 'number' ? validTo : null,
      attested: [],
      userAdded: true,
      ...(typeof explanation === 'string' ? { explanation } : {}),
    });
  });
  return { entries, problems };
}

/**
 * Shipped entries with the user's entries merged in: a user entry overrides the shipped entries of its
 * code in the years it covers (they keep the years outside), any other user entry is added.
 */
export function mergeEntries(shipped: readonly CatalogEntry[], extra: readonly CatalogEntry[]): CatalogEntry[] {
  const overrides = new Map<string, CatalogEntry[]>();
  for (const entry of extra) {
    const k = `${entry.system}:${entry.code}`;
    overrides.set(k, [...(overrides.get(k) ?? []), entry]);
  }
  const out: CatalogEntry[] = [];
  for (const entry of shipped) {
    const users = overrides.get(`${entry.system}:${entry.code}`);
    if (!users) {
      out.push(entry);
      continue;
    }
    let pieces: Array<[number, number | null]> = [[entry.validFrom, entry.validTo]];
    for (const user of users) {
      const next: Array<[number, number | null]> = [];
      for (const [from, to] of pieces) {
        if (user.validFrom > from) next.push([from, to === null ? user.validFrom - 1 : Math.min(to, user.validFrom - 1)]);
        if (user.validTo !== null && (to === null || to > user.validTo)) next.push([Math.max(from, user.validTo + 1), to]);
      }
      pieces = next.filter(([from, to]) => to === null || from <= to);
    }
    for (const [from, to] of pieces) out.push({ ...entry, validFrom: from, validTo: to });
  }
  out.push(...extra);
  return out;
}

/** Added children whose parent is in neither the shipped catalog nor the additions (one line each). */
export function missingParents(all: readonly CatalogEntry[], extra: readonly CatalogEntry[]): string[] {
  const known = new Set(all.map((entry) => `${entry.system}:${entry.code}`));
  const problems: string[] = [];
  for (const entry of extra) {
    const parent = parentCodeOf(entry.code);
    if (parent && !known.has(`${entry.system}:${parent}`)) {
      problems.push(`补充条目 ${entry.code} ${entry.name} 的上级科目 ${parent} 在目录和补充文件中都不存在`);
    }
  }
  return problems;
}
