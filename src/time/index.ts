export * from './calendar.js';
export * from './date.js';
export * from './date-order.js';
export * from './date-arithmetic.js';
