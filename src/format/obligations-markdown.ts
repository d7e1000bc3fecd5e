import type { ObligationReport } from '../obligations/obligation.js';
import { obligationStatusLine } from './obligations-text.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * An obligation report as a Markdown table, with the count per status above it.
 *
 * @example
 * ```ts
 * formatObligationsMarkdown(report).startsWith('## Obligations of chagai-partnership'); // true
 * ```
 */
export function formatObligationsMarkdown(report: ObligationReport): string {
  const c = report.counts;
  const lines = [
    `## Obligations of ${report.contract} as of ${report.asOf}`,
    '',
    `${report.obligations.length} obligations: **${c.missed} missed**, ${c['at-risk']} at risk, ${c['no-data']} no data, ${c['not-yet-due']} not yet due, ${c.met} met.`,
    '',
    '| Status | Obligation | Ref | Due | What | Figures |',
    '|---|---|---|---|---|---|',
  ];
  for (const o of report.obligations) lines.push(`| ${o.status} | \`${o.id}\` | ${cell(o.ref ?? '')} | ${o.due} | ${cell(o.description)} | ${cell(obligationStatusLine(o))} |`);
  return `${lines.join('\n')}\n`;
}
