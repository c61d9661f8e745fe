/**
 * Every finding id the checker can report, with its Chinese title, category and default severity: the
 * rules of server/src/rules/registry.ts plus the syntax findings (SYN…), the internal ones and the CLI's
 * own (IO001). Used for `--rule` validation, the SARIF rules metadata and the summary.
 */
import type { Severity } from '../../diagnostics/finding';
import { allRules } from '../../rules/registry';

export interface RuleInfo {
  id: string;
  title: string;
  category: string;
  defaultSeverity: Severity;
}

const BUILTIN: RuleInfo[] = [
  { id: 'SYN001', title: '元数据头未结束', category: 'syntax', defaultSeverity: 'error' },
  { id: 'SYN002', title: '元数据值无效', category: 'syntax', defaultSeverity: 'error' },
  { id: 'SYN003', title: '缺少元数据头或必需键', category: 'syntax', defaultSeverity: 'warning' },
  { id: 'SYN004', title: '表格行的单元格多于表头', category: 'syntax', defaultSeverity: 'warning' },
  { id: 'SYN005', title: '分隔行重复或列数不符', category: 'syntax', defaultSeverity: 'error' },
  { id: 'SYN006', title: '表格标题下没有表格', category: 'syntax', defaultSeverity: 'warning' },
  { id: 'SYN007', title: '表格缺少标题行', category: 'syntax', defaultSeverity: 'warning' },
  { id: 'SYN008', title: '表格金额单位无效', category: 'syntax', defaultSeverity: 'error' },
  { id: 'SYN009', title: '金额格式无效', category: 'syntax', defaultSeverity: 'error' },
  { id: 'SYN010', title: '文本中含有控制字符或乱码', category: 'syntax', defaultSeverity: 'error' },
  { id: 'SYN011', title: '表格缺少分隔行', category: 'syntax', defaultSeverity: 'information' },
  { id: 'INT001', title: '检查规则内部出错', category: 'internal', defaultSeverity: 'warning' },
  { id: 'LIM001', title: '文件过大，未检查', category: 'internal', defaultSeverity: 'error' },
  { id: 'IO001', title: '文件无法读取或解码', category: 'internal', defaultSeverity: 'error' },
];

/** Ids that are always reported, whatever `--rule` says: they tell that a check could not be done. */
export const ALWAYS_REPORTED = new Set(['INT001', 'LIM001', 'IO001']);

let catalog: Map<string, RuleInfo> | undefined;

export function ruleCatalog(): Map<string, RuleInfo> {
  if (!catalog) {
    catalog = new Map(BUILTIN.map((r) => [r.id, r]));
    for (const rule of allRules) {
      catalog.set(rule.id, { id: rule.id, title: rule.title, category: rule.category, defaultSeverity: rule.defaultSeverity });
    }
  }
  return catalog;
}

export function ruleInfo(id: string): RuleInfo {
  return ruleCatalog().get(id) ?? { id, title: id, category: 'unknown', defaultSeverity: 'warning' };
}

/**
 * Where a rule is documented: `docs/rules.md#<id in lower case>` relative to the checker's repository
 * (or under `--docs-url`, e.g. the repository's web address of docs/rules.md).
 */
export function docsLink(id: string, base = 'docs/rules.md'): string {
  return `${base}#${id.toLowerCase()}`;
}
