/**
 * The lines printed around a table, recognised by their text (shared by the PDF, Word and Excel
 * importers): attribute lines (`编制部门：…`, `单位：万元`), a table number standing on its own line
 * (`公开 01 表`), notes below the table (`注：…`, `本表无数据`).
 */

const ATTRIBUTE = /^(编制部门|编制单位|部门名称|单位名称|预算单位|填报单位|部门\/单位|部门（单位）|主管部门|预算主管部门|部门|金额单位|单位)\s*[:：]/;
const HAS_UNIT = /单位\s*[:：]\s*(万元|元|千元|亿元)/;
const TABLE_NUMBER = /^(公开\s*\d+\s*表|附表\s*[\d-]+|表\s*[\d一二三四五六七八九十]+|预算\s*\d+\s*表)$/;
const NOTE = /^(注|备注|说明|附注)\s*[:：\d1-9（(]|^本表|^※|^\*/;

export function isAttributeText(text: string): boolean {
  const trimmed = text.trim();
  return ATTRIBUTE.test(trimmed) || HAS_UNIT.test(trimmed);
}

export function isTableNumberText(text: string): boolean {
  return TABLE_NUMBER.test(text.replace(/\s+/g, ' ').trim());
}

export function isNoteText(text: string): boolean {
  return NOTE.test(text.trim());
}

/** A table title: short, not a sentence; a table's name mostly says 表. */
export function isCaptionText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 90 && !/[。；;，,：:]$/.test(trimmed) && (/表/.test(trimmed) || trimmed.length <= 40);
}

/**
 * `部门/单位：曾都区医疗保障服务中心单位：万元` → `部门/单位：曾都区医疗保障服务中心 单位：万元`: a space before
 * every further key, so the format reads the attributes apart (docs/format.md §4.2).
 */
export function separateAttributes(text: string): string {
  return text.trim().replace(/(?<=[^\s/／（(])(?=(?:金额)?单位\s*[:：]|编制(?:部门|单位)\s*[:：])/g, ' ');
}
