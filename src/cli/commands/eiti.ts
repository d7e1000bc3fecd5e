import { computePayouts } from '../../payout/index.js';
import { eitiPayments } from '../../eiti/index.js';
import { formatEitiCsv, formatEitiJson, formatEitiMarkdown, formatEitiText } from '../../format/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import { loadPayoutInputs, reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The options of `fairlode eiti`. */
export interface EitiCommandOptions {
  /** text, json, markdown or csv. */
  readonly format: 'text' | 'json' | 'markdown' | 'csv';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
  /** The fiscal year, e.g. FY2028. */
  readonly year: string;
}

/**
 * `fairlode eiti`: the project's payments to government for one fiscal year in the EITI Summary
 * Data Template shape. Exit 0, or 2 when the inputs cannot be used or no period falls in the year.
 */
export async function runEiti(contractPath: string, actualsPaths: readonly string[], options: EitiCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const { contract, actuals, inputs } = await loadPayoutInputs(cwd, contractPath, actualsPaths, terminal);
  const run = computePayouts(contract, actuals);
  if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
  reportWarnings(run.diagnostics, terminal);
  const sdt = eitiPayments(contract, run.value.statements, { year: options.year });
  if (!sdt.ok) throw new UsageError(sdt.diagnostics.map((d) => d.message).join('; '));
  reportWarnings(sdt.diagnostics, terminal);
  const text = options.format === 'json' ? formatEitiJson(sdt.value) : options.format === 'markdown' ? formatEitiMarkdown(sdt.value) : options.format === 'csv' ? formatEitiCsv(sdt.value) : formatEitiText(sdt.value);
  await writeOutput(text, options.output, terminal, cwd, inputs);
  return 0;
}
