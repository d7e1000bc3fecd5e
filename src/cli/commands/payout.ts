import { computePayouts } from '../../payout/index.js';
import { formatPayoutCsv, formatPayoutJson, formatPayoutMarkdown, formatPayoutText } from '../../format/index.js';
import { balanceExitCode } from '../balance-exit-code.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import { loadOpeningInput, loadPayoutInputs, reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { isDealInput } from '../deal-path.js';

/** The options of `fairlode payout`. */
export interface PayoutCommandOptions {
  /** text, json, markdown or csv. */
  readonly format: 'text' | 'json' | 'markdown' | 'csv';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
  /** json: include traces. */
  readonly traces: boolean;
  /** text: bands and rates under each line. */
  readonly details: boolean;
  /** `--opening`: an opening-state file, the balances the run starts from. */
  readonly opening?: string | undefined;
}

/**
 * `fairlode payout`: computes a statement per period and prints it; given a deal (a folder or
 * `deal.yaml`), each period under the terms in force in it (see `runDealPayout`). Exit 0 when every statement
 * balances, 1 when one does not, 2 when the contract or actuals cannot be used.
 */
export async function runPayout(contractPath: string, actualsPaths: readonly string[], options: PayoutCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  if (await isDealInput(contractPath, cwd, options.opening)) return (await import('./deal-payout.js')).runDealPayout(contractPath, actualsPaths, options, terminal, cwd);
  const loaded = await loadPayoutInputs(cwd, contractPath, actualsPaths, terminal);
  const { contract, actuals } = loaded;
  const opening = options.opening === undefined ? undefined : await loadOpeningInput(cwd, options.opening, contract, terminal);
  const inputs = opening === undefined ? loaded.inputs : [...loaded.inputs, opening.input];
  const run = computePayouts(contract, actuals, opening === undefined ? {} : { opening: opening.opening.balances });
  if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
  reportWarnings(run.diagnostics, terminal);
  const { statements } = run.value;
  const text =
    options.format === 'json'
      ? formatPayoutJson(statements, { traces: options.traces })
      : options.format === 'markdown'
        ? formatPayoutMarkdown(statements)
        : options.format === 'csv'
          ? formatPayoutCsv(statements)
          : formatPayoutText(statements, { details: options.details });
  await writeOutput(text.endsWith('\n') ? text : `${text}\n`, options.output, terminal, cwd, inputs);
  return balanceExitCode(statements, terminal);
}
