import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import type { LoadedContract } from '../contract/index.js';
import { preparePriceRisk, pricePathRunFromPlain, runPricePaths, summarisePriceRisk, type LoadedPlan, type PricePathRun, type PriceRisk, type PriceRiskOptions } from '../fiscal/index.js';
import { poolSize, runInWorkers } from '../node/worker-pool.js';
import type { PricePathAnswer, PriceRiskWorkerData } from './pool-worker.js';
import { POOL_WORKER } from './pool-worker-url.js';
import { refuseUnknownCommodities } from './price-risk-options.js';
import { progressOnStderr, simulatingPaths, type Terminal } from './terminal.js';
import { fromWorker } from './worker-failure.js';

/** A worker thread is worth starting from this many paths on (about 0.5 s of work against its start-up). */
const PATHS_PER_WORKER = 64;

/** The paths of one task: small enough to share the work evenly and to move the progress bar. */
function pathRanges(paths: number, threads: number): { first: number; count: number }[] {
  const size = Math.max(1, Math.min(50, Math.ceil(paths / (threads * 8))));
  const ranges: { first: number; count: number }[] = [];
  for (let first = 0; first < paths; first += size) ranges.push({ first, count: Math.min(size, paths - first) });
  return ranges;
}

/**
 * Runs the price paths in this thread or on worker threads and summarises them: the same result
 * whatever the number of threads, since path k depends only on the seed and k.
 */
export async function runPriceRisk(contract: LoadedContract, plan: LoadedPlan, options: PriceRiskOptions, command: { readonly concurrency?: number | undefined; readonly progress?: boolean | undefined }, paths: { contract: string; plan: string }, terminal: Terminal, cwd: string): Promise<Result<PriceRisk>> {
  const threads = command.concurrency ?? poolSize(options.paths, PATHS_PER_WORKER);
  const ranges = pathRanges(options.paths, threads);
  const progress = progressOnStderr(options.paths, terminal, command.progress !== false, Date.now, simulatingPaths);
  const tick = (n: number) => { for (let i = 0; i < n; i++) progress.tick(); };
  const runs: PricePathRun[] = [];
  let diagnostics: readonly Diagnostic[] = [];
  try {
    // Every option is checked once, here, before any worker starts (no path is run); in this
    // thread the run is prepared once for all its batches.
    refuseUnknownCommodities(options, options.commodities ?? [...new Set(plan.plan.periods.flatMap((p) => Object.keys(p.prices)))]);
    const prepared = preparePriceRisk(contract, plan, options);
    if (!prepared.ok) return prepared;
    if (threads <= 1) {
      for (const range of ranges) {
        const run = runPricePaths(prepared.value, range);
        if (!run.ok) return run;
        if (range.first === 0) diagnostics = run.diagnostics;
        runs.push(run.value);
        tick(range.count);
      }
    } else {
      const workerData: PriceRiskWorkerData = { kind: 'price-risk', cwd, contract: paths.contract, plan: paths.plan, options };
      const answers = await runInWorkers<{ first: number; count: number }, PricePathAnswer>(ranges, { worker: POOL_WORKER, size: threads, workerData, onResult: (a) => tick(a.run.outcomes.length) });
      for (const a of answers) runs.push(pricePathRunFromPlain(a.run));
      diagnostics = answers[0]!.diagnostics;
    }
  } catch (error) {
    throw fromWorker(error);
  } finally {
    progress.done();
  }
  return { ok: true, value: summarisePriceRisk(runs), diagnostics: [...diagnostics] };
}
