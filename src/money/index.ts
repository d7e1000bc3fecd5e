export * from './decimal.js';
export * from './rate.js';
