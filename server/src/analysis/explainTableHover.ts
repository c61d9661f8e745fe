/**
 * Hover on a table caption: what the table was recognised as, what its columns hold, and which balance
 * checks ran on it (with their outcome) or were skipped and why.
 */
import type { HoverContributor } from '../features/contributors';
import { rangeContainsPosition } from '../features/ranges';
import type { DisclosureDocument, Table } from '../model/types';
import { tableKindName } from '../recognition/tableKinds';
import { balanceRules } from '../rules/balance/index';
import { finalAccountsRules } from '../rules/finalAccounts/index';
import { columnRole } from './columnRoles';
import { balanceAnalysis } from './identities/balanceAnalysis';
import { columnTitle, tableTitle } from './identities/terms';

const ROLE_NAMES: Partial<Record<ReturnType<typeof columnRole>, string>> = {
  total: '合计',
  basic: '基本支出',
  personnel: '人员经费',
  public: '公用经费',
  project: '项目支出',
  'current-income': '本年收入',
  'general-budget': '一般公共预算',
  'fund-budget': '政府性基金',
  'state-capital': '国有资本经营预算',
  carryover: '上年结转',
  'current-year': '当年预算安排',
  'three-public-total': '“三公”经费合计',
  overseas: '因公出国（境）费',
  vehicle: '公务用车购置及运行费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行维护费',
  reception: '公务接待费',
};

function ruleTitle(id: string): string {
  return [...balanceRules, ...finalAccountsRules].find((rule) => rule.id === id)?.title ?? id;
}

export function explainTable(document: DisclosureDocument, table: Table): string {
  const analysis = balanceAnalysis(document);
  const lines: string[] = [`**${tableTitle(table)}**`, ''];
  lines.push(`识别为：${table.kind === 'unknown' ? '未识别的表（仍做通用的合计与层级检查）' : tableKindName(table.kind, document.meta.kind)}；单位：${table.unit}${table.unitExplicit ? '' : '（沿用文档的金额单位）'}`);
  if (table.panels) lines.push('', `左右分栏：表头重复 ${table.panels.count} 次，按“左栏各行、右栏各行”依次读作 ${table.body.length} 行`);
  const roles = table.columns
    .map((column) => ({ column, role: columnRole(column) }))
    .filter(({ role }) => ROLE_NAMES[role] !== undefined)
    .map(({ column, role }) => `${columnTitle(column)} → ${ROLE_NAMES[role]}`);
  if (roles.length > 0) lines.push('', `列的含义：${roles.join('；')}`);
  const identities = analysis.byTable.get(table) ?? [];
  const byRule = new Map<string, { total: number; rounding: number; error: number }>();
  for (const identity of identities) {
    const counts = byRule.get(identity.ruleId) ?? { total: 0, rounding: 0, error: 0 };
    counts.total++;
    const agreement = analysis.evaluations.get(identity)?.agreement;
    if (agreement === 'rounding') counts.rounding++;
    if (agreement === 'error') counts.error++;
    byRule.set(identity.ruleId, counts);
  }
  lines.push('', '已运行的平衡检查：');
  if (byRule.size === 0) lines.push('- 无（表中没有可核对的合计、层级或跨表关系）');
  for (const [ruleId, counts] of [...byRule.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const outcome = counts.error > 0 ? `${counts.error} 处不符` : counts.rounding > 0 ? `${counts.rounding} 处取整差异` : '全部相符';
    lines.push(`- ${ruleId} ${ruleTitle(ruleId)}：核对 ${counts.total} 项，${outcome}`);
  }
  const skipped = analysis.skipped.filter((s) => s.table === table);
  if (skipped.length > 0) {
    lines.push('', '未运行的检查：');
    for (const s of skipped) lines.push(`- ${s.ruleId} ${ruleTitle(s.ruleId)}：${s.reason}`);
  }
  return lines.join('\n');
}

export const tableCaptionHover: HoverContributor = (document, position) => {
  const table = document.tables.find((t) => t.caption && rangeContainsPosition(t.caption.range, position));
  if (!table?.caption) return undefined;
  return { markdown: explainTable(document, table), range: table.caption.range };
};
