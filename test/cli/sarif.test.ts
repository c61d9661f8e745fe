/** SARIF output: valid against the official SARIF 2.1.0 schema (vendored), with rules, regions and fixes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SEED_IDS, doc, seedPath } from '../helpers/fixtures';
import { runCli, scratch } from './cliHarness';

/**
 * The OASIS SARIF 2.1.0 schema (rtm.5, the published 2.1.0 JSON schema, draft-04), taken from the npm
 * package @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json).
 */
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('./schema/sarif-schema-2.1.0.json', import.meta.url)), 'utf8')) as object;
// unicodeRegExp: false — the schema's `language` pattern (`…[a-zA-Z]{2}]?$`) is valid only without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; name: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
      fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { startLine: number; startColumn: number }; insertedContent: { text: string } }> }> }>;
    }>;
    invocations: Array<{ executionSuccessful: boolean }>;
  }>;
}

function assertValid(log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

describe('disclosure-check --format sarif', () => {
  const dir = scratch({
    '单位 一.disclosure': doc('表：表1 x\n| a | b |\n|---|---|\n| 1 | 8,13.86 |\n\n表：表2 y\n| a | b |\n| 1 | 2 |\n'),
    'binary.disclosure': Buffer.from([0, 1, 2, 3, 0, 255]),
  });
  it('is valid SARIF 2.1.0 for every seed, a broken file and an unreadable one', async () => {
    const result = await runCli(['--format', 'sarif', ...SEED_IDS.map(seedPath), '.'], { cwd: dir });
    assert.equal(result.code, 2);
    const log = JSON.parse(result.out) as SarifLog;
    assertValid(log);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0]!.invocations[0]!.executionSuccessful, false);
    const io = log.runs[0]!.results.find((r) => r.ruleId === 'IO001');
    assert.equal(io?.locations[0]!.physicalLocation.artifactLocation.uri, 'binary.disclosure');
  });
  it('describes each reported rule once and points results at it, with 1-based regions', async () => {
    const result = await runCli(['-f', 'sarif', '单位 一.disclosure'], { cwd: dir });
    const log = JSON.parse(result.out) as SarifLog;
    assertValid(log);
    const run = log.runs[0]!;
    assert.equal(run.tool.driver.name, 'disclosure-check');
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['SYN009', 'SYN011']);
    const syn009 = run.tool.driver.rules[0]!;
    assert.equal(syn009.shortDescription.text, '金额格式无效');
    assert.equal(syn009.defaultConfiguration.level, 'error');
    assert.match(syn009.helpUri ?? '', /^file:\/\/.*\/docs\/rules\.md#syn009$/);
    const [first, second] = run.results;
    assert.equal(first!.ruleId, 'SYN009');
    assert.equal(run.tool.driver.rules[first!.ruleIndex]!.id, 'SYN009');
    assert.equal(first!.level, 'error');
    assert.equal(second!.level, 'note');
    assert.deepEqual(first!.locations[0]!.physicalLocation.region, { startLine: 11, startColumn: 7, endLine: 11, endColumn: 14 });
    assert.equal(first!.locations[0]!.physicalLocation.artifactLocation.uri, '%E5%8D%95%E4%BD%8D%20%E4%B8%80.disclosure');
  });
  it('carries safe fixes as SARIF fixes, and takes --docs-url for helpUri', async () => {
    // Seed 003 writes 2210202 with two names; the catalog decides which is right, a safe fix.
    const result = await runCli(['-f', 'sarif', '--docs-url', 'https://example.org/docs/rules.md', seedPath('003')]);
    const log = JSON.parse(result.out) as SarifLog;
    assertValid(log);
    const withFix = log.runs[0]!.results.filter((r) => r.fixes && r.fixes.length > 0);
    const json = JSON.parse((await runCli(['-f', 'json', seedPath('003')])).out) as Array<{ fixable: boolean; line: number; code: string }>;
    assert.ok(withFix.length > 0, 'seed 003 has a determined fix');
    assert.equal(withFix.length, json.filter((f) => f.fixable).length);
    for (const r of withFix) {
      const replacement = r.fixes![0]!.artifactChanges[0]!.replacements[0]!;
      assert.ok(replacement.deletedRegion.startLine >= 1 && replacement.deletedRegion.startColumn >= 1);
      assert.equal(typeof replacement.insertedContent.text, 'string');
    }
    for (const rule of log.runs[0]!.tool.driver.rules) assert.equal(rule.helpUri, `https://example.org/docs/rules.md#${rule.id.toLowerCase()}`);
  });
  it('is valid for an empty result and for standard input', async () => {
    const clean = await runCli(['-f', 'sarif', '-'], { readStdin: () => Buffer.from(doc('正文。\n')) });
    const log = JSON.parse(clean.out) as SarifLog;
    assertValid(log);
    assert.equal(clean.code, 0);
    assert.deepEqual(log.runs[0]!.results, []);
  });
  it('rejects what is not SARIF (the validator is live)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });
});
