/** A new disclosure from the template: metadata header, the usual parts, every standard table. */
import { STANDARD_TABLES, standardTableText, type StandardTable } from './standardTables';
import { FINAL_TABLES } from './finalTables';
import { finalDocumentTemplate } from './finalTemplate';
import { templateHead } from './templateHead';

/** Whether a 类型 is a final-accounts disclosure (决算), which has its own tables and template. */
export function isFinalKind(kind: string): boolean {
  return kind === '部门决算' || kind === '单位决算';
}

/** The standard tables of a disclosure of this 类型. */
export function tablesForKind(kind: string): StandardTable[] {
  return isFinalKind(kind) ? FINAL_TABLES : STANDARD_TABLES;
}

export interface TemplateAnswers {
  unitName: string;
  year: number;
  kind: string;
  amountUnit: string;
  /** Ids of the standard tables that have no data this year (published with 本表无数据). */
  emptyTables: readonly string[];
}

export function documentTemplate(answers: TemplateAnswers): string {
  if (isFinalKind(answers.kind)) return finalDocumentTemplate(answers);
  const { unitName, year, kind, amountUnit } = answers;
  const tables = STANDARD_TABLES.map((table, i) =>
    standardTableText(table, { number: `表${i + 1}`, unitName, amountUnit, empty: answers.emptyTables.includes(table.id) }),
  );
  return [
    ...templateHead(unitName, year, kind, amountUnit),
    '## 一、部门主要职责',
    '',
    '',
    '## 二、部门基本情况',
    '',
    '',
    `# 第二部分 ${unitName} ${year}年${kind}情况说明`,
    '',
    `## 一、${year}年${kind}收支情况说明`,
    '',
    '### （一）收入预算情况',
    '',
    '',
    '### （二）支出预算情况',
    '',
    '',
    `## 二、${year}年“三公”经费预算情况说明`,
    '',
    '',
    `# 第三部分 ${unitName} ${year}年${kind}表`,
    '',
    tables.join('\n\n'),
    '',
    '# 第四部分 名词解释',
    '',
    '（一）财政拨款收入：指本级财政当年拨付的资金。',
    '',
  ].join('\n');
}
