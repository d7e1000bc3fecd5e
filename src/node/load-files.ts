import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { loadContract, type LoadedContract, type LoadOptions } from '../contract/load-contract.js';
import { loadActuals, type LoadActualsOptions, type LoadedActuals } from '../contract/load-actuals.js';

/** A file's path as reported in diagnostics: relative to `cwd`, with `/` separators. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/**
 * Reads a file as UTF-8 text, or reports why it cannot be read as a diagnostic (`file/unreadable`)
 * naming the file as `shown`. Never throws.
 *
 * @example
 * ```ts
 * const text = await readTextFile('/repo/contracts/a.yaml', 'contracts/a.yaml');
 * if (!text.ok) console.error(text.diagnostics[0].message);
 * ```
 */
export async function readTextFile(path: string, shown: string): Promise<Result<string>> {
  try {
    return { ok: true, value: await readFile(path, 'utf8'), diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `The file ${shown} does not exist.` : code === 'EISDIR' ? `${shown} is a folder, not a file.` : `The file ${shown} cannot be read (${code ?? 'unknown error'}).`;
    const d: Diagnostic = { code: 'file/unreadable', severity: 'error', message, path: [], file: shown };
    return { ok: false, diagnostics: [d] };
  }
}

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
  const results: ContractFileResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const path = files[i]!;
      results[i] = { file: displayPath(path, cwd), result: await loadContractFile(path, { cwd }) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, files.length) }, worker));
  return results;
}
