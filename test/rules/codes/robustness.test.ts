/** The code rules and code features on half-typed or mangled tables: no crash, no internal error. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeCompletion } from '../../../server/src/catalog/codeCompletion';
import { codeHover } from '../../../server/src/catalog/codeHover';
import { DEFAULT_SETTINGS } from '../../../server/src/config/settings';
import { parseDocument } from '../../../server/src/model/buildModel';
import { doc, readSeed } from '../../helpers/fixtures';
import { seededRandom } from '../../helpers/random';
import { codeFindings } from './helpers';

describe('code rules: robustness', () => {
  it('tolerates half-typed tables and odd headers', () => {
    const texts = [
      doc('表：支出总表\n\n| 科目编码 | 科目名称\n|---|\n| 2101\n| | \n|210|\n'),
      doc('表：支出总表\n\n| 类 | 款 | 项 |\n|---|---|---|\n| 210 | | 06 |\n| | 15 | |\n'),
      doc('表：一般公共预算基本支出表\n\n| 编码 | 名称 |\n|---|---|\n| 5 | x |\n| 30101 |\n| 501019 | y |\n'),
      doc('表：\n\n| 科目编码 |\n| 科目编码 |\n|---|\n| ２１０ |\n'),
    ];
    for (const text of texts) {
      const findings = codeFindings(text);
      assert.ok(findings.every((f) => f.ruleId !== 'INT001'), findings.map((f) => f.message).join('\n'));
    }
  });

  it('survives random edits of seed 004 (rules, hover, completion)', () => {
    const random = seededRandom(8);
    const junk = ['|', '2101', '\n', ' ', '类', '科目编码', '---', '30217'];
    let text = readSeed('004');
    for (let round = 0; round < 40; round++) {
      const at = Math.floor(random() * text.length);
      text = random() < 0.5 ? text.slice(0, at) + text.slice(at + Math.floor(random() * 30)) : text.slice(0, at) + junk[Math.floor(random() * junk.length)] + text.slice(at);
      const findings = codeFindings(text);
      assert.ok(findings.every((f) => f.ruleId !== 'INT001'));
      const document = parseDocument(text, 'r');
      const line = Math.floor(random() * document.lineIndex.lineCount);
      const position = { line, character: Math.floor(random() * 40) };
      codeHover(document, position, { settings: DEFAULT_SETTINGS, findings: [] });
      codeCompletion(document, position);
    }
  });
});
