/** The preview's stylesheet: a printed page (black on white, 宋体-like serif), used by the webview and the export alike. */
export const PREVIEW_CSS = `
:root { color-scheme: light; }
html, body { background: #fff; color: #1a1a1a; margin: 0; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; font-size: 15px; line-height: 1.75; }
main.disclosure { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; }
h1, h2, h3, h4, h5, h6 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; line-height: 1.4; margin: 1.2em 0 0.6em; }
h1 { font-size: 1.6em; text-align: center; }
h2 { font-size: 1.3em; }
h3 { font-size: 1.12em; }
h4, h5, h6 { font-size: 1em; }
p { margin: 0.4em 0; text-indent: 2em; }
p.list-item { text-indent: 0; padding-left: 2em; }
.doc-meta { font-family: sans-serif; font-size: 12px; color: #555; border-bottom: 1px solid #ddd; padding-bottom: 6px; margin-bottom: 12px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.problems { font-family: sans-serif; font-size: 12px; border: 1px solid #e0b4b4; background: #fff6f6; padding: 6px 12px; margin: 8px 0 16px; }
.problems ul { margin: 4px 0; padding-left: 18px; }
.problems li { cursor: pointer; }
figure { margin: 1.4em 0; }
figure.table-block figcaption { text-align: center; font-weight: bold; font-family: sans-serif; margin-bottom: 4px; }
.table-number { font-weight: normal; margin-right: 0.5em; }
.table-attributes { display: flex; justify-content: space-between; font-size: 13px; margin: 2px 0; }
.table-attributes .attr-unit { margin-left: auto; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.45; }
th, td { border: 1px solid #777; padding: 3px 6px; vertical-align: middle; }
th { background: #f1f3f5; font-weight: bold; text-align: center; font-family: sans-serif; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { white-space: nowrap; }
td.indent-1 { padding-left: 1.5em; } td.indent-2 { padding-left: 2.5em; } td.indent-3 { padding-left: 3.5em; } td.indent-4 { padding-left: 4.5em; }
p.table-note { font-size: 13px; text-indent: 0; color: #333; }
p.empty-note { text-align: center; font-style: italic; }
.finding { cursor: pointer; }
td.finding, th.finding { outline: 2px solid #d33; outline-offset: -2px; background: #fde8e8; }
td.finding-warning, th.finding-warning { outline-color: #c80; background: #fff4d6; }
td.finding-information, td.finding-hint, th.finding-information, th.finding-hint { outline-color: #3a7bd5; background: #e8f0fd; }
span.finding { text-decoration: underline wavy #d33; text-underline-offset: 3px; background: #fde8e8; }
span.finding-warning { text-decoration-color: #c80; background: #fff4d6; }
span.finding-information, span.finding-hint { text-decoration-color: #3a7bd5; background: #e8f0fd; }
h1.finding, h2.finding, h3.finding, h4.finding, figcaption.finding, p.finding, tr.finding, .table-attributes .finding { background: #fde8e8; }
.chart figcaption { font-family: sans-serif; font-weight: bold; text-align: center; margin-bottom: 4px; }
.chart svg { display: block; margin: 0 auto; max-width: 100%; height: auto; font-family: sans-serif; font-size: 13px; }
.chart .bar-label, .chart .bar-value { fill: #222; }
.chart .bar-0 rect { fill: #2f6db5; } .chart .bar-1 rect { fill: #d9822b; } .chart .bar-2 rect { fill: #3b9c5a; }
.chart .bar-3 rect { fill: #b5403a; } .chart .bar-4 rect { fill: #7a5cb0; } .chart .bar-5 rect { fill: #8c6d3f; }
.highlight-line { box-shadow: inset 3px 0 0 #3a7bd5; }
@media print {
  main.disclosure { max-width: none; padding: 0; }
  .problems, .doc-meta { display: none; }
  .finding { outline: none !important; background: none !important; text-decoration: none !important; }
  figure.table-block { break-inside: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}
`;
