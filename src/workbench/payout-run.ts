// Payouts for the actuals the user pasted or dropped into the workbench, as `fairlode payout`
// computes them: every actuals text is loaded against the contract, and the statements computed
// only when all of them load.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedContract } from '../contract/load-contract.js';
import { loadActuals, type LoadedActuals } from '../contract/load-actuals.js';
import { computePayouts } from '../payout/index.js';
import type { PayoutStatement } from '../payout/payout-statement.js';

/** A text file held by the workbench: its name and contents. */
export interface TextFile {
  /** The file name shown in diagnostics. */
  readonly name: string;
  /** Its text. */
  readonly text: string;
}

/** The statements, or why there are none. */
export interface PayoutRunResult {
  /** The loaded actuals, in the order given (those that loaded). */
  readonly actuals: readonly LoadedActuals[];
  /** One statement per period, when every actuals file loaded and the payouts could be computed. */
  readonly statements: readonly PayoutStatement[] | undefined;
  /** Every problem and warning, each located in its file. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Loads every actuals text against the contract and computes the statements.
 *
 * @example
 * ```ts
 * const run = runPayouts(contract, [{ name: '2027-Q1.yaml', text }]);
 * run.statements?.[0]?.period.label; // '2027-Q1'
 * ```
 */
export function runPayouts(contract: LoadedContract, files: readonly TextFile[]): PayoutRunResult {
  const actuals: LoadedActuals[] = [];
  const diagnostics: Diagnostic[] = [];
  let broken = false;
  for (const f of files) {
    const loaded = loadActuals(f.text, { filename: f.name, contract });
    diagnostics.push(...loaded.diagnostics);
    if (loaded.ok) actuals.push(loaded.value);
    else broken = true;
  }
  if (broken || actuals.length === 0) return { actuals, statements: undefined, diagnostics };
  try {
    const run = computePayouts(contract, actuals);
    diagnostics.push(...run.diagnostics);
    return { actuals, statements: run.ok ? run.value.statements : undefined, diagnostics };
  } catch (error) {
    diagnostics.push({ code: 'internal/error', severity: 'error', message: `the payouts could not be computed (${error instanceof Error ? error.message : String(error)})`, path: [] });
    return { actuals, statements: undefined, diagnostics };
  }
}
