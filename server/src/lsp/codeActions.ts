/**
 * Code actions, independent of the connection: the quick-fixes carried in Diagnostic.data (or, for
 * clients that drop data, in the last findings), “fix all” (`source.fixAll.disclosure`, through
 * fixes/fixAll.ts against the current text) and the tab-separated-rows → table refactoring.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { CheckSettings } from '../config/settings';
import type { Finding, Fix, TextEdit } from '../diagnostics/finding';
import { fixAll } from '../fixes/fixAll';
import type { DisclosureDocument, Range } from '../model/types';
import { TAB_TO_TABLE_TITLE, tabRowsToTable } from '../features/tabToTable';
import { diagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.disclosure`;
export const FIX_ALL_TITLE = '修复所有可确定的问题（disclosure）';

export interface CodeActionInput {
  uri: string;
  model: DisclosureDocument;
  range: Range;
  diagnostics: Diagnostic[];
  only?: string[];
  settings: CheckSettings;
  /** Findings of the current version, if validated (fallback for diagnostics without data). */
  findings?: readonly Finding[];
  /**
   * True when the user asked for code actions (Ctrl+. / light bulb click), false for the automatic
   * requests editors send on every cursor move.
   */
  invoked?: boolean;
}

function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function insideDocument(model: DisclosureDocument, edits: TextEdit[]): boolean {
  const lines = model.lineIndex.lineCount;
  return edits.every(
    (e) =>
      e.range.start.line >= 0 &&
      e.range.end.line < lines &&
      e.range.start.character >= 0 &&
      e.range.end.character <= model.lineIndex.lineText(e.range.end.line).length &&
      typeof e.newText === 'string',
  );
}

function fixesOf(diagnostic: Diagnostic, findings: readonly Finding[] | undefined): Fix[] {
  const data = diagnosticData(diagnostic);
  if (data) return data.fixes;
  const match = findings?.find(
    (f) =>
      f.ruleId === diagnostic.code &&
      f.range.start.line === diagnostic.range.start.line &&
      f.range.start.character === diagnostic.range.start.character &&
      f.message === diagnostic.message,
  );
  return match?.fixes ?? [];
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const { uri, model } = input;
  const actions: CodeAction[] = [];
  if (wanted(input.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of input.diagnostics) {
      for (const fix of fixesOf(diagnostic, input.findings)) {
        if (fix.edits.length === 0 || !insideDocument(model, fix.edits)) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true,
          edit: { changes: { [uri]: fix.edits } },
        });
      }
    }
  }
  // Fix all re-runs the checks up to 8 times: only when its kind is asked for, or when the user invoked
  // code actions and the current findings have a determined fix — never on automatic requests.
  const explicitFixAll = !!input.only?.some((o) => FIX_ALL_KIND.startsWith(o));
  const hasSafeFix = !!input.findings?.some((f) => f.fixes?.some((x) => x.safe));
  if (wanted(input.only, FIX_ALL_KIND) && (explicitFixAll || (input.invoked === true && hasSafeFix))) {
    const result = fixAll(model.text, input.settings);
    if (result.edits.length > 0) {
      actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [uri]: result.edits } } });
    }
  }
  if (wanted(input.only, CodeActionKind.RefactorRewrite)) {
    const edit = tabRowsToTable(model, input.range);
    if (edit) actions.push({ title: TAB_TO_TABLE_TITLE, kind: CodeActionKind.RefactorRewrite, edit: { changes: { [uri]: [edit] } } });
  }
  return actions;
}
