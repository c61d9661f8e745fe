/** A rule that throws: one INT001 diagnostic, logged once, the other rules still report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rule } from '../../server/src/rules/types';
import { doc } from '../helpers/fixtures';
import { startHarness, sleep } from './harness';

const broken: Rule = {
  id: 'TST901',
  title: '会抛出异常的测试规则',
  category: 'internal',
  defaultSeverity: 'error',
  check() {
    throw new Error('故意的错误');
  },
};

const working: Rule = {
  id: 'TST902',
  title: '总是报告的测试规则',
  category: 'internal',
  defaultSeverity: 'warning',
  check(context) {
    context.report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: '测试发现' });
  },
};

test('a throwing rule becomes one INT001 diagnostic, is logged once, and the other rules still run', async () => {
  const h = await startHarness({ debounceMs: 20 }, { rules: [broken, working] });
  try {
    const uri = 'file:///t/broken.disclosure';
    const text = doc('正文。\n');
    await h.open(uri, text);
    const first = await h.waitForDiagnostics(uri, 1);
    assert.deepEqual(first.diagnostics.map((d) => d.code).sort(), ['INT001', 'TST902']);
    assert.match(first.diagnostics.find((d) => d.code === 'INT001')!.message, /TST901/);
    await h.change(uri, 2, [{ text: `${text}更多。\n` }]);
    await h.waitForDiagnostics(uri, 2);
    await sleep(50);
    assert.equal(h.logs.filter((l) => l.includes('TST901')).length, 1, h.logs.join('\n'));
  } finally {
    h.close();
  }
});
