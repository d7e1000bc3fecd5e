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
}

/** The files to check, and whether each must first be recognised as a contract. */
export interface ContractSelection {
  /** The files, sorted by shown path. */
  readonly files: readonly ContractFile[];
  /**
   * True when nothing was named (no paths, no `contracts` in the config): then only files that
   * look like contracts (see {@link looksLikeContract}) are checked, so other YAML and JSON in the
   * folder is left alone.
   */
  readonly recogniseContracts: boolean;
}

const DOCUMENTS = '**/*.{yaml,yml,json}';

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
 * glob), else the config's `contracts` globs, else every YAML and JSON file under the working folder
 * that is a contract. A named file that does not exist is kept, so that it is reported like any
 * broken file; a glob or folder that matches nothing is a usage error.
 */
export async function selectContractFiles(cwd: string, paths: readonly string[], config: LoadedConfig | undefined): Promise<ContractSelection> {
  const found = new Set<string>();
  let recogniseContracts = false;
  if (paths.length > 0) {
    for (const m of await expandPaths(cwd, paths)) found.add(m);
  } else if (config?.config.contracts) {
    const matched = await glob(config.config.contracts, { cwd: config.dir, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ALWAYS_IGNORED });
    if (matched.length === 0) throw new UsageError(`the contracts globs of ${config.file} (${config.config.contracts.join(', ')}) match no files`);
    for (const m of matched) found.add(m);
  } else {
    recogniseContracts = true;
    for (const m of await glob(DOCUMENTS, { cwd, absolute: true, onlyFiles: true, ignore: ALWAYS_IGNORED })) found.add(m);
  }
  if (config?.config.ignore) {
    for (const m of await glob(config.config.ignore, { cwd: config.dir, absolute: true, onlyFiles: true, expandDirectories: false })) found.delete(m);
  }
  const files = [...found].map((path) => ({ path, shown: displayPath(path, cwd) })).sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { files, recogniseContracts };
}

/**
 * Expands paths as given on the command line into absolute file paths: a glob to its matches, a
 * folder to the YAML and JSON files under it, anything else to itself (a file that does not exist is
 * kept, to be reported as unreadable). A glob or folder that matches nothing is a usage error.
 */
export async function expandPaths(cwd: string, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    if (isGlob(p)) {
      const matched = await glob(p, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ALWAYS_IGNORED });
      if (matched.length === 0) throw new UsageError(`no files match "${p}"`);
      found.push(...matched.sort());
      continue;
    }
    const abs = resolve(cwd, p);
    const isFolder = await stat(abs).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      found.push(abs);
      continue;
    }
    const matched = await glob(DOCUMENTS, { cwd: abs, absolute: true, onlyFiles: true, ignore: ALWAYS_IGNORED });
    if (matched.length === 0) throw new UsageError(`the folder ${p} holds no YAML or JSON files`);
    found.push(...matched.sort());
  }
  return [...new Set(found)];
}

/**
 * Runs `task` on every item with at most `limit` running at once, keeping the results in the
 * items' order: file reads overlap while each file is checked as soon as it is read.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
