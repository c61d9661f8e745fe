/**
 * PRO018: a performance target the prose quotes for a project (“满意度指标：政策知晓率≥90%” under
 * “5、“中央财政医疗救助预算”主要内容是…”) must be the target the project's performance form (绩效目标表) gives for
 * the same indicator (政策知晓率 ≥80%). Compared only when the form has that indicator for that project; a warning,
 * since a form may hold a long-term and an annual target.
 */
import { compactLabel } from '../../model/labels';
import { paragraphRange } from '../../model/paragraphs';
import type { BodyRow, DisclosureDocument, Paragraph, Table } from '../../model/types';
import { normalizeNumberChars } from '../../numeric/numberText';
import { paragraphNumberText } from '../../prose/paragraphNumberText';
import type { Rule } from '../types';

const STATED = /(?:满意度指标|产出指标|效益指标|质量指标|数量指标|时效指标|成本指标)[：:]([^，,。；;：:≥≤><＞＜=]{2,30}?)[ \t\u3000]*(≥|≤|>|<|＞|＜|=)?[ \t\u3000]*(\d+(?:\.\d+)?)[ \t\u3000]*%/g;
const TARGET_CELL = /^(≥|≤|>|<|＞|＜|=)?[ \t\u3000]*(\d+(?:\.\d+)?)[ \t\u3000]*%$/;
const PROJECT_LEAD = /^[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)[、.．][ \t\u3000]*[“"]([^”"]{2,60})[”"]/;

const comparator = (sign: string | undefined): string => ({ '＞': '>', '＜': '<' })[sign ?? ''] ?? sign ?? '=';

/** The project a paragraph speaks of: the nearest “N、“项目名称”…” paragraph above it under the same heading. */
function projectOf(paragraphs: readonly Paragraph[], index: number): string | undefined {
  const heading = paragraphs[index]!.headingPath.at(-1);
  for (let i = index; i >= 0; i--) {
    const paragraph = paragraphs[i]!;
    if (paragraph.headingPath.at(-1) !== heading) return undefined;
    const match = PROJECT_LEAD.exec(paragraph.text);
    if (match) return compactLabel(match[1]!);
  }
  return undefined;
}

/**
 * The rows of the performance forms by the project they belong to (first column, `^` carrying it down), in
 * document order: a quoted target is compared with its own project's rows only.
 */
function formRowsByProject(document: DisclosureDocument): Map<string, Array<{ table: Table; row: BodyRow }>> {
  const byProject = new Map<string, Array<{ table: Table; row: BodyRow }>>();
  for (const table of document.tables) {
    if (table.kind !== 'performance') continue;
    let project = '';
    for (const row of table.body) {
      const first = row.cells[0];
      if (first && first.kind !== 'merge-up' && first.kind !== 'blank') project = compactLabel(first.text);
      const rows = byProject.get(project);
      if (rows) rows.push({ table, row });
      else byProject.set(project, [{ table, row }]);
    }
  }
  return byProject;
}

export const performanceTarget: Rule = {
  id: 'PRO018',
  title: '说明中的绩效指标值与绩效目标表不符',
  category: 'prose',
  defaultSeverity: 'warning',
  check(context) {
    const document = context.document;
    if (!document.tables.some((t) => t.kind === 'performance')) return;
    // Built at the first quoted target only: most documents with forms quote none.
    let rowsByProject: Map<string, Array<{ table: Table; row: BodyRow }>> | undefined;
    const paragraphs = document.paragraphs;
    paragraphs.forEach((paragraph, index) => {
      if (!paragraph.text.includes('指标')) return; // every STATED wording names a …指标
      const text = paragraphNumberText(context.document, paragraph);
      STATED.lastIndex = 0;
      let project: string | undefined | null = null;
      for (let match = STATED.exec(text); match; match = STATED.exec(text)) {
        if (project === null) project = projectOf(paragraphs, index);
        if (!project) return;
        const indicator = compactLabel(match[1]!);
        rowsByProject ??= formRowsByProject(document);
        for (const { table, row } of rowsByProject.get(project) ?? []) {
          const at = row.cells.findIndex((cell) => compactLabel(cell.text) === indicator);
          if (at < 0) continue;
          const target = row.cells.slice(at + 1).map((cell) => TARGET_CELL.exec(normalizeNumberChars(cell.text.trim()))).find((m) => m);
          if (!target) continue;
          // A form often writes the target value alone (95%) where the prose writes the bound (≥95%).
          const sameBound = !target[1] || !match[2] || comparator(target[1]) === comparator(match[2]);
          if (sameBound && Number(target[2]) === Number(match[3])) continue;
          const start = match.index + match[0].indexOf(match[1]!);
          context.report({
            range: paragraphRange(paragraph, start, match.index + match[0].length),
            message: `说明中项目“${project}”的${indicator}为“${match[0].slice(match[0].indexOf(match[1]!) + match[1]!.length).trim()}”，但绩效目标表（第 ${row.range.start.line + 1} 行${table.caption ? `，${table.caption.text}` : ''}）为“${target[0]}”。`,
            related: [{ range: row.range, message: `绩效目标表：${indicator} ${target[0]}` }],
          });
          break;
        }
      }
    });
  },
};
