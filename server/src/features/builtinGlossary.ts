/**
 * Built-in explanations of standard budget terms, shown on hover (marked “内置解释”) where the document
 * uses a term that its own 名词解释 does not define. Wording follows the usual 名词解释 of budget
 * disclosures (财政部部门预算公开模板).
 */
export interface BuiltinTerm {
  term: string;
  /** Other spellings that mean the same term. */
  aliases?: string[];
  definition: string;
}

export const BUILTIN_GLOSSARY: readonly BuiltinTerm[] = [
  {
    term: '财政拨款收入',
    aliases: ['财政拨款（补助）收入', '财政拨款(补助)收入'],
    definition: '指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款。',
  },
  {
    term: '一般公共预算',
    definition: '以税收为主体的财政收入，安排用于保障和改善民生、推动经济社会发展、维护国家安全、维持国家机构正常运转等方面的收支预算。',
  },
  {
    term: '政府性基金',
    aliases: ['政府性基金预算'],
    definition: '依照法律、行政法规的规定在一定期限内向特定对象征收、收取或者以其他方式筹集的资金，专项用于特定公共事业发展的收支预算。',
  },
  {
    term: '国有资本经营预算',
    definition: '对国有资本收益作出支出安排的收支预算。',
  },
  {
    term: '基本支出',
    definition: '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。',
  },
  {
    term: '项目支出',
    definition: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  },
  {
    term: '人员经费',
    definition: '基本支出中用于人员方面的支出，包括工资福利支出和对个人和家庭的补助。',
  },
  {
    term: '公用经费',
    definition: '基本支出中用于保障机构日常运转的商品和服务支出等，如办公费、水电费、邮电费、差旅费、会议费等。',
  },
  {
    term: '“三公”经费',
    aliases: ['三公经费', '"三公"经费'],
    definition: '指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
  },
  {
    term: '因公出国（境）费',
    aliases: ['因公出国(境)费'],
    definition: '反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出。',
  },
  {
    term: '公务用车购置及运行费',
    definition: '反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出。',
  },
  {
    term: '公务接待费',
    definition: '反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  },
  {
    term: '机关运行经费',
    definition: '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  },
  {
    term: '政府采购',
    definition: '各级国家机关、事业单位和团体组织使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务的行为。',
  },
  {
    term: '上年结转',
    aliases: ['上年结转结余'],
    definition: '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  },
  {
    term: '事业收入',
    definition: '指事业单位开展专业业务活动及辅助活动所取得的收入。',
  },
  {
    term: '其他收入',
    definition: '指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。',
  },
  {
    term: '绩效目标',
    definition: '指预算资金计划在一定期限内达到的产出和效果，是编制预算、实施绩效监控和开展绩效评价的重要基础和依据。',
  },
];
