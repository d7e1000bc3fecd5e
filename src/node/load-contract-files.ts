// Loading every contract that matches some globs. Its own module, so that code which reads single
// files (the CLI's commands) does not load the glob library at start-up.
import { glob } from 'tinyglobby';
import type { Result } from '../diagnostics/diagnostic.js';
import type { LoadedContract } from '../contract/load-contract.js';
import { loadContractFile } from './load-files.js';
import { mapConcurrently } from './map-concurrently.js';
import { displayPath } from './text-files.js';

/** One file's outcome from {@link loadContractFiles}. */
export interface ContractFileResult {
  /** The file, relative to the working folder with `/` separators. */
  readonly file: string;
  /** The loaded contract, or its diagnostics. */
  readonly result: Result<LoadedContract>;
}

/**
 * Loads every contract matching the glob patterns (e.g. `contracts/**\/*.yaml`), in sorted order.
 * A broken file never stops the others from loading.
 *
 * @example
 * ```ts
 * for (const { file, result } of await loadContractFiles(['examples/contracts/*.yaml'])) {
 *   console.log(file, result.ok ? 'ok' : result.diagnostics.length + ' problems');
 * }
 * ```
 */
export async function loadContractFiles(patterns: readonly string[], options: { cwd?: string; concurrency?: number } = {}): Promise<ContractFileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = (await glob([...patterns], { cwd, absolute: true, onlyFiles: true, expandDirectories: false })).sort();
  return mapConcurrently(files, options.concurrency ?? 16, async (path) => ({ file: displayPath(path, cwd), result: await loadContractFile(path, { cwd }) }));
}
