/**
 * Seeds broken on purpose: one leaf, one subtotal, one cross-table figure, one table in 元, a 三公 total,
 * a leaf inside a rounding-noted group. Each break is found (rule, line, both figures), the preferred fix
 * is safe and restores the figure, and fix-all (balance rules only) gives back the original document:
 * only the broken figure is edited.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../../server/src/fixes/fixAll';
import { applyEdits } from '../../../server/src/fixes/textEdits';
import { readSeed, type SeedId } from '../../helpers/fixtures';
import { BALANCE_ONLY, balanceFindings, breakLine, preferredFix } from './helpers';

interface Break {
  name: string;
  seed: SeedId;
  line: number;
  from: string;
  to: string;
  /** The findings expected (rule id, 1-based line), errors only. */
  errors: Array<[string, number]>;
  /** The figure the preferred fixes restore. */
  restored: string;
  message: RegExp;
}

const BREAKS: Break[] = [
  {
    name: 'a leaf (项) of 支出总表',
    seed: '000', line: 145, from: '| 30.00 | 30.00 |', to: '| 31.00 | 30.00 |',
    errors: [['BAL002', 144], ['BAL001', 145]],
    restored: '30.00',
    message: /「附表 4-3 支出总表」2080502 事业单位离退休 行「合计」列为 31.00，而 基本支出 30.00 \+ 项目支出 0.00.*= 30.00.*相差 1.00 万元/,
  },
  {
    name: 'a subtotal (款) of 支出总表',
    seed: '000', line: 144, from: '| 55.24 | 55.24 |', to: '| 56.24 | 55.24 |',
    errors: [['BAL002', 143], ['BAL001', 144], ['BAL002', 144]],
    restored: '55.24',
    message: /208 社会保障和就业支出 行「合计」列为 55.56，而 20805 行政事业单位养老支出 56.24 \+ 20899 其他社会保障和就业支出 0.32 = 56.56.*最可能出错的是.*20805/,
  },
  {
    name: 'a cross-table figure (收支总表 类 line)',
    seed: '000', line: 103, from: '| 55.56 |', to: '| 56.56 |',
    errors: [['XTB001', 103], ['BAL004', 122]],
    restored: '55.56',
    message: /「附表 4-1 收支总表」六、社会保障和就业支出 行「支出\/预算数」列为 56.56，而 「附表 4-3 支出总表」208 社会保障和就业支出 行「合计」列 55.56 = 55.56.*相差 1.00 万元/,
  },
  {
    name: 'a unit row of a table in 元',
    seed: '002', line: 175, from: '| 936760 |', to: '| 936770 |',
    errors: [['BAL002', 174], ['BAL001', 175]],
    restored: '936760',
    message: /「表2 2023年部门综合预算收入总表」410 麟游县医疗保障局 行「部门预算\/合计」列为 9147360，而 410001 .* 936770 .*= 9147370.*相差 10 元.*最可能出错的是.*410001/,
  },
  {
    name: 'a leaf under a rounding-noted class (301)',
    seed: '000', line: 239, from: '| 78.85 | 78.85 |', to: '| 78.95 | 78.85 |',
    errors: [['BAL002', 238], ['BAL001', 239]],
    restored: '78.85',
    message: /301 工资福利支出.*330.62.*330.71/,
  },
  {
    name: 'the 合计 of 收入总表 (cross-table with 收支总表)',
    seed: '003', line: 156, from: '| 6,660.17 | 6,660.17 |', to: '| 6,670.17 | 6,660.17 |',
    errors: [['XTB005', 145], ['BAL001', 156], ['BAL003', 156]],
    restored: '6,660.17',
    message: /「预算公开表1 2023年预算收支总表」本年收入合计 行「收入\/2023年」列为 6,660.17，而 「2023年预算收入总表」合计 行「本年收入\/合计」列 6,670.17/,
  },
  {
    name: 'a 类 of 支出总表 (rounding-noted, then broken)',
    seed: '001', line: 131, from: '| 11.33 |', to: '| 12.33 |',
    errors: [['XTB001', 96], ['BAL003', 130], ['BAL001', 131], ['BAL002', 131]],
    restored: '11.33',
    message: /收支总表.*六、社会保障和就业支出.*11.33.*208 社会保障和就业支出.*12.33/,
  },
  {
    name: 'the 三公 total',
    seed: '000', line: 272, from: '| 6.55 |', to: '| 6.65 |',
    errors: [['BAL005', 272]],
    restored: '6.55',
    message: /“三公”经费合计.*6.65，而 因公出国（境）费 0.00 \+ 公务用车购置及运行费\/小计 6.00 \+ 公务接待费 0.55 = 6.55/,
  },
];

for (const broken of BREAKS) {
  describe(`broken seed ${broken.seed}: ${broken.name}`, () => {
    const original = readSeed(broken.seed);
    const text = breakLine(original, broken.line, broken.from, broken.to);
    const errors = balanceFindings(text).filter((f) => f.severity === 'error');

    it('is found, naming both figures', () => {
      assert.deepEqual(errors.map((f) => [f.ruleId, f.range.start.line + 1]), broken.errors);
      assert.ok(errors.some((f) => broken.message.test(f.message)), errors.map((f) => f.message).join('\n'));
    });

    it('offers a preferred safe fix that restores the broken figure', () => {
      for (const finding of errors) {
        const fix = preferredFix(finding);
        assert.ok(fix, `${finding.ruleId} has a preferred fix`);
        assert.equal(fix.safe, true);
        assert.equal(fix.edits.length, 1);
        assert.equal(fix.edits[0]!.range.start.line + 1, broken.line);
        assert.equal(fix.edits[0]!.newText, broken.restored);
      }
    });

    it('applying one preferred fix clears every balance error', () => {
      const fixed = applyEdits(text, preferredFix(errors[0]!)!.edits);
      assert.equal(balanceFindings(fixed).filter((f) => f.severity === 'error').length, 0);
    });

    it('fix-all restores the original document, editing only the figure', () => {
      const result = fixAll(text, BALANCE_ONLY);
      assert.equal(result.text, original);
      assert.equal(result.edits.length, 1);
      assert.equal(result.edits[0]!.range.start.line + 1, broken.line);
      assert.match(result.edits[0]!.newText, /^[\d,.]+$/);
    });
  });
}
