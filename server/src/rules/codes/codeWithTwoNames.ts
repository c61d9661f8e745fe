/**
 * COD005: one code printed with two different names in one document (seed 003: 2210202 租房补贴 in the
 * 收入总表, 提租补贴 in the 支出总表). The name that agrees with the catalog (else the first one written)
 * is taken as the reference; each other name is reported, pointing at the reference.
 */
import type { CodeOccurrence } from '../../catalog/codeOccurrences';
import { normalizeName } from '../../catalog/names';
import type { CatalogSystem } from '../../catalog/types';
import type { Rule } from '../types';
import { checkedCodes, type CheckedCode } from './checkedCodes';
import { whereIs } from './codeContext';

/** The occurrences of each code (per system) that have a name beside them, codes in order of first appearance. */
function namedByCode(codes: readonly CheckedCode[]): CheckedCode[][] {
  const groups: CheckedCode[][] = [];
  const bySystem = new Map<CatalogSystem, Map<string, CheckedCode[]>>();
  for (const checked of codes) {
    const { system, code, name, nameCell } = checked.occurrence;
    if (!name || !nameCell) continue;
    let byCode = bySystem.get(system);
    if (!byCode) bySystem.set(system, (byCode = new Map()));
    const group = byCode.get(code);
    if (group) group.push(checked);
    else {
      const started = [checked];
      byCode.set(code, started);
      groups.push(started);
    }
  }
  return groups;
}

/** Whether the occurrences are written with more than one name (compared normalised). */
function namesDiffer(group: readonly CheckedCode[]): boolean {
  const first = group[0]!.occurrence.name!;
  let normalised: string | undefined;
  for (let i = 1; i < group.length; i++) {
    const name = group[i]!.occurrence.name!;
    if (name === first) continue; // the same text: the same normalised name
    normalised ??= normalizeName(first);
    if (normalizeName(name) !== normalised) return true;
  }
  return false;
}

export const codeWithTwoNames: Rule = {
  id: 'COD005',
  title: '同一编码在文中有两个名称',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    for (const group of namedByCode(checkedCodes(context).codes)) {
      if (group.length < 2 || !namesDiffer(group)) continue;
      const list: CodeOccurrence[] = group.map((checked) => checked.occurrence);
      const first = list[0]!;
      const catalogName = group[0]!.entry?.name;
      const reference =
        (catalogName !== undefined ? list.find((o) => normalizeName(o.name!) === normalizeName(catalogName)) : undefined) ?? first;
      const referenceName = normalizeName(reference.name!);
      for (const occurrence of list) {
        if (normalizeName(occurrence.name!) === referenceName) continue;
        context.report({
          range: occurrence.nameCell!.range,
          message:
            `编码 ${occurrence.code} 在${whereIs(occurrence)}写作“${occurrence.name}”，在${whereIs(reference)}写作“${reference.name}”：` +
            `同一科目在同一文件中应使用同一名称${catalogName !== undefined ? `（目录名称为“${catalogName}”）` : ''}。`,
          fixes: [
            {
              title: `统一为“${reference.name}”`,
              edits: [{ range: occurrence.nameCell!.range, newText: reference.name! }],
              preferred: true,
              ...(catalogName !== undefined && normalizeName(catalogName) === referenceName ? { safe: true } : {}),
            },
          ],
          related: [{ range: reference.nameCell!.range, message: `此处写作“${reference.name}”` }],
        });
      }
    }
  },
};
