/**
 * The opening every new document has, 预算 and 决算 alike: the metadata block (单位, 年度, 类型, 金额单位)
 * and the first part's heading.
 */
export function templateHead(unitName: string, year: number, kind: string, amountUnit: string): string[] {
  return ['---', `单位: ${unitName}`, `年度: ${year}`, `类型: ${kind}`, `金额单位: ${amountUnit}`, '---', '', `# 第一部分 ${unitName}概况`, ''];
}
