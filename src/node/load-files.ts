// Loading one contract, one period's actuals or one plan from a file.
import { FairlodeError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { Contract } from '../contract/contract.js';
import { isLoadedContract, loadContract, type LoadedContract, type LoadOptions } from '../contract/load-contract.js';
import { loadActuals, type LoadActualsOptions, type LoadedActuals } from '../contract/load-actuals.js';
import { loadPlan, type LoadedPlan, type LoadPlanOptions } from '../fiscal/load-plan.js';
import { mapConcurrently } from './map-concurrently.js';
import { displayPath, readTextFile } from './text-files.js';

/** The contract actuals or a plan belong to: the typed contract, or what `loadContract` returned. */
export type ContractArgument = Contract | LoadedContract;

/** Options of the file loaders: the core loader's options, without `filename`, and the folder paths are shown relative to. */
export type FileLoadOptions<O extends LoadOptions> = Omit<O, 'filename' | 'contract'> & {
  /** The contract the document belongs to (see the core loader). */
  contract?: ContractArgument;
  /** The folder diagnostics show paths relative to (default: the process's working folder). */
  cwd?: string;
};

/** A caller's wrong argument, named (a JavaScript caller is not stopped by the types). */
function wrongArgument(name: string, expected: string, got: unknown): FairlodeError {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'a list' : typeof got;
  return new FairlodeError({ code: 'argument/invalid', message: `${name} must be ${expected}, not ${shown}.` });
}

/** Checks the arguments every file loader takes; throws a {@link FairlodeError} naming the wrong one. */
function checkArguments(path: unknown, options: unknown): void {
  if (typeof path !== 'string' || path === '') throw wrongArgument('path', 'a non-empty string', path);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw wrongArgument('options', 'an object', options);
  const contract = (options as { contract?: unknown }).contract;
  if (contract !== undefined && (contract === null || typeof contract !== 'object')) throw wrongArgument('options.contract', 'a contract or a loaded contract', contract);
}

/**
 * The typed contract, whether given as such or as the {@link LoadedContract} that `loadContract`
 * returns.
 *
 * @example
 * ```ts
 * const loaded = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (loaded.ok) console.log(contractOf(loaded.value)?.id);
 * ```
 */
export function contractOf(contract: ContractArgument | undefined): Contract | undefined {
  if (contract === undefined) return undefined;
  return isLoadedContract(contract) ? contract.contract : contract;
}

/** Reads a file and hands its text to a core loader with the file's shown name and the size limit of `limits`. */
async function loadFile<T, O extends LoadOptions>(path: string, options: FileLoadOptions<O>, load: (text: string, options: O) => Result<T>): Promise<Result<T>> {
  checkArguments(path, options);
  const { cwd, contract, ...rest } = options;
  const shown = displayPath(path, cwd);
  const maxBytes = rest.limits?.maxBytes;
  const text = await readTextFile(path, shown, maxBytes === undefined ? {} : { maxBytes });
  if (!text.ok) return text;
  const c = contractOf(contract);
  return load(text.value, { ...rest, filename: shown, ...(c === undefined ? {} : { contract: c }) } as unknown as O);
}

/**
 * Loads a contract from a YAML or JSON file. Never throws for a user's mistake: a missing file is
 * a diagnostic too, and so is a path that is not a regular file (a folder, `/dev/zero`) or a file
 * over the `maxBytes` limit, refused before it is read. A wrong argument (a path that is not a
 * string) is a {@link FairlodeError} naming it.
 *
 * @example
 * ```ts
 * const result = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (result.ok) console.log(result.value.contract.title);
 * ```
 */
export async function loadContractFile(path: string, options: Omit<LoadOptions, 'filename'> & { cwd?: string } = {}): Promise<Result<LoadedContract>> {
  return loadFile(path, options, loadContract);
}

/**
 * Loads one period's actuals from a file.
 *
 * @example
 * ```ts
 * const contract = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (contract.ok) {
 *   const actuals = await loadActualsFile('examples/actuals/chagai-partnership/2027-Q1.yaml', { contract: contract.value });
 *   if (actuals.ok) console.log(actuals.value.actuals.period);
 * }
 * ```
 */
export async function loadActualsFile(path: string, options: FileLoadOptions<LoadActualsOptions> = {}): Promise<Result<LoadedActuals>> {
  return loadFile(path, options, loadActuals);
}

/**
 * Loads a life-of-mine plan (the input of `analyse` and of the report's price sensitivity) from a
 * YAML or JSON file, with the diagnostics of `loadPlan`. Never throws for a user's mistake.
 *
 * @example
 * ```ts
 * const contract = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (contract.ok) {
 *   const plan = await loadPlanFile('examples/plans/chagai-partnership.yaml', { contract: contract.value });
 *   if (plan.ok) console.log(plan.value.plan.periods.length, 'periods');
 * }
 * ```
 */
export async function loadPlanFile(path: string, options: FileLoadOptions<LoadPlanOptions> = {}): Promise<Result<LoadedPlan>> {
  return loadFile(path, options, loadPlan);
}

/** Options of {@link loadActualsFiles} and `loadActualsFolder`. */
export type ActualsFilesOptions = FileLoadOptions<LoadActualsOptions> & {
  /** Files read at once (default 8). */
  concurrency?: number;
};

/**
 * Loads several periods' actuals, one per file, in the order given. The result is ok only when
 * every file loads; either way its diagnostics are every file's, in file order, so one broken file
 * never hides the problems of the others.
 *
 * @example
 * ```ts
 * const contract = await loadContractFile('examples/contracts/chagai-partnership.yaml');
 * if (contract.ok) {
 *   const all = await loadActualsFiles(['examples/actuals/chagai-partnership/2027-Q1.yaml', 'examples/actuals/chagai-partnership/2027-Q2.yaml'], { contract: contract.value });
 *   if (all.ok) console.log(all.value.length, 'periods');
 * }
 * ```
 */
export async function loadActualsFiles(paths: readonly string[], options: ActualsFilesOptions = {}): Promise<Result<LoadedActuals[]>> {
  if (!Array.isArray(paths)) throw wrongArgument('paths', 'a list of file paths', paths);
  const { concurrency, ...rest } = options;
  const results = await mapConcurrently(paths, concurrency ?? 8, (path) => loadActualsFile(path, rest));
  const diagnostics: Diagnostic[] = results.flatMap((r) => r.diagnostics);
  const loaded: LoadedActuals[] = [];
  for (const r of results) {
    if (!r.ok) return { ok: false, diagnostics };
    loaded.push(r.value);
  }
  return { ok: true, value: loaded, diagnostics };
}
