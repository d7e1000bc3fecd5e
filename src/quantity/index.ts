export * from './unit.js';
export { quantity, parseQuantity, quantityToString, convertQuantity, type Quantity } from './quantity.js';
export * from './quantity-arithmetic.js';
export * from './unit-price.js';
