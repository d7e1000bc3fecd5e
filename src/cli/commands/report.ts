import { resolve } from 'node:path';
import { loadPlan, type LoadedPlan } from '../../fiscal/index.js';
import { displayPath, readTextFile } from '../../node/text-files.js';
import { renderReport } from '../../report/index.js';
import { parseDate, type IsoDate } from '../../time/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import { loadPayoutInputs, reportWarnings } from '../payout-inputs.js';
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
  const { contract, actuals } = await loadPayoutInputs(cwd, contractPath, options.actuals, terminal);
  let plan: LoadedPlan | undefined;
  if (options.plan !== undefined) {
    const path = resolve(cwd, options.plan);
    const shown = displayPath(path, cwd);
    const text = await readTextFile(path, shown);
    if (!text.ok) throw new UsageError(`the plan ${options.plan} cannot be read`, text.diagnostics.map(diagnosticLine));
    const loaded = loadPlan(text.value, { filename: shown, contract: contract.contract });
    if (!loaded.ok) throw new UsageError(`the plan ${options.plan} cannot be used`, loaded.diagnostics.map(diagnosticLine));
    reportWarnings(loaded.diagnostics, terminal);
    plan = loaded.value;
  }
  const html = renderReport({
    contract,
    actuals,
    ...(plan === undefined ? {} : { plan }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(date === undefined ? {} : { generatedOn: date }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  await writeOutput(html, options.out, terminal, cwd);
  return 0;
}
