/** The server reads the user's catalog additions from `catalogExtraFile`, relative to the workspace folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { doc } from '../helpers/fixtures';
import { startHarness } from './harness';

const TEXT = doc(`表：附表 4-3 支出总表
单位：万元

| 科目编码 | 科目名称 | 合计 |
|---|---|---:|
| | 合计 | 1.00 |
| 201 | 一般公共服务支出 | 1.00 |
| 20139 | 社会工作事务 | 1.00 |
`);

async function codeFindings(settings: Record<string, unknown>, rootUri: string): Promise<string[]> {
  const h = await startHarness({ debounceMs: 20, ...settings }, {}, { rootUri });
  try {
    const uri = `${rootUri}/draft.disclosure`;
    await h.open(uri, TEXT);
    const published = await h.waitForDiagnostics(uri, 1, 20000);
    return published.diagnostics.filter((d) => String(d.code).startsWith('COD')).map((d) => `${String(d.code)}@${d.range.start.line}`);
  } finally {
    h.close();
  }
}

test('a local code from the additions file named relative to the workspace is accepted', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'disclosure-ws-'));
  writeFileSync(
    join(folder, 'catalog-extra.json'),
    JSON.stringify({ entries: [{ system: 'functional', code: '20139', name: '社会工作事务', validFrom: 2023, validTo: null }] }),
  );
  const rootUri = pathToFileURL(folder).href;
  const without = await codeFindings({}, rootUri);
  assert.ok(without.some((f) => f.startsWith('COD002@')), `without the file 20139 is unknown: ${without.join(', ')}`);
  const withFile = await codeFindings({ catalogExtraFile: 'catalog-extra.json' }, rootUri);
  assert.deepEqual(withFile.filter((f) => f.startsWith('COD002@')), []);
});
