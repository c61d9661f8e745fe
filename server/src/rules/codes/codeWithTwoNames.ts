/**
 * COD005: one code printed with two different names in one document (seed 003: 2210202 租房补贴 in the
 * 收入总表, 提租补贴 in the 支出总表). The name that agrees with the catalog (else the first one written)
 * is taken as the reference; each other name is reported, pointing at the reference.
 */
import type { CodeOccurrence } from '../../catalog/codeOccurrences';
import { normalizeName } from '../../catalog/names';
import type { Rule } from '../types';
import { catalogYear, codeCatalog, codeOccurrences, whereIs } from './codeContext';

export const codeWithTwoNames: Rule = {
  id: 'COD005',
  title: '同一编码在文中有两个名称',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    const { catalog } = codeCatalog(context);
    const year = catalogYear(context);
    const byCode = new Map<string, CodeOccurrence[]>();
    for (const occurrence of codeOccurrences(context)) {
      if (!occurrence.name || !occurrence.nameCell) continue;
      const key = `${occurrence.system}:${occurrence.code}`;
      const list = byCode.get(key);
      if (list) list.push(occurrence);
      else byCode.set(key, [occurrence]);
    }
    for (const list of byCode.values()) {
      const names = new Set(list.map((o) => normalizeName(o.name!)));
      if (names.size < 2) continue;
      const first = list[0]!;
      const catalogName = catalog.lookup(first.system, first.code, year)?.name;
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
