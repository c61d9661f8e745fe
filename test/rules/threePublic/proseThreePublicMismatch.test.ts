import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc } from '../../helpers/fixtures';
import { applyEdits } from '../../../server/src/fixes/textEdits';
import { coveredText, findingsOf } from '../prose/helpers';
import { THREE_PUBLIC_TABLE } from '../prose/tables';

test('TPE002 fires on a prose 三公 figure that disagrees with the 三公 table, fix = the table figure', () => {
  const text = doc(`2023 年“三公”经费年初预算安排 7.06万元。其中：公务接待费 0.55万元。\n\n${THREE_PUBLIC_TABLE}`);
  const [finding, ...rest] = findingsOf(text, 'TPE002');
  assert.equal(rest.length, 0);
  assert.equal(coveredText(text, finding!), '7.06万元');
  assert.match(finding!.message, /“三公”经费为 7\.06 万元.*6\.55 万元/);
  assert.match(applyEdits(text, finding!.fixes![0]!.edits), /安排 6\.55万元/);
});

test('TPE002 is silent when the prose restates the table (blank or 0.00 read as 0; fewer decimals)', () => {
  const text = doc(`2023 年“三公”经费年初预算安排 6.55万元。其中：因公出国（境）费 0万元；公务接待费 0.55万元；公务用车运行维护费 6万元。\n\n${THREE_PUBLIC_TABLE}`);
  assert.deepEqual(findingsOf(text, 'TPE002'), []);
});
