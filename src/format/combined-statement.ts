import type { ProjectPayoutRun } from '../payout/index.js';
import { visibleText } from '../diagnostics/visible-text.js';
import { csvRecord } from './csv-cell.js';
import { markdownText } from './markdown-text.js';
import { exactAmount, groupedAmount } from './payout-amounts.js';

/**
 * The combined statements of a deal with ring-fenced projects as plain text: per period, each
 * party's net summed over the projects, with each project's part under it.
 *
 * @example
 * ```ts
 * combinedStatementsText(run).split('\n')[0]; // 'Combined statement, 2030 (2030-01-01 to 2030-12-31): projects north-pit, south-mill'
 * ```
 */
export function combinedStatementsText(run: ProjectPayoutRun): string {
  const out: string[] = [];
  for (const s of run.combined) {
    out.push(`Combined statement, ${visibleText(s.period.label)} (${s.period.start} to ${s.period.end}): projects ${s.projects.map(visibleText).join(', ')}`);
    for (const t of s.totals) {
      out.push(`  ${visibleText(t.party)}  ${groupedAmount(t.net)}`);
      for (const p of t.byProject) out.push(`    of which ${visibleText(p.project)}  ${groupedAmount(p.net)}`);
    }
    out.push(s.balanced ? '  Every project\'s statement balances; the combined nets are their exact sums.' : '  A project\'s statement does not balance (see above).', '');
  }
  return `${out.join('\n')}\n`;
}

/**
 * {@link combinedStatementsText} as Markdown: a table per period of party, project and net.
 *
 * @example
 * ```ts
 * combinedStatementsMarkdown(run).startsWith('## Combined statement, 2030'); // true
 * ```
 */
export function combinedStatementsMarkdown(run: ProjectPayoutRun): string {
  const out: string[] = [];
  for (const s of run.combined) {
    out.push(`## Combined statement, ${markdownText(s.period.label)} (${s.period.start} to ${s.period.end})`, '', '| party | project | net (received − paid) |', '|---|---|---:|');
    for (const t of s.totals) {
      out.push(`| ${markdownText(t.party)} | all projects | ${groupedAmount(t.net)} |`);
      for (const p of t.byProject) out.push(`| ${markdownText(t.party)} | ${markdownText(p.project)} | ${groupedAmount(p.net)} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/**
 * The combined statements as the plain JSON value: per period, each party's net (an exact decimal
 * string) and each project's part.
 *
 * @example
 * ```ts
 * combinedStatementsJson(run)[0].totals[0]; // { party: 'ministry', net: '9000000.00', currency: 'USD', byProject: { ... } }
 * ```
 */
export function combinedStatementsJson(run: ProjectPayoutRun) {
  return run.combined.map((s) => ({
    period: s.period.label,
    start: s.period.start,
    end: s.period.end,
    projects: [...s.projects],
    balanced: s.balanced,
    totals: s.totals.map((t) => ({ party: t.party, net: exactAmount(t.net), currency: t.net.currency, byProject: Object.fromEntries(t.byProject.map((p) => [p.project, exactAmount(p.net)])) })),
  }));
}

const HEADER = ['period', 'start', 'end', 'party', 'project', 'net', 'currency'];

/**
 * The combined statements as CSV: one row per party and period with `project` empty for the sum
 * over the projects, then one row per project's part.
 *
 * @example
 * ```ts
 * combinedStatementsCsv(run).split('\n')[0]; // 'period,start,end,party,project,net,currency'
 * ```
 */
export function combinedStatementsCsv(run: ProjectPayoutRun): string {
  const rows = [HEADER.join(',')];
  const figures = new Set(['net']);
  for (const s of run.combined) {
    for (const t of s.totals) {
      rows.push(csvRecord(HEADER, [s.period.label, s.period.start, s.period.end, t.party, undefined, exactAmount(t.net), t.net.currency], figures));
      for (const p of t.byProject) rows.push(csvRecord(HEADER, [s.period.label, s.period.start, s.period.end, t.party, p.project, exactAmount(p.net), p.net.currency], figures));
    }
  }
  return `${rows.join('\n')}\n`;
}
