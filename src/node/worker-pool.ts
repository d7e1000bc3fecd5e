import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { invalidArgument } from '../diagnostics/invalid-argument.js';

// A small pool of worker threads: each worker is started once with the same `workerData`, takes
// one task at a time and answers with its result; results come back in the tasks' order, so what
// the caller builds from them does not depend on the pool's size or on which worker was faster.

/** What a worker sends back for a task: its result, or the error that stopped it. */
export type WorkerAnswer<R> = { readonly id: number; readonly ok: true; readonly value: R } | { readonly id: number; readonly ok: false; readonly error: WorkerFailure };

/** An error raised in a worker, as plain data (an `Error` does not cross threads with its class). */
export interface WorkerFailure {
  /** The error's class name, e.g. `UsageError`. */
  readonly name: string;
  /** Its message. */
  readonly message: string;
  /** Extra lines (a usage error's details). */
  readonly details?: readonly string[] | undefined;
  /** The stack, for debugging. */
  readonly stack?: string | undefined;
}

/** Thrown by {@link runInWorkers} when a task failed in a worker: the failure as the worker reported it. */
export class WorkerTaskError extends Error {
  /** The failure as the worker reported it. */
  readonly failure: WorkerFailure;

  /** Wraps a failure reported by a worker. */
  constructor(failure: WorkerFailure) {
    super(failure.message);
    this.name = 'WorkerTaskError';
    this.failure = failure;
  }
}

/** Options of {@link runInWorkers}. */
export interface WorkerPoolOptions<R, T = unknown> {
  /** The worker module (an ES module that answers each `{ id, task }` message with a {@link WorkerAnswer}). */
  readonly worker: URL;
  /** How many workers to start (at most one per task). */
  readonly size: number;
  /** Data every worker receives once, as `workerData`. */
  readonly workerData?: unknown;
  /** Called with each result as it arrives (in any order), e.g. to draw progress. */
  readonly onResult?: ((value: R, index: number) => void) | undefined;
  /**
   * Runs tasks in the calling thread too, taking them from the same queue as the workers: `size`
   * then counts this thread, and one worker fewer is started (none for a size of 1). A thread that
   * would otherwise wait for the workers does a worker's share without paying a worker's start-up
   * (loading and compiling the code, warming it up). An error it throws stops the pool as it is.
   */
  readonly inThisThread?: ((task: T) => R) | undefined;
}

/** Tasks a worker holds at once: the one it works on and the next, so it never waits for the caller's thread to send more. */
const TASKS_IN_FLIGHT = 2;

/**
 * The number of worker threads worth starting for `tasks` units of work when one is worth a thread
 * only from `perWorker` units on: at most one per core (`os.availableParallelism()`), at least 1.
 *
 * @example
 * ```ts
 * poolSize(1000, 200); // 2 on a two-core machine, 1 on one core
 * ```
 */
export function poolSize(tasks: number, perWorker: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(tasks / perWorker)));
}

/**
 * Runs every task on a pool of `size` worker threads and returns the results in the tasks' order.
 * With `inThisThread`, the calling thread takes tasks from the same queue and `size − 1` workers
 * are started. Each worker holds up to two tasks, so it does not wait while the calling thread
 * works. The first task that fails stops the pool and rejects with a {@link WorkerTaskError} (or
 * with what `inThisThread` threw); a worker that dies rejects with its error. Every worker is
 * terminated before the promise settles.
 *
 * @example
 * ```ts
 * const sums = await runInWorkers([[1, 2], [3, 4]], { worker: new URL('./sum-worker.js', import.meta.url), size: 2 });
 * ```
 */
export async function runInWorkers<T, R>(tasks: readonly T[], options: WorkerPoolOptions<R, T>): Promise<R[]> {
  if (!Array.isArray(tasks)) throw invalidArgument('runInWorkers', 'tasks', 'a list', tasks);
  if (options === null || typeof options !== 'object') throw invalidArgument('runInWorkers', 'options', 'an object', options);
  if (!(options.worker instanceof URL)) throw invalidArgument('runInWorkers', 'options.worker', 'a URL', options.worker);
  if (!Number.isSafeInteger(options.size) || options.size < 1) throw invalidArgument('runInWorkers', 'options.size', 'a whole number of workers, 1 or more', options.size);
  if (options.inThisThread !== undefined && typeof options.inThisThread !== 'function') throw invalidArgument('runInWorkers', 'options.inThisThread', 'a function', options.inThisThread);
  const results: R[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  const here = options.inThisThread;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const finish = (id: number, value: R) => {
        results[id] = value;
        options.onResult?.(value, id);
        if (++done === tasks.length) resolve();
      };
      const feed = (worker: Worker) => {
        if (failed || next >= tasks.length) return;
        const id = next++;
        worker.postMessage({ id, task: tasks[id] });
      };
      const started = Math.min(options.size - (here === undefined ? 0 : 1), tasks.length);
      for (let w = 0; w < started; w++) {
        const worker = new Worker(options.worker, { workerData: options.workerData });
        workers.push(worker);
        worker.on('message', (answer: WorkerAnswer<R>) => {
          if (!answer.ok) return fail(new WorkerTaskError(answer.error));
          finish(answer.id, answer.value);
          feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (done < tasks.length) fail(new Error(`a worker thread stopped (exit code ${code}) before its work was done`));
        });
        for (let k = 0; k < TASKS_IN_FLIGHT; k++) feed(worker);
      }
      if (here !== undefined) void workHere(here);
      // This thread's share: one task at a time, letting the workers' answers in between.
      async function workHere(run: (task: T) => R): Promise<void> {
        while (!failed && next < tasks.length) {
          const id = next++;
          try {
            finish(id, run(tasks[id]!));
          } catch (error) {
            fail(error);
            return;
          }
          await new Promise<void>((r) => setImmediate(r));
        }
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
