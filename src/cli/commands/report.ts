import { FairlodeError } from '../../diagnostics/diagnostic.js';
import type { LoadedPlan, PriceRisk } from '../../fiscal/index.js';
import type { OpeningBalances, PayoutStatement } from '../../payout/index.js';
import { renderReport } from '../../report/index.js';
import { parseDate, type IsoDate } from '../../time/index.js';
import { writeOutput } from '../output-file.js';
import { computePayouts } from '../../payout/index.js';
import { loadOpeningInput, loadPayoutInputs, loadPlanInput } from '../payout-inputs.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { priceRiskOptions, withFlagNames, type PriceRiskFlags } from '../price-risk-options.js';
import { runPriceRisk } from '../price-risk-run.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { isDealInput } from '../deal-path.js';

/** The options of `fairlode report`. */
export interface ReportCommandOptions {
  /** Period actuals: files, folders or globs. */
  readonly actuals: readonly string[];
  /** A life-of-mine plan file. */
  readonly plan: string | undefined;
  /** The file to write, or stdout. */
  readonly out: string | undefined;
  /** The date obligations are judged on. */
  readonly asOf: string | undefined;
  /** The date printed on the report. */
  readonly date: string | undefined;
  /** The compliance profile. */
  readonly profile: string | undefined;
  /** The price-risk flags (`--paths` and the model's): with `--plan`, the report's price-risk section. */
  readonly risk?: PriceRiskFlags | undefined;
  /** `--concurrency`: worker threads for price paths. */
  readonly concurrency?: number | undefined;
  /** `--no-progress` sets this false. */
  readonly progress?: boolean | undefined;
  /** `--opening`: an opening-state file, the balances the payouts of the actuals start from. */
  readonly opening?: string | undefined;
}

function dateOption(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  if (!d.ok) throw new UsageError(`${name} ${value}: ${d.problem.message}`);
  return d.value;
}

/**
 * `fairlode report`: writes the contract's self-contained HTML report. Exit 0, or 2 when the
 * contract, actuals or plan cannot be used. Given a deal (a folder or `deal.yaml`): see `runDealReport`.
 */
export async function runReport(contractPath: string, options: ReportCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const asOf = dateOption('--as-of', options.asOf);
  const riskOptions = options.risk === undefined ? undefined : priceRiskOptions(options.risk, false);
  if (riskOptions !== undefined && options.plan === undefined) throw new UsageError('--paths needs --plan: the price paths are simulated over the plan');
  const date = dateOption('--date', options.date);
  if (await isDealInput(contractPath, cwd, options.opening)) return (await import('./deal-report.js')).runDealReport(contractPath, options, asOf, date, terminal, cwd);
  const { contract, actuals, inputs } = await loadPayoutInputs(cwd, contractPath, options.actuals, terminal);
  let plan: LoadedPlan | undefined;
  const read = [...inputs];
  let opening: OpeningBalances | undefined;
  let statements: readonly PayoutStatement[] | undefined;
  if (options.opening !== undefined) {
    const given = await loadOpeningInput(cwd, options.opening, contract, terminal);
    read.push(given.input);
    opening = given.opening.balances;
    // An opening that does not fit the actuals stops the report rather than leaving out its payouts.
    const run = computePayouts(contract, actuals, { opening });
    if (!run.ok) throw new UsageError('the payouts cannot be computed from the opening balances', run.diagnostics.map(diagnosticLine));
    statements = run.value.statements;
  }
  if (options.plan !== undefined) {
    const loaded = await loadPlanInput(cwd, options.plan, contract, terminal);
    plan = loaded.plan;
    read.push(loaded.input);
  }
  let risk: PriceRisk | undefined;
  if (riskOptions !== undefined && plan !== undefined) {
    try {
      const run = await runPriceRisk(contract, plan, { beyondTerm: 'extend', ...riskOptions }, options, { contract: contractPath, plan: options.plan! }, terminal, cwd);
      if (!run.ok) throw new UsageError('the price risk cannot be analysed', run.diagnostics.map(diagnosticLine));
      risk = run.value;
    } catch (error) {
      if (error instanceof FairlodeError) throw new UsageError(withFlagNames(error.message));
      throw error;
    }
  }
  const html = renderReport({
    contract,
    actuals,
    ...(plan === undefined ? {} : { plan }),
    ...(opening === undefined ? {} : { opening }),
    ...(statements === undefined ? {} : { statements }),
    ...(risk === undefined ? {} : { priceRisk: risk }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(date === undefined ? {} : { generatedOn: date }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  await writeOutput(html, options.out, terminal, cwd, read);
  return 0;
}
