/** “从模板新建预算公开文档”: asks unit, year, kind, amount unit and the tables without data, opens the scaffold. */
import * as vscode from 'vscode';
import { documentTemplate, tablesForKind } from '../templates/documentTemplate';

const KINDS = ['部门预算', '单位预算', '部门综合预算', '部门决算', '单位决算'];
const UNITS = ['万元', '元'];

export async function newFromTemplate(): Promise<vscode.TextEditor | undefined> {
  const unitName = await vscode.window.showInputBox({
    title: vscode.l10n.t('New budget disclosure'),
    prompt: vscode.l10n.t('Name of the department or unit'),
    placeHolder: vscode.l10n.t('e.g. 某某县医疗保障局'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Please enter a name')),
  });
  if (!unitName) return undefined;
  const yearText = await vscode.window.showInputBox({
    title: vscode.l10n.t('New budget disclosure'),
    prompt: vscode.l10n.t('Budget year'),
    value: String(new Date().getFullYear()),
    ignoreFocusOut: true,
    validateInput: (v) => (/^(19|20)\d{2}$/.test(v.trim()) ? undefined : vscode.l10n.t('A four-digit year, e.g. 2024')),
  });
  if (!yearText) return undefined;
  const kind = await vscode.window.showQuickPick(KINDS, { title: vscode.l10n.t('Kind of disclosure'), ignoreFocusOut: true });
  if (!kind) return undefined;
  const amountUnit = await vscode.window.showQuickPick(UNITS, { title: vscode.l10n.t('Unit of amounts'), ignoreFocusOut: true });
  if (!amountUnit) return undefined;
  const picks = await vscode.window.showQuickPick(
    tablesForKind(kind).map((t) => ({ label: t.name, id: t.id, picked: t.usuallyEmpty === true })),
    { title: vscode.l10n.t('Tables without data this year (published with 本表无数据)'), canPickMany: true, ignoreFocusOut: true },
  );
  if (!picks) return undefined;
  const content = documentTemplate({
    unitName: unitName.trim(),
    year: Number.parseInt(yearText.trim(), 10),
    kind,
    amountUnit,
    emptyTables: picks.map((p) => p.id),
  });
  const document = await vscode.workspace.openTextDocument({ language: 'disclosure', content });
  return vscode.window.showTextDocument(document);
}
