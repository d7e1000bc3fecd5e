import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadOpeningBalances, type LoadedActuals, type LoadedContract, type LoadedOpeningBalances } from '../contract/index.js';
import type { LoadedPlan } from '../fiscal/index.js';
import { loadActualsFiles, loadContractFile, loadPlanFile } from '../node/load-files.js';
import { displayPath, readTextFile } from '../node/text-files.js';
import { expandPaths } from './contract-files.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { InputFile } from './output-file.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

/** A contract and its period actuals, loaded for `payout`, `explain`, `track`, `eiti` and `report`. */
export interface PayoutInputs {
  /** The contract. */
  readonly contract: LoadedContract;
  /** The actuals, one per file, in file order. */
  readonly actuals: readonly LoadedActuals[];
  /** Every file read, which no output may replace. */
  readonly inputs: readonly InputFile[];
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
  const contractFile = resolve(cwd, contractPath);
  const contract = await loadContractFile(contractFile, { cwd });
  if (!contract.ok) throw new UsageError(`the contract ${contractPath} cannot be used`, contract.diagnostics.map(diagnosticLine));
  reportWarnings(contract.diagnostics, terminal);
  const files = await expandPaths(cwd, actualsPaths);
  const loaded = await loadActualsFiles(files, { contract: contract.value, cwd });
  if (!loaded.ok) {
    const broken = new Set(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    throw new UsageError(`${broken.size} of ${files.length} actuals files cannot be used`, loaded.diagnostics.filter((d) => broken.has(d.file)).map(diagnosticLine));
  }
  reportWarnings(loaded.diagnostics, terminal);
  return { contract: contract.value, actuals: loaded.value, inputs: [{ path: contractFile, role: 'the contract' }, ...files.map((path) => ({ path, role: 'the actuals file' }))] };
}

/**
 * Loads a life-of-mine plan for a contract: a plan that cannot be used is a usage error (exit 2)
 * listing each problem at its line; warnings go to stderr.
 */
export async function loadPlanInput(cwd: string, planPath: string, contract: LoadedContract, terminal: Terminal): Promise<{ plan: LoadedPlan; input: InputFile }> {
  const path = resolve(cwd, planPath);
  const loaded = await loadPlanFile(path, { contract, cwd });
  if (!loaded.ok) throw new UsageError(`the plan ${planPath} cannot be used`, loaded.diagnostics.map(diagnosticLine));
  reportWarnings(loaded.diagnostics, terminal);
  return { plan: loaded.value, input: { path, role: 'the plan' } };
}

/**
 * Loads an opening-state file (`--opening`) for a contract: balances the run starts from after the
 * file's `lastPeriod`. A file that cannot be used is a usage error (exit 2) listing each problem at
 * its line; warnings go to stderr.
 */
export async function loadOpeningInput(cwd: string, openingPath: string, contract: LoadedContract, terminal: Terminal): Promise<{ opening: LoadedOpeningBalances; input: InputFile }> {
  const path = resolve(cwd, openingPath);
  const shown = displayPath(path, cwd);
  const text = await readTextFile(path, shown);
  const loaded = text.ok ? loadOpeningBalances(text.value, { filename: shown, contract }) : text;
  if (!loaded.ok) throw new UsageError(`the opening balances ${openingPath} cannot be used`, loaded.diagnostics.map(diagnosticLine));
  reportWarnings(loaded.diagnostics, terminal);
  return { opening: loaded.value, input: { path, role: 'the opening balances' } };
}
