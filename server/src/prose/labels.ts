/**
 * What a prose figure claims to be, read from the words right before it (its "lead"): a summary total
 * (收入总计, 基本支出 …), a 三公 item, 机关运行经费, a classification line by name or code, or a named
 * project's budget. Only wording that is specific enough binds; anything else binds nothing.
 */
import { memoiseByString } from '../memoise';

export type SummaryKey =
  | 'income-total' // 收入总计 / 预算收入
  | 'expense-total' // 支出总计 / 预算支出
  | 'current-income' // 本年收入
  | 'fiscal-income' // 财政拨款收入
  | 'general-budget-income' // 一般公共预算（拨款）收入 / 当年拨款
  | 'general-budget-expense' // 一般公共预算（拨款）支出
  | 'basic' // 基本支出
  | 'project' // 项目支出
  | 'personnel' // 人员经费
  | 'public' // 公用经费
  | 'carryover' // 上年结转
  | 'assets-total' // 资产总额
  | 'current-assets' // 流动资产
  | 'fixed-assets-original' // 固定资产原值
  | 'fixed-assets-net' // 固定资产净值
  | 'procurement-total' // 政府采购预算总额
  | 'procurement-goods' // 政府采购货物预算
  | 'procurement-works' // 政府采购工程预算
  | 'procurement-services' // 政府采购服务预算
  | 'grand-total' // 收入支出总计 (决算)
  | 'fiscal-grand-total' // 财政拨款收入支出总计 (决算)
  | 'current-expense' // 本年支出合计
  | 'general-budget-basic'; // 一般公共预算财政拨款基本支出

export type ThreePublicKey = 'three-public-total' | 'overseas' | 'vehicle' | 'vehicle-purchase' | 'vehicle-operation' | 'reception';

export type ClaimTarget =
  | { kind: 'summary'; key: SummaryKey }
  | { kind: 'three-public'; key: ThreePublicKey }
  | { kind: 'operating-cost' }
  | { kind: 'classification'; name: string; code?: string; level?: '类' | '款' | '项' }
  | { kind: 'project'; name: string };

/** Words that may stand between a label and its figure (预算, 安排, 为 …). */
const FILLER = '(?:[ \\t\\u3000]|年初|预算数?|安排|支出|合计|总额|共计|共|为|是|达|数|财政拨款|拨款|当年|的)*';

interface LabelPattern {
  pattern: RegExp;
  target: ClaimTarget;
}

function label(source: string, target: ClaimTarget): LabelPattern {
  return { pattern: new RegExp(`(?:${source})${FILLER}$`), target };
}

/**
 * Words that may stand before a generic total (收入预算, 支出总计, 基本支出) without narrowing it: the body
 * itself and the year. Anything else before it — 政府性基金拨款支出预算, 会议费预算支出, 财政拨款基本支出 — names a
 * narrower figure, so the generic label must not bind (corpus: 江苏 会议费 sentences and 财政拨款基本支出
 * paragraphs, 上海普陀 fund lines).
 */
const TOTAL_QUALIFIER = '^(?:本|全)?(?:部门|单位)?(?:\\d{4}年度?)?(?:本年度?|当年|年度|全年)?';

function totalLabel(source: string, target: ClaimTarget): LabelPattern {
  return { pattern: new RegExp(`${TOTAL_QUALIFIER}(?:${source})${FILLER}$`), target };
}

/** Order matters: specific before general. Matched against the end of the lead. */
const PATTERNS: LabelPattern[] = [
  label('[“"]?三公[”"]?经费', { kind: 'three-public', key: 'three-public-total' }),
  label('因公出国[（(]境[）)](?:经)?费(?:用)?', { kind: 'three-public', key: 'overseas' }),
  label('公务用车购置及运行(?:维护)?费', { kind: 'three-public', key: 'vehicle' }),
  label('公务用车运行(?:维护)?费', { kind: 'three-public', key: 'vehicle-operation' }),
  label('公务用车购置(?:经)?费?', { kind: 'three-public', key: 'vehicle-purchase' }),
  label('公务接待费+', { kind: 'three-public', key: 'reception' }),
  label('机关运行经费', { kind: 'operating-cost' }),
  label('资产总额', { kind: 'summary', key: 'assets-total' }),
  label('流动资产', { kind: 'summary', key: 'current-assets' }),
  label('固定资产原值', { kind: 'summary', key: 'fixed-assets-original' }),
  label('固定资产净值', { kind: 'summary', key: 'fixed-assets-net' }),
  label('政府采购金额(?:[（(][^）)]*[）)])?', { kind: 'summary', key: 'procurement-total' }),
  label('政府采购货物|货物采购金额', { kind: 'summary', key: 'procurement-goods' }),
  label('工程采购金额', { kind: 'summary', key: 'procurement-works' }),
  label('服务采购金额', { kind: 'summary', key: 'procurement-services' }),
  label('政府采购工程', { kind: 'summary', key: 'procurement-works' }),
  label('政府采购服务', { kind: 'summary', key: 'procurement-services' }),
  label('政府采购(?:预算)?总额|政府采购预算', { kind: 'summary', key: 'procurement-total' }),
  label('财政拨款收入支出总计|财政拨款收支总计', { kind: 'summary', key: 'fiscal-grand-total' }),
  label('收入支出总计|收支总计', { kind: 'summary', key: 'grand-total' }),
  label('本年支出合计', { kind: 'summary', key: 'current-expense' }),
  label('一般公共预算(?:财政)?(?:拨款)?基本支出', { kind: 'summary', key: 'general-budget-basic' }),
  label('一般公共预算(?:财政)?(?:拨款)?支出', { kind: 'summary', key: 'general-budget-expense' }),
  label('一般公共?预算(?:拨款)?收入|一般公共预算当年拨款|一般公共预算拨款(?!支出)', { kind: 'summary', key: 'general-budget-income' }),
  totalLabel('收入总(?:合)?计|预算收入(?:总计)?|收入预算|收入', { kind: 'summary', key: 'income-total' }),
  totalLabel('支出总计|预算支出(?:总计)?|支出预算|支出', { kind: 'summary', key: 'expense-total' }),
  totalLabel('本年收入(?:合计)?', { kind: 'summary', key: 'current-income' }),
  label('上年结转(?:结余)?(?:收入)?', { kind: 'summary', key: 'carryover' }),
  label('财政拨款收入', { kind: 'summary', key: 'fiscal-income' }),
  totalLabel('基本支出', { kind: 'summary', key: 'basic' }),
  totalLabel('项目支出', { kind: 'summary', key: 'project' }),
  totalLabel('人员经费', { kind: 'summary', key: 'personnel' }),
  totalLabel('公用经费', { kind: 'summary', key: 'public' }),
];

/** Leads that make a figure last year's or a change, not a claim about this year's table. */
export const PREVIOUS_WORDS = /上年(?!结转)|去年|上一年|以前年度/;
export const CHANGE_VERB = /(?:增加|减少|增长|下降|增|减)(?:[（(](?:增加|减少|减|增)[）)])?了?[ \t\u3000]*$/;

/** Strips list markers, brackets and connectors from the start of a lead (memoised: leads repeat). */
export const cleanLead: (lead: string) => string = memoiseByString((lead) =>
  lead
    .replace(/^[\s\u3000（(【\[“”"]*/, '')
    .replace(/^(?:\d+[.、．]|[（(]\d+[）)]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*/, '')
    .replace(/^(?:其中|主要包括|包括|主要用于|分别是|分别为|含)[:：]?\s*/, '')
    .replace(/^\d{4}[ \t\u3000]*年度?[ \t\u3000]*/, '')
    .trim(),
);

/**
 * The target a (cleaned) lead names, if specific enough. Memoised (a pure function of the lead, asked for every
 * figure by several readers): the same target object then serves every claim with that lead; nothing mutates it.
 */
export const targetOfLead: (lead: string) => ClaimTarget | undefined = memoiseByString(readTarget);

function readTarget(lead: string): ClaimTarget | undefined {
  const compact = lead.replace(/[ \t\u3000]/g, '');
  if (compact.length === 0) return undefined;
  for (const { pattern, target } of PATTERNS) if (pattern.test(compact)) return target;
  const coded = /^(.*?)[（(](类|款|项|\d{3,7})[）)](?:支出)?$/.exec(compact);
  if (coded) {
    // 行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）: the last level names the line.
    const name = coded[1]!.replace(/^.*[，,。；;：:]/, '').replace(/^.*[（(](?:类|款)[）)]/, '');
    const tag = coded[2]!;
    if (/^\d+$/.test(tag)) return { kind: 'classification', name, code: tag };
    if (name.length >= 2) return { kind: 'classification', name, level: tag as '类' | '款' | '项' };
    return undefined;
  }
  // A bare classification name: Chinese characters only, ending like a budget line.
  if (GENERIC_WORDS.test(compact)) return undefined;
  if (/^[\u4e00-\u9fa5（）()]{2,30}$/.test(compact) && LINE_ENDING.test(compact)) return { kind: 'classification', name: compact };
  return undefined;
}

/** How the names of budget lines end (支出, 费, 补助, 事务 …). */
const LINE_ENDING = /(?:支出|费|经费|资金|补助|补贴|津贴|工资|奖金|缴费|公积金|事务|医疗|救助|运行|收入|年金|保险|福利)[）)]?$/;

const GENERIC_WORDS = /^(?:预算数?|年初预算|预算安排|安排|资金|经费|金额|合计|总计|小计|其他|共计|共|其中|包括)$/;

/** A short Chinese description of a target, for messages. */
export function describeTarget(target: ClaimTarget): string {
  switch (target.kind) {
    case 'summary':
      return SUMMARY_NAMES[target.key];
    case 'three-public':
      return THREE_PUBLIC_NAMES[target.key];
    case 'operating-cost':
      return '机关运行经费';
    case 'classification':
      return target.code ? `${target.name}（${target.code}）` : target.name;
    case 'project':
      return `项目“${target.name}”`;
  }
}

export const SUMMARY_NAMES: Record<SummaryKey, string> = {
  'income-total': '收入总计',
  'expense-total': '支出总计',
  'current-income': '本年收入',
  'fiscal-income': '财政拨款收入',
  'general-budget-income': '一般公共预算收入',
  'general-budget-expense': '一般公共预算支出',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  carryover: '上年结转',
  'assets-total': '资产总额',
  'current-assets': '流动资产',
  'fixed-assets-original': '固定资产原值',
  'fixed-assets-net': '固定资产净值',
  'procurement-total': '政府采购预算总额',
  'procurement-goods': '政府采购货物预算',
  'procurement-works': '政府采购工程预算',
  'procurement-services': '政府采购服务预算',
  'grand-total': '收入支出总计',
  'fiscal-grand-total': '财政拨款收入支出总计',
  'current-expense': '本年支出合计',
  'general-budget-basic': '一般公共预算基本支出',
};

export const THREE_PUBLIC_NAMES: Record<ThreePublicKey, string> = {
  'three-public-total': '“三公”经费',
  overseas: '因公出国（境）费',
  vehicle: '公务用车购置及运行费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行维护费',
  reception: '公务接待费',
};
