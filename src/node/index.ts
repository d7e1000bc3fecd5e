/**
 * File-system helpers for Node.js: loading contracts and actuals from files and globs.
 *
 * @packageDocumentation
 */
export * from './text-files.js';
export * from './load-files.js';
export * from './load-contract-files.js';
