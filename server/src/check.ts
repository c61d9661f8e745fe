/**
 * The whole check of one document: parse, then every rule. Used by the language server, the CLI and
 * the tests alike, so all three report exactly the same findings.
 */
import { DEFAULT_SETTINGS, type CheckSettings } from './config/settings';
import type { Finding } from './diagnostics/finding';
import { parseDocument } from './model/buildModel';
import type { DisclosureDocument } from './model/types';
import { allRules } from './rules/registry';
import { runRules, runRulesSliced, type RunOptions, type SliceOptions } from './rules/runner';
import type { Rule } from './rules/types';
import { linkFromSource } from './lastYear/parseLink';
import type { LastYearSource } from './lastYear/types';

export interface CheckResult {
  document: DisclosureDocument;
  findings: Finding[];
}

/**
 * The parser's findings with the user's severities applied, then the rules' findings: one list, built
 * without copies (the rules' own list is reused when the parser found nothing).
 */
function allFindings(document: DisclosureDocument, settings: CheckSettings, ruleFindings: Finding[]): Finding[] {
  if (document.syntaxFindings.length === 0) return ruleFindings;
  const all: Finding[] = [];
  for (const finding of document.syntaxFindings) {
    const override = settings.severities[finding.ruleId];
    if (override === 'off') continue;
    all.push(override ? { ...finding, severity: override } : finding);
  }
  for (const finding of ruleFindings) all.push(finding);
  return all;
}

export function checkModel(
  document: DisclosureDocument,
  settings: CheckSettings = DEFAULT_SETTINGS,
  options: RunOptions & { rules?: readonly Rule[] } = {},
): Finding[] {
  const ruleFindings = runRules(document, options.rules ?? allRules, settings, options);
  return sortFindings(allFindings(document, settings, ruleFindings));
}

/**
 * checkModel in time slices (the language server: one parse per version, shared with hover and
 * completion, and the event loop gets a turn at least every `sliceMs` between rules). Same findings.
 */
export async function checkModelSliced(
  document: DisclosureDocument,
  settings: CheckSettings,
  options: RunOptions & SliceOptions & { rules?: readonly Rule[] },
): Promise<Finding[]> {
  const ruleFindings = await runRulesSliced(document, options.rules ?? allRules, settings, options);
  return sortFindings(allFindings(document, settings, ruleFindings));
}

/** Options of `checkText`: last year's disclosure comes as text (as the host read it) and is parsed here. */
export type CheckTextOptions = Omit<RunOptions, 'lastYear'> & { rules?: readonly Rule[]; lastYear?: LastYearSource };

export function checkText(
  text: string,
  uri?: string,
  settings: CheckSettings = DEFAULT_SETTINGS,
  options: CheckTextOptions = {},
): CheckResult {
  const document = parseDocument(text, uri);
  return { document, findings: checkParsed(document, settings, options) };
}

/**
 * checkText's checks of a document its caller has parsed already (`parseDocument(text, uri)`, e.g. to read
 * its header first): the same findings as checkText on the same text.
 */
export function checkParsed(document: DisclosureDocument, settings: CheckSettings = DEFAULT_SETTINGS, options: CheckTextOptions = {}): Finding[] {
  const { lastYear, ...rest } = options;
  const link = linkFromSource(lastYear);
  return checkModel(document, settings, { ...rest, ...(link ? { lastYear: link } : {}) });
}

/** Document order, then rule id: stable output for the CLI and the tests. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
