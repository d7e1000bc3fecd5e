import { instrumentsSection } from './instruments-section.js';
import { escapeHtml } from './escape-html.js';
import { priceRiskSection } from './fan-chart.js';
import { buildReportData, type ReportData } from './report-data.js';
import type { ReportInput } from './report-input.js';
import { findingsSection, obligationsSection, revenueSection, sensitivitySection, summarySection } from './report-sections.js';
import { REPORT_CSS } from './report-styles.js';
import { changesSection } from './changes-section.js';

/**
 * Renders report data as one self-contained HTML document: inline CSS, charts as inline SVG,
 * no scripts, no fonts or images to fetch.
 *
 * @example
 * ```ts
 * const html = renderReportData(buildReportData({ contract: loaded }));
 * ```
 */
export function renderReportData(d: ReportData): string {
  const findingCount = d.findings.reduce((n, g) => n + g.findings.length, 0);
  const sections: [string, string, string][] = [['summary', 'Summary', summarySection(d)]];
  if (d.instruments !== undefined) sections.push(['instruments', 'Instruments', instrumentsSection(d.instruments)]);
  if (d.changes !== undefined) sections.push(['changes', 'What changed', changesSection(d.changes)]);
  if (d.revenue !== undefined) sections.push(['revenue', 'Revenue sharing', revenueSection(d.revenue)]);
  if (d.sensitivity !== undefined) sections.push(['sensitivity', 'Price sensitivity', sensitivitySection(d.sensitivity)]);
  if (d.priceRisk !== undefined) sections.push(['price-risk', 'Price risk', priceRiskSection(d.priceRisk)]);
  if (d.obligations !== undefined) sections.push(['obligations', 'Obligations', obligationsSection(d.obligations)]);
  sections.push(['findings', `Findings (${findingCount})`, findingsSection(d.findings, findingCount)]);
  const toc = `<nav class="toc" aria-label="Contents"><ol>${sections.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`).join('')}</ol></nav>`;
  const notes = d.notes.length === 0 ? '' : `<div class="note" role="note"><strong>Notes.</strong><ul>${d.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></div>`;
  const illustrative = d.illustrative ? ' These terms are illustrative, not a real agreement.' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(d.title)}: fairlode report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header class="report-head"><h1>${escapeHtml(d.title)}</h1>
<p class="meta">Contract <code>${escapeHtml(d.id)}</code>.${illustrative}${d.generatedOn === undefined ? '' : ` Report of ${escapeHtml(d.generatedOn)}.`}</p>${toc}</header>
${notes}
${sections.map(([, , html]) => html).join('\n')}
<footer>Made with fairlode. Every chart has its figures in the table under it.</footer>
</main>
</body>
</html>
`;
}

/**
 * Builds the report of a contract as one self-contained HTML string: a summary (parties,
 * ownership, term, achievement level, the eight principle scores), revenue sharing over time,
 * price sensitivity from a plan, obligations against the actuals, and the findings with the
 * offending lines of the contract. Every chart is inline SVG with a table alternative; opening the
 * file makes no network request. Pure: no clock, no file system.
 *
 * @example
 * ```ts
 * import { loadContract } from 'fairlode';
 * import { renderReport } from 'fairlode/report';
 *
 * const loaded = loadContract(text, { filename: 'contracts/chagai.yaml' });
 * if (loaded.ok) {
 *   const html = renderReport({ contract: loaded.value, generatedOn: '2026-11-28' });
 *   // write html to report.html
 * }
 * ```
 */
export function renderReport(input: ReportInput): string {
  return renderReportData(buildReportData(input));
}
