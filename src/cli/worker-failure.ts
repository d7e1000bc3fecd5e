import { WorkerTaskError } from '../node/worker-pool.js';
import { UsageError } from './usage-error.js';

/**
 * The error to raise in the main thread for one a worker thread reported: a usage error, or a
 * `FairlodeError` (a wrong option), is a usage error (one line, exit 2) with its details; anything
 * else is passed on as it came.
 */
export function fromWorker(error: unknown): unknown {
  if (error instanceof WorkerTaskError && (error.failure.name === 'UsageError' || error.failure.name === 'FairlodeError')) return new UsageError(error.failure.message, error.failure.details ?? []);
  return error;
}
