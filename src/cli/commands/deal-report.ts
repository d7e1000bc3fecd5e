import { consolidateDeal, type Deal } from '../../deal/index.js';
import type { LoadedContract } from '../../contract/index.js';
import { diffContracts, type ContractDiff } from '../../diff/index.js';
import { computeDealPayouts, type PayoutStatement } from '../../payout/index.js';
import { trackDealObligations } from '../../obligations/index.js';
import { renderReport } from '../../report/index.js';
import { addDays, type IsoDate } from '../../time/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { hasProjects, loadDealInputs } from '../deal-inputs.js';
import { writeOutput } from '../output-file.js';
import { reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import type { ReportCommandOptions } from './report.js';

/** What the last instrument in force on a date changed: the terms the day before it against the terms on the date. */
function lastChange(deal: Deal, dealPath: string, asOf: IsoDate, after: LoadedContract): ContractDiff | undefined {
  const last = deal.instruments.filter((i) => i.effective <= asOf).at(-1)!;
  if (last.kind === 'base') return undefined;
  const before = consolidateDeal(deal, addDays(last.effective, -1));
  if (!before.ok) return undefined;
  const diff = diffContracts(before.value.contract, after, { labels: { before: `${dealPath} on ${addDays(last.effective, -1)}`, after: `${dealPath} on ${asOf}` } });
  return diff.ok ? diff.value : undefined;
}

/**
 * `fairlode report <deal>`: the report of the deal's terms in force on the as-of date (default the
 * end of the latest period of actuals, else the last instrument's effective date), with the
 * instruments listed, each obligation under the terms in force on its due date, what the last instrument in force changed ("What changed"), and the revenue
 * of each period computed under the terms in force in it. Exit 0, or 2 when the deal or actuals
 * cannot be used. `--plan` and `--paths` apply to a contract only.
 */
export async function runDealReport(dealPath: string, options: ReportCommandOptions, asOf: IsoDate | undefined, date: IsoDate | undefined, terminal: Terminal, cwd: string): Promise<number> {
  if (options.plan !== undefined) throw new UsageError('--plan applies to a contract, not to a deal: consolidate the terms first (fairlode consolidate) and report on that contract');
  const { deal, actuals, inputs } = await loadDealInputs(cwd, dealPath, options.actuals, terminal);
  if (hasProjects(deal)) throw new UsageError(`the deal ${dealPath} has ring-fenced projects: the report covers one chain of terms; run payout or track on the deal for the projects combined`);
  const on = asOf ?? actuals.map((a) => a.actuals.period.end).sort().at(-1) ?? deal.instruments.at(-1)!.effective;
  const terms = consolidateDeal(deal, on);
  if (!terms.ok) throw new UsageError(`the terms of ${dealPath} on ${on} cannot be consolidated`, terms.diagnostics.map(diagnosticLine));
  let statements: readonly PayoutStatement[] | undefined;
  if (actuals.length > 0) {
    const run = computeDealPayouts(deal, actuals);
    if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
    reportWarnings(run.diagnostics, terminal);
    statements = run.value.statements;
  }
  const tracked = actuals.length > 0 ? trackDealObligations(deal, actuals, { asOf: on, ...(statements === undefined ? {} : { statements }) }) : undefined;
  if (tracked !== undefined && !tracked.ok) throw new UsageError(`the obligations of ${dealPath} on ${on} cannot be tracked`, tracked.diagnostics.map(diagnosticLine));
  const inForce = new Set(terms.value.instruments.map((i) => i.id));
  const changes = lastChange(deal, dealPath, on, terms.value.contract);
  const html = renderReport({
    contract: terms.value.contract,
    actuals,
    asOf: on,
    instruments: deal.instruments.map((i) => ({ id: i.id, kind: i.kind, title: i.title, signed: i.signed, effective: i.effective, inForce: inForce.has(i.id) })),
    ...(statements === undefined ? {} : { statements }),
    ...(tracked === undefined ? {} : { obligations: tracked.value }),
    ...(changes === undefined ? {} : { changes }),
    ...(date === undefined ? {} : { generatedOn: date }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  await writeOutput(html, options.out, terminal, cwd, inputs);
  return 0;
}
