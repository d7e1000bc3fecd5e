// Loading one contract or one period's actuals from a file.
import type { Result } from '../diagnostics/diagnostic.js';
import { loadContract, type LoadedContract, type LoadOptions } from '../contract/load-contract.js';
import { loadActuals, type LoadActualsOptions, type LoadedActuals } from '../contract/load-actuals.js';
import { displayPath, readTextFile } from './text-files.js';

/**
 * Loads a contract from a YAML or JSON file. Never throws for a user's mistake: a missing file is
 * a diagnostic too.
 *
 * @example
 * ```ts
 * const result = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (result.ok) console.log(result.value.contract.title);
 * ```
 */
export async function loadContractFile(path: string, options: Omit<LoadOptions, 'filename'> & { cwd?: string } = {}): Promise<Result<LoadedContract>> {
  const shown = displayPath(path, options.cwd);
  const text = await readTextFile(path, shown);
  if (!text.ok) return text;
  const { cwd: _cwd, ...rest } = options;
  return loadContract(text.value, { ...rest, filename: shown });
}

/**
 * Loads one period's actuals from a file.
 *
 * @example
 * ```ts
 * const actuals = await loadActualsFile('examples/actuals/chagai-partnership/2027-Q1.yaml', { contract });
 * ```
 */
export async function loadActualsFile(path: string, options: Omit<LoadActualsOptions, 'filename'> & { cwd?: string } = {}): Promise<Result<LoadedActuals>> {
  const shown = displayPath(path, options.cwd);
  const text = await readTextFile(path, shown);
  if (!text.ok) return text;
  const { cwd: _cwd, ...rest } = options;
  return loadActuals(text.value, { ...rest, filename: shown });
}
