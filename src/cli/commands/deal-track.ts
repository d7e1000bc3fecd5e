import { trackDealObligations } from '../../obligations/index.js';
import { reportWarnings } from '../payout-inputs.js';
import { dealObligationTerms, formatObligationsCsv, formatObligationsMarkdown, formatObligationsText, obligationsJsonValue } from '../../format/index.js';
import { markdownText } from '../../format/markdown-text.js';
import { visibleText } from '../../diagnostics/visible-text.js';
import type { IsoDate } from '../../time/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { hasProjects, loadDealInputs } from '../deal-inputs.js';
import { writeOutput } from '../output-file.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import type { TrackCommandOptions } from './track.js';

/**
 * `fairlode track <deal>`: each obligation under the terms in force on its due date
 * (`trackDealObligations`), judged on the as-of date (default the last day of the latest period of
 * actuals, else the last instrument's effective date); the output names the instruments that
 * governed each run of due dates. A deal with ring-fenced projects: each project in turn, against
 * the actuals that name it.
 */
export async function runDealTrack(dealPath: string, actualsPaths: readonly string[], options: TrackCommandOptions, asOf: IsoDate | undefined, terminal: Terminal, cwd: string): Promise<number> {
  const { deal, actuals, inputs } = await loadDealInputs(cwd, dealPath, actualsPaths, terminal);
  const chains = hasProjects(deal) ? deal.projects.map((p) => p.deal) : [deal];
  const last = actuals.map((a) => a.actuals.period.end).sort().at(-1);
  const parts: { text: string; json: object; failed: boolean }[] = [];
  for (const chain of chains) {
    const date = asOf ?? last ?? chain.instruments.at(-1)!.effective;
    const own = hasProjects(deal) ? actuals.filter((a) => a.actuals.contract === chain.id) : actuals;
    const tracked = trackDealObligations(chain, own, { asOf: date, ...(options.horizon === undefined ? {} : { horizonDays: options.horizon }) });
    if (!tracked.ok) throw new UsageError(`the obligations of ${dealPath}${hasProjects(deal) ? ` (project ${chain.id})` : ''} on ${date} cannot be tracked`, tracked.diagnostics.map(diagnosticLine));
    reportWarnings(tracked.diagnostics, terminal);
    const { terms, ...report } = tracked.value;
    const heading = dealObligationTerms(chain.id, terms);
    const csv = formatObligationsCsv(report);
    parts.push({
      json: { deal: chain.id, terms, ...obligationsJsonValue(report) },
      text:
        options.format === 'markdown'
          ? `${markdownText(heading)}\n\n${formatObligationsMarkdown(report)}`
          : options.format === 'csv'
            ? parts.length === 0 ? csv : csv.slice(csv.indexOf('\n') + 1)
            : `${visibleText(heading)}\n${formatObligationsText(report)}`,
      failed: report.obligations.some((o) => options.failOn.includes(o.status)),
    });
  }
  const text =
    options.format === 'json'
      ? `${JSON.stringify(hasProjects(deal) ? { deal: deal.id, projects: parts.map((p) => p.json) } : parts[0]!.json, null, 2)}\n`
      : parts.map((p) => p.text).join(options.format === 'csv' ? '' : '\n');
  await writeOutput(text, options.output, terminal, cwd, inputs);
  return parts.some((p) => p.failed) ? 1 : 0;
}
