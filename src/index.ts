/**
 * fairlode: resource-partnership contracts as typed, checkable, computable terms.
 *
 * This entry point is the isomorphic core: no file system, no clock, no randomness.
 * File helpers live in `fairlode/node`.
 *
 * @packageDocumentation
 */
export * from './diagnostics/index.js';
export * from './money/index.js';
export * from './quantity/index.js';
export * from './time/index.js';
export * from './document/index.js';
export * from './contract/index.js';
export * from './deal/index.js';
export { VERSION } from './version.js';
export * from './payout/index.js';
export * from './format/index.js';
export * from './format/report/index.js';
export * from './compliance/index.js';
export * from './fiscal/index.js';
export * from './obligations/index.js';
export * from './eiti/index.js';
export * from './diff/index.js';
