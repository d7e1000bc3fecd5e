/** The report's stylesheet: plain, legible, responsive, and readable when printed in black and white. */
export const REPORT_CSS = `
:root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --bg: #ffffff; --panel: #f6f8fa; --accent: #0072B2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
header.report-head { border-bottom: 3px solid var(--ink); margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
p, li { max-width: 48rem; }
.meta { color: var(--muted); margin: 0; }
.badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 1rem; border: 1px solid currentColor; font-weight: 600; font-size: 0.9rem; }
.level-100 { color: #00704f; } .level-75 { color: #0a5a8a; } .level-50 { color: #8a5a00; } .not-achieved { color: #b3261e; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; margin: 0.5rem 0 0; }
nav.toc a { color: var(--accent); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
.facts div { background: var(--panel); padding: 0.6rem 0.8rem; border-radius: 6px; }
.facts dt { color: var(--muted); font-size: 0.85rem; } .facts dd { margin: 0; font-weight: 600; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: 0.35rem; }
svg.chart { width: 100%; height: auto; display: block; font-size: 12px; }
svg.chart text { fill: var(--ink); }
svg.chart .tick { fill: var(--muted); }
svg.chart .grid { stroke: #e6e9ec; } svg.chart .domain, svg.chart .zero { stroke: #8c959f; }
svg.chart .row { stroke: #d0d7de; stroke-dasharray: 2 3; }
.table-wrap { overflow: auto; max-height: 22rem; border: 1px solid var(--rule); border-radius: 6px; margin-top: 0.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.4rem 0.6rem; color: var(--muted); }
th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--panel); }
td.num, th.num, td.date { text-align: right; white-space: nowrap; }
td.date { text-align: left; }
tfoot td, tfoot th { font-weight: 700; border-top: 2px solid var(--ink); }
.status { font-weight: 600; white-space: nowrap; } .status::before { content: "●"; margin-right: 0.3em; }
.status-met::before { color: #009E73; } .status-missed::before { color: #D55E00; } .status-at-risk::before { color: #E69F00; } .status-no-data::before { color: #999; } .status-not-yet-due::before { color: #56B4E9; }
.finding { border-left: 4px solid var(--rule); padding: 0.25rem 0 0.25rem 0.9rem; margin: 1rem 0; }
.finding.error { border-left-color: #b3261e; } .finding.warning { border-left-color: #c27c00; } .finding.info { border-left-color: var(--accent); }
.finding h4 { margin: 0 0 0.25rem; font-size: 1rem; }
.finding .why { color: var(--muted); }
pre.source { background: var(--panel); padding: 0.5rem 0.75rem; overflow-x: auto; font: 0.85rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; border-radius: 6px; white-space: pre; }
pre.source .ln { color: var(--muted); user-select: none; display: inline-block; min-width: 3.5ch; margin-right: 1ch; text-align: right; }
.note { background: #fff8e1; border: 1px solid #f0d78a; padding: 0.5rem 0.75rem; border-radius: 6px; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); padding-top: 0.75rem; }
@media (max-width: 40rem) { body { font-size: 15px; } main { padding: 1rem 0.75rem 3rem; } h1 { font-size: 1.4rem; } }
@media print {
  @page { margin: 15mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure, .finding, tr { break-inside: avoid; }
  .table-wrap { max-height: none; overflow: visible; border: 0; }
  thead th { position: static; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
