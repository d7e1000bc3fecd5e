/**
 * File-system helpers for Node.js: loading contracts, actuals and plans from files, folders and globs.
 *
 * @packageDocumentation
 */
export * from './text-files.js';
export * from './load-files.js';
export * from './load-contract-files.js';
export * from './load-actuals-folder.js';
export * from './worker-pool.js';
export * from './load-deal-files.js';
