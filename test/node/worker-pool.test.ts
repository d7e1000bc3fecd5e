import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { poolSize, runInWorkers, WorkerTaskError } from '../../src/node/worker-pool.js';
import { tempFolder } from '../cli/run-cli.js';

// A worker as the pool expects one: it answers { id, task } with { id, ok, value } or a failure.
// Task n waits (10 − n) ms, so later tasks finish first: the results must still come back in order.
const WORKER = `
import { parentPort, workerData, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  setTimeout(() => {
    if (task === 'fail') parentPort.postMessage({ id, ok: false, error: { name: 'UsageError', message: 'bad task', details: ['line 1'] } });
    else parentPort.postMessage({ id, ok: true, value: { square: task * task, offset: workerData.offset, thread: threadId } });
  }, Math.max(0, 10 - Number(task)));
});
`;

const folder = tempFolder('fairlode-pool-');
afterAll(folder.remove);
const worker = pathToFileURL(join(folder.dir, 'square-worker.mjs'));
writeFileSync(worker, WORKER);

describe('runInWorkers', () => {
  it('returns the results in the tasks\' order, whichever worker finished first', async () => {
    const seen: number[] = [];
    const out = await runInWorkers<number, { square: number; offset: number; thread: number }>([1, 2, 3, 4, 5, 6, 7, 8, 9], { worker, size: 3, workerData: { offset: 7 }, onResult: (_, i) => seen.push(i) });
    expect(out.map((r) => r.square)).toEqual([1, 4, 9, 16, 25, 36, 49, 64, 81]);
    expect(out.every((r) => r.offset === 7)).toBe(true);
    expect(new Set(out.map((r) => r.thread)).size).toBeGreaterThan(1);
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await runInWorkers([], { worker, size: 2 })).toEqual([]);
  });

  it('rejects with the failure a worker reported, as data', async () => {
    const error = await runInWorkers([1, 'fail', 3], { worker, size: 2, workerData: { offset: 0 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerTaskError);
    expect((error as WorkerTaskError).failure).toEqual({ name: 'UsageError', message: 'bad task', details: ['line 1'] });
  });

  it('works in the calling thread too, and then starts one worker fewer', async () => {
    type Square = { square: number; offset: number; thread: number };
    // Thread 0 is this (the main) thread; a worker answers with its own thread id, 1 or more.
    const here = (task: number): Square => ({ square: task * task, offset: -1, thread: 0 });
    const two = await runInWorkers<number, Square>([1, 2, 3, 4, 5, 6, 7, 8, 9], { worker, size: 2, workerData: { offset: 7 }, inThisThread: here });
    expect(two.map((r) => r.square)).toEqual([1, 4, 9, 16, 25, 36, 49, 64, 81]);
    // Both threads took tasks, and only one worker was started.
    expect(two.some((r) => r.thread === 0)).toBe(true);
    expect(new Set(two.filter((r) => r.thread !== 0).map((r) => r.thread)).size).toBe(1);
    expect(two.filter((r) => r.thread !== 0).every((r) => r.offset === 7)).toBe(true);
    // A size of 1: no worker at all.
    const one = await runInWorkers<number, Square>([1, 2, 3], { worker, size: 1, inThisThread: here });
    expect(one).toEqual([1, 4, 9].map((square) => ({ square, offset: -1, thread: 0 })));
    // What the calling thread throws stops the pool as it is.
    const boom = new Error('boom');
    await expect(runInWorkers<number, Square>([1, 2, 3], { worker, size: 1, inThisThread: () => { throw boom; } })).rejects.toBe(boom);
  });

  it('refuses wrong arguments with a FairlodeError naming them', async () => {
    await expect(runInWorkers([1], { worker, size: 0 })).rejects.toThrow(FairlodeError);
    await expect(runInWorkers([1], { worker, size: 0 })).rejects.toThrow(/runInWorkers: options\.size must be a whole number of workers, 1 or more, not the number 0/);
    await expect(runInWorkers([1], { worker: 'square-worker.mjs' as unknown as URL, size: 1 })).rejects.toThrow(/options\.worker must be a URL/);
    await expect(runInWorkers(null as unknown as number[], { worker, size: 1 })).rejects.toThrow(/tasks must be a list/);
    await expect(runInWorkers([1], { worker, size: 1, inThisThread: 'square' as never })).rejects.toThrow(/options\.inThisThread must be a function/);
  });
});

describe('poolSize', () => {
  it('starts no second thread for less than two workers\' worth of work', () => {
    expect(poolSize(0, 100)).toBe(1);
    expect(poolSize(199, 100)).toBe(1);
    expect(poolSize(10_000, 100)).toBeGreaterThanOrEqual(1);
  });
});
