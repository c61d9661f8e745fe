/**
 * COD003: the name beside a code is not the catalog's name for that code (nor an earlier one, COD004).
 * When the name belongs to another code, says which.
 */
import type { Fix } from '../../diagnostics/finding';
import type { Rule } from '../types';
import { checkedCodes } from './checkedCodes';
import { beforeEditionsNote, codeEdits, softness, whereIs } from './codeContext';
import { nameVerdicts } from './nameVerdicts';

export const wrongName: Rule = {
  id: 'COD003',
  title: '科目名称与目录不符',
  category: 'codes',
  defaultSeverity: 'warning',
  check(context) {
    const { coverage: coverageOf, year } = checkedCodes(context);
    for (const { occurrence, name, nameCell, verdict, edition } of nameVerdicts(context)) {
      if (verdict.kind === 'outdated') continue;
      const { code } = occurrence;
      const { current } = verdict;
      const { soft, note } = softness(current);
      const fixes: Fix[] = [{ title: `将名称改为“${current.name}”`, edits: [{ range: nameCell.range, newText: current.name }], preferred: true }];
      let message: string;
      if (verdict.kind === 'not-yet') {
        message =
          `${whereIs(occurrence)}：编码 ${code} 的名称“${name}”自 ${verdict.matched.validFrom} 年起才使用，` +
          `${edition} 年版目录中为“${current.name}”。${note}`;
      } else if (verdict.belongsTo.length > 0) {
        const others = verdict.belongsTo.map((e) => `${e.code}`).join('、');
        message =
          `${whereIs(occurrence)}：编码 ${code} 在 ${edition} 年版目录中名为“${current.name}”，而“${name}”是编码 ${others} 的名称；` +
          `请确认是编码错了还是名称错了。${note}`;
        for (const other of verdict.belongsTo) {
          fixes.push({ title: `将编码改为 ${other.code}（${other.name}）`, edits: codeEdits(occurrence, other.code) });
        }
      } else {
        message = `${whereIs(occurrence)}：编码 ${code} 在 ${edition} 年版目录中名为“${current.name}”，此处写作“${name}”。${note}`;
      }
      const coverage = coverageOf[occurrence.system];
      if (coverage === 'other-classification') continue;
      if (coverage === 'before-editions') {
        context.report({ range: nameCell.range, message: message + beforeEditionsNote(year), severity: 'hint', fixes });
        continue;
      }
      context.report({ range: nameCell.range, message, ...(soft ? { severity: 'information' as const } : {}), fixes });
    }
  },
};
