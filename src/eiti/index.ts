export * from './gfs-classification.js';
export * from './sdt-payments.js';
export * from './sdt-csv.js';
export * from './reconcile.js';
export * from './decimal-separator.js';
export * from './payment-streams.js';
