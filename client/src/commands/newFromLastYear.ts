/**
 * “从上年文档新建”: next year's draft from last year's disclosure (the active one, or one picked), saved where
 * the user says (by default with the year advanced in its path), its `上年文档` pointing back, then opened.
 * The draft is made by the language server (`disclosure/draftFromLastYear`).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { headerYear, nextYearPath, relativeFrom } from '../templates/nextYearPath';

interface DraftReply {
  text?: string;
  year?: number;
  notices?: Array<{ line: number; message: string }>;
  error?: string;
}

async function pickSource(source: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (source) return source;
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'disclosure' && active.uri.scheme === 'file') return active.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Budget disclosure')]: ['disclosure'] },
    title: vscode.l10n.t('Disclosure of the previous year'),
  });
  return picked?.[0];
}

export async function newFromLastYear(
  getClient: () => LanguageClient | undefined,
  source?: vscode.Uri,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const lastYearUri = await pickSource(source);
  if (!lastYearUri) return undefined;
  const text = (await vscode.workspace.openTextDocument(lastYearUri)).getText();
  const year = headerYear(text);
  if (year === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The disclosure of the previous year has no 年度 (year) in its header.'));
    return undefined;
  }
  const draftUri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: lastYearUri.with({ path: nextYearPath(lastYearUri.path, year) }),
      filters: { [vscode.l10n.t('Budget disclosure')]: ['disclosure'] },
      title: vscode.l10n.t('Save the new draft as'),
    }));
  if (!draftUri) return undefined;
  const client = getClient();
  if (!client) return undefined;
  if (!client.isRunning()) await client.start();
  const reply = await client.sendRequest<DraftReply>('disclosure/draftFromLastYear', {
    text,
    lastYearPath: relativeFrom(draftUri.path, lastYearUri.path),
  });
  if (reply.error || reply.text === undefined) {
    void vscode.window.showErrorMessage(reply.error ?? vscode.l10n.t('The draft could not be made.'));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(draftUri, new TextEncoder().encode(reply.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draftUri));
  const notices = reply.notices ?? [];
  if (notices.length > 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Draft for {0} created; {1} classification codes changed in the new catalog edition (marked in the draft).', String(reply.year), String(notices.length)),
    );
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Draft for {0} created: fill in the figures marked 〔待填〕.', String(reply.year)));
  }
  return draftUri;
}
