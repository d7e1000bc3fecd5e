import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { Decimal, multiplyExactly, parseDecimal, toDecimal, toDecimalOperand } from '../../src/money/index.js';

describe('parseDecimal', () => {
  it('reads plain decimals exactly', () => {
    expect(parseDecimal('1234.50')).toMatchObject({ ok: true });
    expect(toDecimal('0.1').plus(toDecimal(0.2)).toString()).toBe('0.3');
    expect(toDecimal('1e3').toString()).toBe('1000');
  });

  it('refuses what a contract should not contain', () => {
    expect(parseDecimal('1,234')).toMatchObject({ ok: false, problem: { code: 'decimal/invalid', hint: 'remove the thousands separators: "1234"' } });
    expect(parseDecimal('NaN')).toMatchObject({ ok: false, problem: { code: 'decimal/invalid' } });
    expect(parseDecimal('')).toMatchObject({ ok: false, problem: { code: 'decimal/empty' } });
    expect(parseDecimal('1000000000000000001')).toMatchObject({ ok: false, problem: { code: 'decimal/out-of-range' } });
    expect(parseDecimal('-1000000000000000001')).toMatchObject({ ok: false, problem: { code: 'decimal/out-of-range' } });
    expect(parseDecimal('1000000000000000000')).toMatchObject({ ok: true }); // 1e18 itself is allowed
    expect(parseDecimal('0.000000000000000000001')).toMatchObject({ ok: false, problem: { code: 'decimal/too-precise' } });
  });
});

describe('toDecimalOperand', () => {
  it('passes computed Decimals through, however many digits they have', () => {
    const third = new Decimal(1).div(3);
    expect(toDecimalOperand(third)).toBe(third);
    expect(() => toDecimal(third)).toThrow(FairlodeError); // 50 decimals: too precise as an input
  });

  it('parses strings and numbers strictly', () => {
    expect(toDecimalOperand('2.5').toString()).toBe('2.5');
    expect(toDecimalOperand(0.1).toString()).toBe('0.1');
    expect(() => toDecimalOperand('1,5')).toThrow(FairlodeError);
    expect(() => toDecimalOperand(Number.NaN)).toThrow(FairlodeError);
    expect(() => toDecimalOperand(new Decimal(Number.NaN))).toThrow(/not a finite number/);
  });
});

describe('multiplyExactly', () => {
  it('keeps every digit of the product', () => {
    // (1 + 1e-10)² = 1 + 2e-10 + 1e-20: 21 significant digits, exact.
    expect(multiplyExactly(new Decimal('1.0000000001'), new Decimal('1.0000000001')).toString()).toBe('1.00000000020000000001');
    // Two 30-digit factors give a 59-digit product; `times` would round it to 50.
    const a = new Decimal('123456789012345678901234567891');
    const exact = multiplyExactly(a, a);
    expect(exact.toFixed()).toBe('15241578753238836750495351562783112365526596557677488187881');
    expect(a.times(a).eq(exact)).toBe(false);
  });
});
