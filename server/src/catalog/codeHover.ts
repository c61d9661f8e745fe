/**
 * Hover on a classification code or on the name beside it: the catalog's path (类 › 款 › 项), the edition
 * searched, the validity and former names, and the 科目说明 where the catalog has one.
 */
import type { HoverContributor } from '../features/contributors';
import { rangeContainsPosition } from '../features/ranges';
import type { DisclosureDocument, Position } from '../model/types';
import { LAST_EDITION } from './catalogIndex';
import { catalogFor } from './catalogProvider';
import { collectCodeOccurrences, isWellFormed, type CodeOccurrence } from './codeOccurrences';
import { LEVEL_NAMES, SYSTEM_NAMES, isSoftEntry } from './types';

function occurrenceAt(document: DisclosureDocument, position: Position): { occurrence: CodeOccurrence; onName: boolean } | undefined {
  const table = document.tables.find((t) => t.range.start.line <= position.line && position.line <= t.range.end.line);
  if (!table) return undefined;
  for (const occurrence of collectCodeOccurrences({ ...document, tables: [table] })) {
    if (occurrence.row.range.start.line !== position.line) continue;
    if (occurrence.cells.some((cell) => rangeContainsPosition(cell.range, position))) return { occurrence, onName: false };
    if (occurrence.nameCell && rangeContainsPosition(occurrence.nameCell.range, position)) return { occurrence, onName: true };
  }
  return undefined;
}

export const codeHover: HoverContributor = (document, position, context) => {
  const found = occurrenceAt(document, position);
  if (!found) return undefined;
  const { occurrence, onName } = found;
  const { catalog } = catalogFor(context.settings);
  const year = typeof context.settings.catalogEdition === 'number' ? context.settings.catalogEdition : document.meta.year ?? LAST_EDITION;
  const { system, code } = occurrence;
  const { edition, publication } = catalog.edition(system, year);
  const range = onName ? occurrence.nameCell!.range : occurrence.range;
  const lines: string[] = [];
  const entry = isWellFormed(system, code) ? catalog.lookup(system, code, year) : undefined;
  if (!entry) {
    lines.push(`**${code}**（${SYSTEM_NAMES[system]}）`, '', `${edition} 年版目录（${publication}）中没有这个编码。`);
    const history = catalog.history(system, code);
    if (history.length > 0) lines.push('', `其他年度：${history.map((e) => `${e.name}（${e.validFrom}–${e.validTo ?? ''}）`).join('、')}`);
    return { markdown: lines.join('\n'), range };
  }
  lines.push(`**${entry.code} ${entry.name}**（${SYSTEM_NAMES[system]} · ${LEVEL_NAMES[entry.level]}）`, '');
  lines.push(catalog.pathText(system, code, year), '');
  lines.push(`版本：${edition} 年版，${publication}；本名称自 ${entry.validFrom} 年起${entry.validTo !== null ? `至 ${entry.validTo} 年` : ''}有效。`);
  const former = catalog.history(system, code).filter((e) => e !== entry && e.validTo !== null && e.validTo < entry.validFrom);
  if (former.length > 0) lines.push('', `曾用名：${former.map((e) => `${e.name}（${e.validFrom}–${e.validTo}）`).join('、')}`);
  if (entry.explanation) lines.push('', `说明：${entry.explanation}`);
  if (entry.userAdded) lines.push('', '（来自目录补充文件）');
  else if (isSoftEntry(entry)) lines.push('', entry.uncertain ? '（目录条目未经实际文件印证，编号或名称未能核实）' : '（目录条目未经实际文件印证）');
  return { markdown: lines.join('\n'), range };
};
