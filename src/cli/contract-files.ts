import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GlobOptions } from 'tinyglobby';
import { displayPath } from '../node/text-files.js';
import type { LoadedConfig } from './config.js';
import { UsageError } from './usage-error.js';

/** A file to check: its absolute path and the path shown in reports. */
export interface ContractFile {
  /** Absolute path. */
  readonly path: string;
  /** Relative to the working folder, with `/` separators. */
  readonly shown: string;
  /**
   * True for a file named on the command line: it is checked as a contract even when it does not
   * look like one, unless it is recognisably another fairlode document (actuals, a plan, an output),
   * which is then reported as such. False for a file found in a folder or by a glob: it is checked
   * only when it looks like a contract (see {@link looksLikeContract}).
   */
  readonly named: boolean;
}

/** The files to check. */
export interface ContractSelection {
  /** The files, sorted by shown path. */
  readonly files: readonly ContractFile[];
}

/** Whether a path is a glob: it has a character with a meaning in glob syntax. */
function isGlob(path: string): boolean {
  return /[*?[\]{}]|^!|[@+!]\(/.test(path);
}

/** tinyglobby's `glob`, loaded only when a glob or folder must be expanded (one named file needs none). */
async function glob(patterns: string | readonly string[], options: GlobOptions): Promise<string[]> {
  const { glob: run } = await import('tinyglobby');
  return run(typeof patterns === 'string' ? patterns : [...patterns], options);
}
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Whether a text is a fairlode contract rather than some other YAML or JSON document: it starts
 * its top level with the format version (`fairlode: 1`) and names no `contract` (actuals and plans
 * name the contract they belong to).
 */
export function looksLikeContract(text: string): boolean {
  const yaml = /^fairlode[ \t]*:[ \t]*\d/m.test(text) && !/^contract[ \t]*:/m.test(text);
  const json = /^\s*\{/.test(text) && /"fairlode"\s*:\s*\d/.test(text) && !/"contract"\s*:\s*"/.test(text);
  return yaml || json;
}

/**
 * Finds the contracts to check: each path given (a file, a folder, searched for YAML and JSON, or a
 * glob), else the config's `contracts` globs, else every YAML and JSON file under the working folder.
 * Only a file named on the command line is checked whatever it holds (see {@link ContractFile.named});
 * from folders and globs, as with no paths at all, only the files that look like contracts are
 * checked, so `check <folder>` and `check` in that folder find the same contracts. A named file
 * that does not exist is kept, so that it is reported like any broken file; a glob or folder that
 * matches nothing is a usage error.
 */
export async function selectContractFiles(cwd: string, paths: readonly string[], config: LoadedConfig | undefined): Promise<ContractSelection> {
  const found = new Map<string, boolean>();
  if (paths.length > 0) {
    for (const m of await expandNamedPaths(cwd, paths)) found.set(m.path, (found.get(m.path) ?? false) || m.named);
  } else if (config?.config.contracts) {
    const matched = await glob(config.config.contracts, { cwd: config.dir, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ALWAYS_IGNORED });
    if (matched.length === 0) throw new UsageError(`the contracts globs of ${config.file} (${config.config.contracts.join(', ')}) match no files`);
    for (const m of matched) found.set(m, false);
  } else {
    const { documentFilesIn } = await import('../node/load-actuals-folder.js');
    for (const m of await documentFilesIn(cwd)) found.set(m, false);
  }
  if (config?.config.ignore) {
    for (const m of await glob(config.config.ignore, { cwd: config.dir, absolute: true, onlyFiles: true, expandDirectories: false })) found.delete(m);
  }
  const files = [...found].map(([path, named]) => ({ path, shown: displayPath(path, cwd), named })).sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { files };
}

/**
 * Expands paths as given on the command line into absolute file paths: a glob to its matches, a
 * folder to the YAML and JSON files under it, anything else to itself (a file that does not exist is
 * kept, to be reported as unreadable). A glob or folder that matches nothing is a usage error.
 */
export async function expandPaths(cwd: string, paths: readonly string[]): Promise<string[]> {
  return [...new Set((await expandNamedPaths(cwd, paths)).map((m) => m.path))];
}

/** {@link expandPaths}, saying for each file whether it was named as such or found in a folder or by a glob. */
async function expandNamedPaths(cwd: string, paths: readonly string[]): Promise<{ path: string; named: boolean }[]> {
  const found: { path: string; named: boolean }[] = [];
  for (const p of paths) {
    if (isGlob(p)) {
      const matched = await glob(p, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ALWAYS_IGNORED });
      if (matched.length === 0) throw new UsageError(`no files match "${p}"`);
      found.push(...matched.sort().map((path) => ({ path, named: false })));
      continue;
    }
    const abs = resolve(cwd, p);
    const isFolder = await stat(abs).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      found.push({ path: abs, named: true });
      continue;
    }
    const { documentFilesIn } = await import('../node/load-actuals-folder.js');
    const matched = await documentFilesIn(abs);
    if (matched.length === 0) throw new UsageError(`the folder ${p} holds no YAML or JSON files`);
    found.push(...matched.map((path) => ({ path, named: false })));
  }
  return found;
}
