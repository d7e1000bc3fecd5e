// Loading every period's actuals in a folder. Its own module, so that code which reads single files
// (the CLI's commands) does not load the glob library at start-up.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { Result } from '../diagnostics/diagnostic.js';
import type { LoadedActuals } from '../contract/load-actuals.js';
import { loadActualsFiles, type ActualsFilesOptions } from './load-files.js';
import { displayPath } from './text-files.js';

/** The documents a folder holds: its YAML and JSON files at any depth, outside `node_modules` and `.git`. */
const DOCUMENTS = '**/*.{yaml,yml,json}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * The YAML and JSON files under a folder (at any depth, leaving out `node_modules` and `.git`),
 * as absolute paths in sorted order: the files `loadActualsFolder` and the CLI read from a folder.
 *
 * @example
 * ```ts
 * const files = await documentFilesIn('examples/actuals/chagai-partnership');
 * console.log(files.length); // 4
 * ```
 */
export async function documentFilesIn(folder: string): Promise<string[]> {
  return (await glob(DOCUMENTS, { cwd: resolve(folder), absolute: true, onlyFiles: true, ignore: ALWAYS_IGNORED })).sort();
}

/**
 * Loads every period's actuals in a folder: each YAML and JSON file under it (see
 * {@link documentFilesIn}), in sorted order, checked against the contract when one is given (a
 * `Contract` or the `LoadedContract` that `loadContract` returns). The result is ok only when every
 * file loads; its diagnostics are every file's. A folder that does not exist, is not a folder, or
 * holds no YAML or JSON file is a `file/unreadable` diagnostic. Never throws for a user's mistake.
 *
 * @example
 * ```ts
 * const contract = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (contract.ok) {
 *   const actuals = await loadActualsFolder('examples/actuals/chagai-partnership', { contract: contract.value });
 *   if (actuals.ok) console.log(actuals.value.map((a) => a.actuals.period.label));
 * }
 * ```
 */
export async function loadActualsFolder(folder: string, options: ActualsFilesOptions = {}): Promise<Result<LoadedActuals[]>> {
  if (typeof folder !== 'string' || folder === '') return loadActualsFiles([folder as string], options); // the file loader names the wrong argument
  const path = resolve(options.cwd ?? process.cwd(), folder);
  const shown = displayPath(path, options.cwd);
  const problem = (message: string): Result<LoadedActuals[]> => ({ ok: false, diagnostics: [{ code: 'file/unreadable', severity: 'error', message, path: [], file: shown }] });
  const kind = await stat(path).then(
    (s) => (s.isDirectory() ? 'folder' : 'other'),
    (error: NodeJS.ErrnoException) => error.code ?? 'unknown error',
  );
  if (kind === 'ENOENT') return problem(`The folder ${shown} does not exist.`);
  if (kind === 'other') return problem(`${shown} is not a folder; load one file with loadActualsFile.`);
  if (kind !== 'folder') return problem(`The folder ${shown} cannot be read (${kind}).`);
  const files = await documentFilesIn(path);
  if (files.length === 0) return problem(`The folder ${shown} holds no YAML or JSON files.`);
  return loadActualsFiles(files, options);
}
