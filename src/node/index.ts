/**
 * File-system helpers for Node.js: loading contracts and actuals from files and globs.
 *
 * @packageDocumentation
 */
export * from './load-files.js';
