import { isoDate, parseDate } from '../../time/index.js';
import { trackObligations } from '../../obligations/index.js';
import { formatObligationsCsv, formatObligationsJson, formatObligationsMarkdown, formatObligationsText } from '../../format/index.js';
import { writeOutput } from '../output-file.js';
import { computePayouts, type PayoutStatement } from '../../payout/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { loadOpeningInput, loadPayoutInputs } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { isDealInput } from '../deal-path.js';

/** The options of `fairlode track`. */
export interface TrackCommandOptions {
  /** text, json, markdown or csv. */
  readonly format: 'text' | 'json' | 'markdown' | 'csv';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
  /** The date to judge on; default the last day of the latest period of actuals. */
  readonly asOf: string | undefined;
  /** Days ahead a deadline counts as due soon. */
  readonly horizon: number | undefined;
  /** Statuses that fail the run (exit 1). */
  readonly failOn: readonly string[];
  /** `--opening`: an opening-state file, the balances the payouts start from. */
  readonly opening?: string | undefined;
}

/**
 * `fairlode track`: tracks every dated obligation against the actuals. Exit 0, or 1 when an
 * obligation has a status named by --fail-on; 2 when the contract or actuals cannot be used. Given
 * a deal (a folder or `deal.yaml`): the terms in force on the as-of date (see `runDealTrack`).
 */
export async function runTrack(contractPath: string, actualsPaths: readonly string[], options: TrackCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  let asOf = undefined;
  if (options.asOf !== undefined) {
    const d = parseDate(options.asOf);
    if (!d.ok) throw new UsageError(`--as-of ${options.asOf}: ${d.problem.message}`);
    asOf = d.value;
  }
  if (await isDealInput(contractPath, cwd, options.opening)) return (await import('./deal-track.js')).runDealTrack(contractPath, actualsPaths, options, asOf, terminal, cwd);
  const loaded = await loadPayoutInputs(cwd, contractPath, actualsPaths, terminal);
  const { contract, actuals } = loaded;
  let inputs = loaded.inputs;
  // With opening balances, the payouts the community-fund obligations are judged against start from
  // them: computed here, and an opening that does not fit the actuals stops the run.
  let statements: readonly PayoutStatement[] | undefined;
  if (options.opening !== undefined) {
    const opening = await loadOpeningInput(cwd, options.opening, contract, terminal);
    inputs = [...inputs, opening.input];
    const run = computePayouts(contract, actuals, { opening: opening.opening.balances });
    if (!run.ok) throw new UsageError('the payouts cannot be computed from the opening balances', run.diagnostics.map(diagnosticLine));
    statements = run.value.statements;
  }
  const last = actuals.map((a) => a.actuals.period.end).sort().at(-1);
  const report = trackObligations(contract, actuals, { asOf: asOf ?? last ?? isoDate(contract.contract.effective), ...(options.horizon === undefined ? {} : { horizonDays: options.horizon }), ...(statements === undefined ? {} : { statements }) });
  const text =
    options.format === 'json' ? formatObligationsJson(report) : options.format === 'markdown' ? formatObligationsMarkdown(report) : options.format === 'csv' ? formatObligationsCsv(report) : formatObligationsText(report);
  await writeOutput(text, options.output, terminal, cwd, inputs);
  return report.obligations.some((o) => options.failOn.includes(o.status)) ? 1 : 0;
}
