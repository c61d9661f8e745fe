/** Where a figure stands, in words (messages, hovers) and as a location in last year's document. */
import type { RelatedLocation } from '../diagnostics/finding';
import type { Amount } from '../numeric/amount';
import { describeFigure, type TableFigure } from '../prose/tableFigures';
import { rowLabel } from './tableBindings';
import type { LastYearLink } from './types';

type FoundLink = Extract<LastYearLink, { status: 'found' }>;

/**
 * A table cell in words. In side-by-side tables (收入 | 预算数 | 支出 | 预算数) the row is named by the label
 * of the cell's own panel, not by the row's first label.
 */
export function describeCell(figure: TableFigure): string {
  const panels = figure.table.columns.filter((c) => c.role === 'name').length;
  if (panels < 2 || figure.row.codes.length > 0) return describeFigure(figure);
  const label = rowLabel(figure.table, figure.row, figure.column);
  return describeFigure({ ...figure, row: { ...figure.row, label } });
}

/** “上年文档 ../2022/单位.disclosure 第 45 行表2 支出总表“合计”行“基本支出”列”. */
export function describeLastYearFigure(link: FoundLink, figure: TableFigure): string {
  return `上年文档 ${link.shownPath} 第 ${figure.cell.range.start.line + 1} 行${describeCell(figure)}`;
}

export function lastYearRelated(link: FoundLink, figure: TableFigure, amount: Amount): RelatedLocation {
  return { uri: link.uri, range: figure.cell.range, message: `上年文档所列：${amount.text} ${amount.unit}` };
}
