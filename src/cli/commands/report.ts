import type { LoadedPlan } from '../../fiscal/index.js';
import { renderReport } from '../../report/index.js';
import { parseDate, type IsoDate } from '../../time/index.js';
import { writeOutput } from '../output-file.js';
import { loadPayoutInputs, loadPlanInput } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

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
}

function dateOption(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  if (!d.ok) throw new UsageError(`${name} ${value}: ${d.problem.message}`);
  return d.value;
}

/**
 * `fairlode report`: writes the contract's self-contained HTML report. Exit 0, or 2 when the
 * contract, actuals or plan cannot be used.
 */
export async function runReport(contractPath: string, options: ReportCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const asOf = dateOption('--as-of', options.asOf);
  const date = dateOption('--date', options.date);
  const { contract, actuals, inputs } = await loadPayoutInputs(cwd, contractPath, options.actuals, terminal);
  let plan: LoadedPlan | undefined;
  const read = [...inputs];
  if (options.plan !== undefined) {
    const loaded = await loadPlanInput(cwd, options.plan, contract, terminal);
    plan = loaded.plan;
    read.push(loaded.input);
  }
  const html = renderReport({
    contract,
    actuals,
    ...(plan === undefined ? {} : { plan }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(date === undefined ? {} : { generatedOn: date }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  await writeOutput(html, options.out, terminal, cwd, read);
  return 0;
}
