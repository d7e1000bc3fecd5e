import { trackDealObligations } from '../../obligations/index.js';
import { reportWarnings } from '../payout-inputs.js';
import { dealObligationTerms, formatObligationsCsv, formatObligationsMarkdown, formatObligationsText, obligationsJsonValue } from '../../format/index.js';
import { markdownText } from '../../format/markdown-text.js';
import { visibleText } from '../../diagnostics/visible-text.js';
import type { IsoDate } from '../../time/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { loadDealInputs } from '../deal-inputs.js';
import { writeOutput } from '../output-file.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import type { TrackCommandOptions } from './track.js';

/**
 * `fairlode track <deal>`: each obligation under the terms in force on its due date
 * (`trackDealObligations`), judged on the as-of date (default the last day of the latest period of
 * actuals, else the last instrument's effective date); the output names the instruments that
 * governed each run of due dates.
 */
export async function runDealTrack(dealPath: string, actualsPaths: readonly string[], options: TrackCommandOptions, asOf: IsoDate | undefined, terminal: Terminal, cwd: string): Promise<number> {
  const { deal, actuals, inputs } = await loadDealInputs(cwd, dealPath, actualsPaths, terminal);
  const date = asOf ?? actuals.map((a) => a.actuals.period.end).sort().at(-1) ?? deal.instruments.at(-1)!.effective;
  const tracked = trackDealObligations(deal, actuals, { asOf: date, ...(options.horizon === undefined ? {} : { horizonDays: options.horizon }) });
  if (!tracked.ok) throw new UsageError(`the obligations of ${dealPath} on ${date} cannot be tracked`, tracked.diagnostics.map(diagnosticLine));
  reportWarnings(tracked.diagnostics, terminal);
  const { terms, ...report } = tracked.value;
  const heading = dealObligationTerms(deal.id, terms);
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ deal: deal.id, terms, ...obligationsJsonValue(report) }, null, 2)}\n`
      : options.format === 'markdown'
        ? `${markdownText(heading)}\n\n${formatObligationsMarkdown(report)}`
        : options.format === 'csv'
          ? formatObligationsCsv(report)
          : `${visibleText(heading)}\n${formatObligationsText(report)}`;
  await writeOutput(text, options.output, terminal, cwd, inputs);
  return report.obligations.some((o) => options.failOn.includes(o.status)) ? 1 : 0;
}
