/** Where last year's document states a figure, in words (messages) and as a location (related information). */
import type { RelatedLocation } from '../diagnostics/finding';
import type { Amount } from '../numeric/amount';
import { describeFigure, type TableFigure } from '../prose/tableFigures';
import type { LastYearLink } from './types';

type FoundLink = Extract<LastYearLink, { status: 'found' }>;

/** “上年文档 2022/单位.disclosure 第 130 行 附表 4-3 支出总表“208 …”行“合计”列”. */
export function describeLastYearFigure(link: FoundLink, figure: TableFigure): string {
  return `上年文档 ${link.shownPath} 第 ${figure.cell.range.start.line + 1} 行${describeFigure(figure)}`;
}

export function lastYearRelated(link: FoundLink, figure: TableFigure, amount: Amount): RelatedLocation {
  return { uri: link.uri, range: figure.cell.range, message: `上年文档所列：${amount.text} ${amount.unit}` };
}
