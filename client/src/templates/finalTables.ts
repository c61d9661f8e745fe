/**
 * The nine standard tables of a 部门决算 / 单位决算 (上海 2024 template and the 财政部 set), as StandardTable
 * entries: the 总表s with every printed line, the function tables with a 合计 row, the 基本支出 table in its
 * two panels (人员经费 301/303 left, 公用经费 302/310 right), the 三公 table with 预算数 and 决算数.
 */
import type { StandardTable } from './standardTables';

const INCOME_LINES = ['一、一般公共预算财政拨款收入', '二、政府性基金预算财政拨款收入', '三、国有资本经营预算财政拨款收入', '四、上级补助收入', '五、事业收入', '六、经营收入', '七、附属单位上缴收入', '八、其他收入'];
const FISCAL_INCOME_LINES = ['一、一般公共预算财政拨款', '二、政府性基金预算财政拨款', '三、国有资本经营预算财政拨款'];
const CLASSES = [
  '一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出',
  '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '金融支出',
  '援助其他地区支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '国有资本经营预算支出', '灾害防治及应急管理支出', '其他支出', '抗疫特别国债安排的支出',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四'];
const EXPENDITURE_LINES = CLASSES.map((name, i) => `${NUMERALS[i]}、${name}`);

const PERSONNEL = [
  ['301', '工资福利支出'], ['30101', '基本工资'], ['30102', '津贴补贴'], ['30103', '奖金'], ['30106', '伙食补助费'], ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'], ['30109', '职业年金缴费'], ['30110', '职工基本医疗保险缴费'], ['30111', '公务员医疗补助缴费'],
  ['30112', '其他社会保障缴费'], ['30113', '住房公积金'], ['30114', '医疗费'], ['30199', '其他工资福利支出'], ['303', '对个人和家庭的补助'],
  ['30301', '离休费'], ['30302', '退休费'], ['30303', '退职（役）费'], ['30304', '抚恤金'], ['30305', '生活补助'], ['30306', '救济费'],
  ['30307', '医疗费补助'], ['30308', '助学金'], ['30309', '奖励金'], ['30310', '个人农业生产补贴'], ['30311', '代缴社会保险费'], ['30399', '其他对个人和家庭的补助'],
];
const PUBLIC = [
  ['302', '商品和服务支出'], ['30201', '办公费'], ['30202', '印刷费'], ['30203', '咨询费'], ['30204', '手续费'], ['30205', '水费'], ['30206', '电费'],
  ['30207', '邮电费'], ['30208', '取暖费'], ['30209', '物业管理费'], ['30211', '差旅费'], ['30212', '因公出国（境）费用'], ['30213', '维修（护）费'],
  ['30214', '租赁费'], ['30215', '会议费'], ['30216', '培训费'], ['30217', '公务接待费'], ['30218', '专用材料费'], ['30224', '被装购置费'],
  ['30225', '专用燃料费'], ['30226', '劳务费'], ['30227', '委托业务费'], ['30228', '工会经费'], ['30229', '福利费'], ['30231', '公务用车运行维护费'],
  ['30239', '其他交通费用'], ['30240', '税金及附加费用'], ['30299', '其他商品和服务支出'], ['310', '资本性支出'], ['31001', '房屋建筑物购建'],
  ['31002', '办公设备购置'], ['31003', '专用设备购置'], ['31007', '信息网络及软件购置更新'], ['31013', '公务用车购置'], ['31019', '其他交通工具购置'],
  ['31021', '文物和陈列品购置'], ['31022', '无形资产购置'], ['31099', '其他资本性支出'],
];

function pairedRows(left: string[], right: string[]): string[][] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [left[i] ?? '', '', right[i] ?? '', '']);
}

const FUNCTION_HEADER = (figures: string[]): string[][] => [
  ['项目', '项目', '项目', '项目', ...figures],
  ['功能分类科目编码', '功能分类科目编码', '功能分类科目编码', '科目名称', ...figures.map(() => '')],
  ['类', '款', '项', '', ...figures.map(() => '')],
];

const FUND_HEADER: string[][] = [
  ['项目', '项目', '项目', '项目', '年初结转和结余', '本年收入', '本年支出', '本年支出', '本年支出', '年末结转和结余'],
  ['功能分类科目编码', '功能分类科目编码', '功能分类科目编码', '科目名称', '', '', '合计', '基本支出', '项目支出', ''],
  ['类', '款', '项', '', '', '', '', '', '', ''],
];

const THREE_PUBLIC_ITEMS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置及运行维护费', '公务用车购置及运行维护费', '公务接待费'];
const THREE_PUBLIC_SUB = ['', '', '小计', '公务用车购置费', '公务用车运行维护费', ''];

const numeric = (labels: number, figures: number): boolean[] => [...Array<boolean>(labels).fill(false), ...Array<boolean>(figures).fill(true)];

export const FINAL_TABLES: StandardTable[] = [
  {
    id: 'income-expenditure-summary',
    name: '收入支出决算总表',
    header: [['收入', '收入', '支出', '支出'], ['项目', '决算数', '项目', '决算数']],
    numeric: [false, true, false, true],
    rows: [
      ...pairedRows(INCOME_LINES, EXPENDITURE_LINES).map(([a, , b]) => [a!, '', b!, '']),
      ['本年收入合计', '', '本年支出合计', ''],
      ['使用非财政拨款结余', '', '结余分配', ''],
      ['年初结转和结余', '', '年末结转和结余', ''],
      ['总计', '', '总计', ''],
    ],
  },
  {
    id: 'income-summary',
    name: '收入决算表',
    header: FUNCTION_HEADER(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']),
    numeric: numeric(4, 7),
    rows: [['', '', '', '合计', '', '', '', '', '', '', '']],
  },
  {
    id: 'expenditure-summary',
    name: '支出决算表',
    header: FUNCTION_HEADER(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']),
    numeric: numeric(4, 6),
    rows: [['', '', '', '合计', '', '', '', '', '', '']],
  },
  {
    id: 'fiscal-summary',
    name: '财政拨款收入支出决算总表',
    header: [
      ['收入', '收入', '支出', '支出', '支出', '支出', '支出'],
      ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    ],
    numeric: [false, true, false, true, true, true, true],
    rows: [
      ...pairedRows(FISCAL_INCOME_LINES, EXPENDITURE_LINES).map(([a, , b]) => [a!, '', b!, '', '', '', '']),
      ['本年收入合计', '', '本年支出合计', '', '', '', ''],
      ['年初财政拨款结转和结余', '', '年末财政拨款结转和结余', '', '', '', ''],
      ...FISCAL_INCOME_LINES.map((line) => [line, '', '', '', '', '', '']),
      ['总计', '', '总计', '', '', '', ''],
    ],
  },
  {
    id: 'general-budget-expenditure',
    name: '一般公共预算财政拨款支出决算表',
    header: FUNCTION_HEADER(['合计', '基本支出', '项目支出']),
    numeric: numeric(4, 3),
    rows: [['', '', '', '合计', '', '', '']],
  },
  {
    id: 'general-budget-basic',
    name: '一般公共预算财政拨款基本支出决算表',
    header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
    numeric: [false, false, true, false, false, true],
    rows: [
      ...Array.from({ length: Math.max(PERSONNEL.length, PUBLIC.length) }, (_, i) => [
        PERSONNEL[i]?.[0] ?? '', PERSONNEL[i]?.[1] ?? '', '', PUBLIC[i]?.[0] ?? '', PUBLIC[i]?.[1] ?? '', '',
      ]),
      ['', '人员经费合计', '', '', '公用经费合计', ''],
    ],
  },
  {
    id: 'three-public',
    name: '财政拨款“三公”经费支出决算表',
    header: [
      Array<string>(12).fill('财政拨款“三公”经费'),
      THREE_PUBLIC_ITEMS.flatMap((item) => [item, item]),
      THREE_PUBLIC_SUB.flatMap((item) => [item, item]),
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '预算数' : '决算数')),
    ],
    numeric: Array<boolean>(12).fill(true),
    rows: [Array<string>(12).fill('')],
  },
  {
    id: 'fund-expenditure',
    name: '政府性基金预算财政拨款收入支出决算表',
    header: FUND_HEADER,
    numeric: numeric(4, 6),
    rows: [['', '', '', '合计', '', '', '', '', '', '']],
    usuallyEmpty: true,
  },
  {
    id: 'state-capital',
    name: '国有资本经营预算财政拨款收入支出决算表',
    header: FUND_HEADER,
    numeric: numeric(4, 6),
    rows: [['', '', '', '合计', '', '', '', '', '', '']],
    usuallyEmpty: true,
  },
];
