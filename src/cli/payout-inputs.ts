import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedActuals, LoadedContract } from '../contract/index.js';
import { loadActualsFile, loadContractFile } from '../node/load-files.js';
import { expandPaths, mapConcurrently } from './contract-files.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

/** A contract and its period actuals, loaded for `payout` and `explain`. */
export interface PayoutInputs {
  /** The contract. */
  readonly contract: LoadedContract;
  /** The actuals, one per file, in file order. */
  readonly actuals: readonly LoadedActuals[];
}

/** Warnings go to stderr, one line each; they never stop the run. */
export function reportWarnings(diagnostics: readonly Diagnostic[], terminal: Terminal): void {
  for (const d of diagnostics) terminal.err(`${diagnosticLine(d)}\n`);
}

/**
 * Loads a contract and every actuals file. Every file is read and checked, and every problem is
 * reported, before the run stops: a contract or actuals file that cannot be used is a usage error
 * (exit 2) listing each problem at its line.
 */
export async function loadPayoutInputs(cwd: string, contractPath: string, actualsPaths: readonly string[], terminal: Terminal): Promise<PayoutInputs> {
  const contract = await loadContractFile(resolve(cwd, contractPath), { cwd });
  if (!contract.ok) throw new UsageError(`the contract ${contractPath} cannot be used`, contract.diagnostics.map(diagnosticLine));
  reportWarnings(contract.diagnostics, terminal);
  const files = await expandPaths(cwd, actualsPaths);
  const loaded = await mapConcurrently(files, 8, (f) => loadActualsFile(f, { contract: contract.value.contract, cwd }));
  const broken = loaded.filter((r) => !r.ok);
  if (broken.length > 0) {
    throw new UsageError(`${broken.length} of ${files.length} actuals files cannot be used`, broken.flatMap((r) => r.diagnostics.map(diagnosticLine)));
  }
  const actuals: LoadedActuals[] = [];
  for (const r of loaded) {
    if (!r.ok) continue;
    reportWarnings(r.diagnostics, terminal);
    actuals.push(r.value);
  }
  return { contract: contract.value, actuals };
}
