import type { ObligationReport } from '../obligations/obligation.js';
import { markdownCode, markdownText } from './markdown-text.js';
import { obligationStatusLine } from './obligations-text.js';


/**
 * An obligation report as a Markdown table, with the count per status above it. Text from the
 * contract is escaped (see docs/security.md): no pipe, line break, HTML or Markdown in it changes
 * the table.
 *
 * @example
 * ```ts
 * formatObligationsMarkdown(report).startsWith('## Obligations of chagai-partnership'); // true
 * ```
 */
export function formatObligationsMarkdown(report: ObligationReport): string {
  const c = report.counts;
  const lines = [
    `## Obligations of ${markdownText(report.contract)} as of ${report.asOf}`,
    '',
    `${report.obligations.length} obligations: **${c.missed} missed**, ${c['at-risk']} at risk, ${c['no-data']} no data, ${c['not-yet-due']} not yet due, ${c.met} met.`,
    '',
    '| Status | Obligation | Ref | Due | What | Figures |',
    '|---|---|---|---|---|---|',
  ];
  for (const o of report.obligations) lines.push(`| ${o.status} | ${markdownCode(o.id)} | ${markdownText(o.ref ?? '')} | ${o.due} | ${markdownText(o.description)} | ${markdownText(obligationStatusLine(o))} |`);
  return `${lines.join('\n')}\n`;
}
