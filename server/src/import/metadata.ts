/**
 * Metadata (单位, 年度, 类型, 金额单位) inferred from an imported document's blocks: the cover and title
 * lines, the tables' attribute lines (编制部门：…, 单位：万元) and captions. What is not printed as such
 * but deduced is recorded as a guess (a comment below the header).
 */
import type { ImportedBlock, ImportedMetadata } from './model';

const TITLE = /(20\d{2})\s*年度?\s*(?:区级)?\s*(.*?)\s*(部门综合预算|部门预算|单位预算|部门决算|单位决算)/;
const UNIT_ATTRIBUTE = /(?:编制部门|编制单位|部门名称|单位名称|预算单位|部门\/单位|预算主管部门|主管部门|单位)\s*[:：]\s*([^\s:：]{3,40})/;
const AMOUNT_UNIT = /(?:金额)?单位\s*[:：]\s*(万元|元|千元|亿元)/;

function texts(blocks: ImportedBlock[]): { text: string; source: 'heading' | 'paragraph' | 'caption' | 'attribute' }[] {
  const result: { text: string; source: 'heading' | 'paragraph' | 'caption' | 'attribute' }[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') result.push({ text: block.text, source: 'heading' });
    else if (block.type === 'paragraph') result.push({ text: block.text, source: 'paragraph' });
    else if (block.type === 'table') {
      result.push({ text: block.caption, source: 'caption' });
      for (const a of block.attributes) result.push({ text: a, source: 'attribute' });
    }
  }
  return result;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function inferMetadata(blocks: ImportedBlock[], given: Partial<ImportedMetadata> = {}): ImportedMetadata {
  const meta: ImportedMetadata = { guesses: [...(given.guesses ?? [])] };
  const all = texts(blocks);
  const early = all.slice(0, 12);

  // 单位: a `编制部门：X` / `预算主管部门：X` line, else the name in the title “2017 年度X部门预算”.
  const named = all.map((t) => (t.source === 'attribute' || t.source === 'paragraph' ? UNIT_ATTRIBUTE.exec(t.text)?.[1] : undefined)).filter((v): v is string => !!v && !/^(万元|元|千元|亿元)$/.test(v));
  const fromAttribute = mostCommon(named);
  const title = early.map((t) => TITLE.exec(t.text.replace(/\s+/g, ''))).find((m) => m !== null) ?? all.map((t) => TITLE.exec(t.text.replace(/\s+/g, ''))).find((m) => m !== null);
  meta.unitName = given.unitName ?? fromAttribute ?? (title?.[2] || undefined);
  if (!given.unitName && !fromAttribute && meta.unitName) meta.guesses.push(`单位“${meta.unitName}”取自标题，请核对`);
  if (!meta.unitName) meta.guesses.push('未能从文档中读出单位名称，请在文件头填写“单位”');

  // 年度 and 类型 from the title; else the first 20xx年 of the document.
  meta.year = given.year ?? (title ? Number(title[1]) : undefined);
  if (meta.year === undefined) {
    const year = all.map((t) => /(20\d{2})\s*年/.exec(t.text)?.[1]).find((y) => y !== undefined);
    if (year) {
      meta.year = Number(year);
      meta.guesses.push(`年度 ${year} 取自正文中第一次出现的年份，请核对`);
    } else {
      meta.guesses.push('未能读出年度，请在文件头填写“年度”');
    }
  }
  meta.kind = given.kind ?? title?.[3];
  if (!meta.kind) {
    const kind = all.map((t) => /(部门综合预算|部门预算|单位预算|部门决算|单位决算)/.exec(t.text)?.[1]).find((k) => k !== undefined);
    meta.kind = kind ?? (all.some((t) => /决算/.test(t.text)) ? '部门决算' : '部门预算');
    meta.guesses.push(`类型“${meta.kind}”由正文推断，请核对`);
  }

  // 金额单位: the unit most tables print.
  const units = all.filter((t) => t.source === 'attribute' || t.source === 'caption').map((t) => AMOUNT_UNIT.exec(t.text)?.[1]).filter((u): u is string => u !== undefined);
  meta.amountUnit = given.amountUnit ?? mostCommon(units);
  if (!meta.amountUnit) {
    meta.amountUnit = '万元';
    meta.guesses.push('表格未注明金额单位，暂定为万元，请核对');
  } else if (new Set(units).size > 1) {
    meta.guesses.push(`各表金额单位不一（${[...new Set(units)].join('、')}），文件头取最常见的“${meta.amountUnit}”，各表保留自己的单位行`);
  }
  return meta;
}
