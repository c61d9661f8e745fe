/** The snippets of the standard tables (prefix `表-名称`), generated into snippets/disclosure.code-snippets. */
import { STANDARD_TABLES, standardTableText } from './standardTables';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** `$` and `}` are snippet syntax: escape them in literal text. */
function literal(text: string): string {
  return text.replace(/[$}\\]/g, (ch) => `\\${ch}`);
}

export function snippets(): Record<string, Snippet> {
  const result: Record<string, Snippet> = {};
  for (const table of STANDARD_TABLES) {
    const text = standardTableText(table, { number: 'NUMBER', amountUnit: 'UNIT', empty: table.usuallyEmpty === true });
    const body = literal(text)
      .replace('NUMBER', '${1:表1}')
      .replace('UNIT', '${2|万元,元|}')
      .split('\n');
    body.push('$0');
    result[table.name] = {
      prefix: [`表-${table.name}`, `table-${table.id}`],
      body,
      description: `标准表格：${table.name}${table.usuallyEmpty ? '（本表无数据）' : ''}`,
    };
  }
  result['名词解释条目'] = {
    prefix: ['名词解释', 'glossary'],
    body: ['（${1:一}）${2:名词}：${3:解释}。', '$0'],
    description: '名词解释中的一个条目：编号、名词、解释',
  };
  result['数字绑定'] = {
    prefix: ['{=', 'binding'],
    body: ['{=${1:附表4-1}/${2:行}/${3:合计}}$0'],
    description: '把正文数字绑定到表格单元格：{=表/行/列}',
  };
  result['注释'] = { prefix: ['<!--', 'comment'], body: ['<!-- ${1:备忘} -->$0'], description: '注释（不发布，不参与检查）' };
  return result;
}

export function snippetsJson(): string {
  return JSON.stringify(snippets(), null, 2) + '\n';
}
