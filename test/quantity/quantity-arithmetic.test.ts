import { describe, expect, it } from 'vitest';
import { addQuantities, compareQuantities, multiplyQuantity, quantity, quantityToString, subtractQuantities } from '../../src/quantity/index.js';

const s = quantityToString;

describe('quantity arithmetic', () => {
  it('adds and subtracts in the first operand’s unit', () => {
    expect(s(addQuantities(quantity('1 t'), quantity('500 kg')))).toBe('1.5 t');
    expect(s(addQuantities(quantity('500 kg'), quantity('1 t')))).toBe('1500 kg');
    expect(s(subtractQuantities(quantity('1 kt'), quantity('250 t')))).toBe('0.75 kt');
    // 1 lb + 1 kg = 1 + 1/0.45359237 lb = 3.2046226218487758072… lb.
    expect(s(addQuantities(quantity('1 lb'), quantity('1 kg')))).toBe('3.2046226218487758072297380134502703385420702733602 lb');
  });

  it('compares exactly across units', () => {
    expect(compareQuantities(quantity('1 t'), quantity('1000 kg'))).toBe(0);
    expect(compareQuantities(quantity('1 t'), quantity('2204.62 lb'))).toBe(1); // 2204.62 × 0.45359237 = 999.9988107494 kg
    expect(compareQuantities(quantity('1 t'), quantity('2204.63 lb'))).toBe(-1); // 1000.0033466731 kg
    // 1 t is 32150.74656862798052210034… ozt: the 20-decimal truncation is just below it.
    expect(compareQuantities(quantity('32150.74656862798052210034 ozt'), quantity('1 t'))).toBe(-1);
    expect(compareQuantities(quantity('32150.74656862798052210035 ozt'), quantity('1 t'))).toBe(1);
  });

  it('multiplies by a grade or payable share', () => {
    // 120,000 t × 96.5% payable = 115,800 t.
    expect(s(multiplyQuantity(quantity('120000 t'), '0.965'))).toBe('115800 t');
  });

  it('refuses mixed dimensions', () => {
    for (const attempt of [() => addQuantities(quantity('1 t'), quantity('1 m3')), () => subtractQuantities(quantity('1 L'), quantity('1 kg')), () => compareQuantities(quantity('1 MWh'), quantity('1 t'))]) {
      expect(attempt).toThrow(expect.objectContaining({ code: 'quantity/incompatible-units' }));
    }
  });
});
