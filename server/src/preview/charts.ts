/**
 * Inline SVG bar charts for the preview (no library, no remote resource, no inline style: colours come
 * from classes in the page's stylesheet). Every label is escaped.
 */
import Decimal from 'decimal.js';
import type { DisclosureDocument } from '../model/types';
import { functionalStructure, threePublicBreakdown, type ChartData } from './chartData';
import { escapeHtml } from './escape';
import { formatAmount } from './numberFormat';

const WIDTH = 720;
const LABEL_WIDTH = 250;
const BAR_WIDTH = 300;
const ROW_HEIGHT = 30;
const TOP = 8;

/** Share of the total, as `12.34%`. */
export function sharePercent(value: Decimal, total: Decimal): string {
  if (total.isZero()) return '0.00%';
  return `${value.dividedBy(total).times(100).toFixed(2)}%`;
}

export function renderBarChart(chart: ChartData, kind: string): string {
  const height = TOP * 2 + chart.items.length * ROW_HEIGHT;
  const max = chart.items.reduce((m, item) => Decimal.max(m, item.value), new Decimal(0));
  const bars = chart.items.map((item, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const width = max.isZero() ? 0 : item.value.dividedBy(max).times(BAR_WIDTH).toDecimalPlaces(1).toNumber();
    const share = sharePercent(item.value, chart.total);
    const label = escapeHtml(item.label);
    const value = `${escapeHtml(formatAmount(item.amount))} ${escapeHtml(chart.unit)}（${share}）`;
    return (
      `<g class="bar bar-${i % 6}" data-line="${item.line}">` +
      `<title>${label}：${value}</title>` +
      `<text class="bar-label" x="${LABEL_WIDTH - 8}" y="${y + 20}" text-anchor="end">${label}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 6}" width="${Math.max(width, 1)}" height="${ROW_HEIGHT - 12}" rx="2"></rect>` +
      `<text class="bar-value" x="${LABEL_WIDTH + Math.max(width, 1) + 6}" y="${y + 20}">${value}</text>` +
      `</g>`
    );
  });
  return (
    `<figure class="chart chart-${kind}" data-line="${chart.items[0]?.line ?? 0}">` +
    `<figcaption>${escapeHtml(chart.title)}（单位：${escapeHtml(chart.unit)}，合计 ${escapeHtml(sumText(chart))}）</figcaption>` +
    `<svg role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">` +
    bars.join('') +
    `</svg></figure>`
  );
}

function sumText(chart: ChartData): string {
  const decimals = Math.max(...chart.items.map((item) => item.amount.decimals));
  return formatAmount({ ...chart.items[0]!.amount, value: chart.total, decimals });
}

/** Charts to place after a table, keyed by the table's index. */
export function chartsByTable(document: DisclosureDocument): Map<number, string[]> {
  const result = new Map<number, string[]>();
  const add = (chart: ChartData | undefined, kind: string) => {
    if (!chart) return;
    const list = result.get(chart.tableIndex) ?? [];
    list.push(renderBarChart(chart, kind));
    result.set(chart.tableIndex, list);
  };
  add(functionalStructure(document), 'functional');
  add(threePublicBreakdown(document), 'three-public');
  return result;
}
