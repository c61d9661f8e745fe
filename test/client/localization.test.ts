// Both languages complete: every runtime string and every manifest key has a Chinese and an English text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const CJK = /[\u4e00-\u9fff]/;

describe('localization', () => {
  it('every vscode.l10n.t string is in both runtime bundles, translated into Chinese', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'client/src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\('([^']+)'/g)) used.add(match[1]!);
    }
    assert.ok(used.size >= 10);
    const en = json('l10n/bundle.l10n.json');
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    for (const key of used) {
      assert.equal(typeof en[key], 'string', `bundle.l10n.json has “${key}”`);
      assert.match(String(zh[key]), CJK, `bundle.l10n.zh-cn.json translates “${key}”`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('every %key% of package.json is in package.nls.json (Chinese), .zh-cn and .en', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.ok(keys.has('command.openPreviewToSide'));
    const zhDefault = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    const en = json('package.nls.en.json');
    for (const key of keys) {
      assert.match(String(zhDefault[key]), CJK, `package.nls.json: ${key}`);
      assert.match(String(zh[key]), CJK, `package.nls.zh-cn.json: ${key}`);
      assert.equal(typeof en[key], 'string', `package.nls.en.json: ${key}`);
      assert.doesNotMatch(String(en[key]), /^[\s\S]*[\u4e00-\u9fff]{4,}/, `package.nls.en.json is English: ${key}`);
    }
    assert.equal(zhDefault['command.openPreviewToSide'], '打开预览（侧边）');
    assert.equal(zhDefault['command.fixAll'], '修复全部问题');
  });

  it('every server setting has a `disclosure.*` configuration entry', () => {
    const properties = (json('package.json').contributes as { configuration: { properties: Record<string, unknown> } }).configuration.properties;
    for (const key of ['severities', 'rounding', 'catalogEdition', 'catalogExtraFile', 'numberStyle.thousandsSeparator', 'debounceMs', 'maxFileSize', 'format.normalizeNumbers']) {
      assert.ok(properties[`disclosure.${key}`], `disclosure.${key}`);
    }
  });
});
