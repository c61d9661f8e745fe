/** The metadata header (`---` … `---`) → DocumentMeta, with SYN001–SYN003. */
import type { FrontMatterNode } from '../syntax/syntaxTree';
import { parseUnit } from '../numeric/units';
import { normalizeNumberChars } from '../numeric/numberText';
import { BuildContext, splitKeyValue } from './context';
import type { DisclosureKind, DocumentMeta, Heading, UnitNature } from './types';

const KINDS: DisclosureKind[] = ['部门预算', '单位预算', '部门综合预算', '部门决算', '单位决算'];
const NATURES: UnitNature[] = ['行政单位', '参公事业单位', '事业单位'];
const REQUIRED_KEYS = ['单位', '年度', '类型', '金额单位'] as const;

export function buildMeta(node: FrontMatterNode | undefined, context: BuildContext): DocumentMeta {
  const meta: DocumentMeta = { amountUnit: '万元', amountUnitExplicit: false, entries: [] };
  if (!node) {
    context.report(
      'SYN003',
      'warning',
      '文档缺少元数据头（--- 单位/年度/类型/金额单位 ---），检查将按“万元”处理金额，并从标题中推断年度。',
      { start: 0, end: 0 },
    );
    return meta;
  }
  meta.range = context.range(node);
  if (!node.close) {
    context.report('SYN001', 'error', '元数据头以 --- 开始，但没有以 --- 结束。', node.open);
  }
  for (const line of node.lines) {
    const pair = splitKeyValue(line.content.text, line.content);
    if (!pair) continue;
    meta.entries.push({
      key: pair.key,
      value: pair.value,
      range: context.range(line),
      keyRange: context.range(pair.keySpan),
      valueRange: context.range(pair.valueSpan),
    });
    applyEntry(meta, pair.key, pair.value, pair.valueSpan, context);
  }
  const present = new Set(meta.entries.map((e) => (e.key === '部门' ? '单位' : e.key)));
  const missing = REQUIRED_KEYS.filter((key) => !present.has(key));
  if (missing.length > 0) {
    context.report('SYN003', 'warning', `元数据头缺少：${missing.join('、')}。`, node.open);
  }
  return meta;
}

function applyEntry(meta: DocumentMeta, key: string, value: string, span: { start: number; end: number }, context: BuildContext): void {
  switch (key) {
    case '单位':
    case '部门':
      meta.unitName = value;
      return;
    case '年度': {
      const match = /^(\d{4})(?:年度?)?$/.exec(normalizeNumberChars(value));
      if (match) {
        meta.year = Number.parseInt(match[1]!, 10);
        meta.yearSource = 'header';
      } else context.report('SYN002', 'error', `年度“${value}”不是四位数的年份（例如 2023）。`, span);
      return;
    }
    case '类型':
      if ((KINDS as string[]).includes(value)) meta.kind = value as DisclosureKind;
      else context.report('SYN002', 'error', `类型“${value}”无法识别，应为：${KINDS.join('、')}。`, span);
      return;
    case '金额单位': {
      const unit = parseUnit(value);
      if (unit) {
        meta.amountUnit = unit;
        meta.amountUnitExplicit = true;
      } else context.report('SYN002', 'error', `金额单位“${value}”无法识别，应为 元、千元、万元 或 亿元。`, span);
      return;
    }
    case '上级部门':
      meta.parentDepartment = value;
      return;
    case '单位性质':
      if ((NATURES as string[]).includes(value)) meta.unitNature = value as UnitNature;
      else context.report('SYN002', 'error', `单位性质“${value}”无法识别，应为：${NATURES.join('、')}。`, span);
      return;
    default:
      return;
  }
}

/** When the header gives no year, take the first `20xx年` of a heading. */
export function inferYear(meta: DocumentMeta, headings: Heading[]): void {
  if (meta.year !== undefined) return;
  for (const heading of headings) {
    const match = /(20\d{2})\s*年/.exec(normalizeNumberChars(heading.text));
    if (match) {
      meta.year = Number.parseInt(match[1]!, 10);
      meta.yearSource = 'heading';
      return;
    }
  }
}
