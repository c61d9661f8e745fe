/** COD004: the name beside a code is the code's name in an earlier edition (renamed since). */
import type { Rule } from '../types';
import { softness, whereIs } from './codeContext';
import { nameVerdicts } from './nameVerdicts';

export const outdatedName: Rule = {
  id: 'COD004',
  title: '科目名称已过时',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    for (const { occurrence, name, nameCell, verdict, edition } of nameVerdicts(context)) {
      if (verdict.kind !== 'outdated') continue;
      const { code } = occurrence;
      const { current, matched } = verdict;
      const { soft, note } = softness(matched.uncertain ? matched : current);
      context.report({
        range: nameCell.range,
        message:
          `${whereIs(occurrence)}：“${name}”是编码 ${code} 的旧名称（${matched.validFrom}–${matched.validTo} 年），` +
          `自 ${current.validFrom} 年起改为“${current.name}”，${edition} 年版目录应写“${current.name}”。${note}`,
        ...(soft ? { severity: 'information' as const } : {}),
        fixes: [{ title: `改为现行名称“${current.name}”`, edits: [{ range: nameCell.range, newText: current.name }], preferred: true, safe: !soft }],
      });
    }
  },
};
