export * from './terms-diff.js';
export * from './verdict-diff.js';
export * from './payout-diff.js';
export * from './fiscal-diff.js';
export * from './contract-diff.js';
export { clauseSubject, clauseSummary } from './clause-summary.js';
