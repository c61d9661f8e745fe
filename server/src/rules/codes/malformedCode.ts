/** COD001: a classification code with characters other than digits, or a length wrong for its column. */
import { isWellFormed } from '../../catalog/codeOccurrences';
import type { Fix } from '../../diagnostics/finding';
import type { Rule } from '../types';
import { checkedCodes } from './checkedCodes';
import { codeEdits, systemName, whereIs } from './codeContext';

export const malformedCode: Rule = {
  id: 'COD001',
  title: '科目编码格式错误',
  category: 'codes',
  defaultSeverity: 'error',
  check(context) {
    for (const { occurrence, wellFormed } of checkedCodes(context).codes) {
      if (wellFormed) continue;
      const { system, code } = occurrence;
      const lengths = system === 'functional' ? '3、5 或 7 位数字（类、款、项）' : '3 或 5 位数字（类、款）';
      const digits = code.replace(/[\s\u3000]/g, '');
      const fixes: Fix[] = [];
      let problem: string;
      if (!/^\d+$/.test(digits)) {
        problem = `含有数字以外的字符`;
        const onlyDigits = digits.replace(/\D/g, '');
        const lettersLikeDigits = digits.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
        const candidate = /^\d+$/.test(lettersLikeDigits) ? lettersLikeDigits : /^[\d\-－.．·]+$/.test(digits) ? onlyDigits : undefined;
        if (candidate && isWellFormed(system, candidate)) {
          fixes.push({ title: `将编码改为 ${candidate}`, edits: codeEdits(occurrence, candidate), preferred: true });
        }
      } else {
        problem = `长度为 ${digits.length} 位`;
      }
      if (/^\d+$/.test(digits) && digits !== code && isWellFormed(system, digits)) {
        fixes.push({ title: `去掉编码中的空格：${digits}`, edits: codeEdits(occurrence, digits), preferred: true, safe: true });
        problem = '含有空格';
      }
      context.report({
        range: occurrence.range,
        message: `${whereIs(occurrence)}的${systemName(system)}编码“${code}”格式不对：应为${lengths}，实际${problem}。`,
        fixes,
      });
    }
  },
};
