export * from './decimal.js';
export * from './rate.js';
export * from './currency.js';
export { money, parseMoney, zeroMoney, moneyToString, type Money } from './money.js';
export * from './money-arithmetic.js';
export * from './rounding.js';
export * from './allocate.js';
export * from './fx.js';
