import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { WorkerAnswer, WorkerFailure } from '../node/worker-pool.js';
import type { PlainPricePathRun, PriceRiskOptions } from '../fiscal/index.js';
import type { ProfileChoice } from './check-profiles.js';
import type { ContractFile } from './contract-files.js';
import { UsageError } from './usage-error.js';

// The CLI's worker thread (dist/cli/pool-worker.js): started by the pool in src/node/worker-pool.ts
// for `check` of many files and for price-risk paths. It loads its inputs once, from the same files
// and with the same code as the main thread, then answers one task at a time.

/** What a `check` worker is started with. */
export interface CheckWorkerData {
  readonly kind: 'check';
  /** The working folder. */
  readonly cwd: string;
  /** `--config`. */
  readonly config: string | undefined;
  /** `--profile`. */
  readonly profile: string | undefined;
}

/** What a price-risk worker is started with. */
export interface PriceRiskWorkerData {
  readonly kind: 'price-risk';
  /** The working folder. */
  readonly cwd: string;
  /** The contract file as given. */
  readonly contract: string;
  /** The plan file as given. */
  readonly plan: string;
  /** The options of the run. */
  readonly options: PriceRiskOptions;
}

/** A `check` task: a batch of files; a price-risk task: a range of paths. */
export type PoolTask = readonly ContractFile[] | { readonly first: number; readonly count: number };

/** A price-risk task's answer: the run of its paths, and the diagnostics of its first path. */
export interface PricePathAnswer {
  /** The paths, as plain data. */
  readonly run: PlainPricePathRun;
  /** The diagnostics of the range's first path. */
  readonly diagnostics: readonly Diagnostic[];
}

const data = workerData as CheckWorkerData | PriceRiskWorkerData;

/**
 * A `check` task's answer: the batch's reports as JSON text (`null` for a file that is not a
 * contract). Sent as text, a batch crosses to the main thread as one string; as objects, the main
 * thread would rebuild every finding from a structured clone, about twice the cost of parsing the
 * same reports from JSON, and it is the main thread that writes the output.
 */
export type CheckedBatch = string;

async function checkHandler(d: CheckWorkerData): Promise<(files: readonly ContractFile[]) => CheckedBatch> {
  const [{ loadConfig }, { chooseProfiles }, { checkFile }] = await Promise.all([import('./config.js'), import('./check-profiles.js'), import('./check-file.js')]);
  const profiles: ProfileChoice = await chooseProfiles(d.cwd, d.profile, await loadConfig(d.cwd, d.config));
  return (files) => JSON.stringify(files.map((f) => checkFile(f, profiles) ?? null));
}

async function priceRiskHandler(d: PriceRiskWorkerData): Promise<(range: { first: number; count: number }) => PricePathAnswer> {
  const [{ resolve }, files, fiscal] = await Promise.all([import('node:path'), import('../node/load-files.js'), import('../fiscal/index.js')]);
  const contract = await files.loadContractFile(resolve(d.cwd, d.contract), { cwd: d.cwd });
  if (!contract.ok) throw new UsageError(`the contract ${d.contract} cannot be used`);
  const plan = await files.loadPlanFile(resolve(d.cwd, d.plan), { contract: contract.value, cwd: d.cwd });
  if (!plan.ok) throw new UsageError(`the plan ${d.plan} cannot be used`);
  // Prepared once per worker, then one batch of paths per task.
  const prepared = fiscal.preparePriceRisk(contract.value, plan.value, d.options);
  if (!prepared.ok) throw new UsageError('the analysis cannot be made', prepared.diagnostics.map((x) => x.message));
  return (range) => {
    const run = fiscal.runPricePaths(prepared.value, range);
    if (!run.ok) throw new UsageError('the analysis cannot be made', run.diagnostics.map((x) => x.message));
    return { run: fiscal.pricePathRunToPlain(run.value), diagnostics: run.diagnostics };
  };
}

function failure(error: unknown): WorkerFailure {
  if (error instanceof UsageError) return { name: 'UsageError', message: error.message, details: error.details };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

const handler: Promise<(task: never) => unknown> = (data.kind === 'check' ? checkHandler(data) : priceRiskHandler(data)) as Promise<(task: never) => unknown>;
// A failure to start (a bad config) is answered on the first task, like any task's failure.
handler.catch(() => undefined);

parentPort!.on('message', async ({ id, task }: { id: number; task: PoolTask }) => {
  let answer: WorkerAnswer<unknown>;
  try {
    const run = await handler;
    answer = { id, ok: true, value: await run(task as never) };
  } catch (error) {
    answer = { id, ok: false, error: failure(error) };
  }
  parentPort!.postMessage(answer);
});
