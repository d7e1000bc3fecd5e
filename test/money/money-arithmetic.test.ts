import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { addMoney, compareMoney, isNegativeMoney, isZeroMoney, maxMoney, minMoney, money, moneyEquals, moneyToString, multiplyMoney, negateMoney, rate, subtractMoney, sumMoney } from '../../src/money/index.js';

const s = moneyToString;

describe('money arithmetic is exact', () => {
  it('adds and subtracts without binary error', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; here it is 0.3.
    expect(s(addMoney(money('0.1 USD'), money('0.2 USD')))).toBe('0.30 USD');
    expect(s(subtractMoney(money('10 USD'), money('12.5 USD')))).toBe('-2.50 USD');
  });

  it('multiplies without rounding', () => {
    // 2,500,000 × 3.5% = 87,500 exactly.
    expect(s(multiplyMoney(money('2500000 USD'), rate('3.5%')))).toBe('87500.00 USD');
    // 99.99 × 75% = 74.9925: kept to the last digit, not rounded to cents.
    expect(s(multiplyMoney(money('99.99 USD'), '0.75'))).toBe('74.9925 USD');
    // 100 / 3 as a factor: 33.333… to 50 significant digits, not 33.33.
    expect(multiplyMoney(money('100 USD'), '0.333333333333').amount.toString()).toBe('33.3333333333');
  });

  it('negates and sums', () => {
    expect(s(negateMoney(money('5 USD')))).toBe('-5.00 USD');
    expect(s(negateMoney(money('0 USD')))).toBe('0.00 USD');
    expect(s(sumMoney([money('1 USD'), money('2.5 USD'), money('-0.25 USD')], 'USD'))).toBe('3.25 USD');
    expect(s(sumMoney([], 'EUR'))).toBe('0.00 EUR');
  });

  it('compares', () => {
    expect(compareMoney(money('1 USD'), money('1.00 USD'))).toBe(0);
    expect(compareMoney(money('-1 USD'), money('1 USD'))).toBe(-1);
    expect(compareMoney(money('2 USD'), money('1.99 USD'))).toBe(1);
    expect(moneyEquals(money('1.5 USD'), money('1.50 USD'))).toBe(true);
    expect(moneyEquals(money('1.5 USD'), money('1.5 EUR'))).toBe(false);
    expect(isZeroMoney(money('0.00 USD'))).toBe(true);
    expect(isNegativeMoney(money('-0.01 USD'))).toBe(true);
    expect(isNegativeMoney(money('-0 USD'))).toBe(false);
    expect(s(maxMoney(money('1 USD'), money('3 USD'), money('2 USD')))).toBe('3.00 USD');
    expect(s(minMoney(money('1 USD'), money('-3 USD')))).toBe('-3.00 USD');
    expect(s(maxMoney(money('4 USD')))).toBe('4.00 USD');
  });
});

describe('money never mixes currencies', () => {
  const usd = money('5 USD');
  const eur = money('3 EUR');
  const attempts: [string, () => unknown][] = [
    ['addMoney', () => addMoney(usd, eur)],
    ['subtractMoney', () => subtractMoney(usd, eur)],
    ['compareMoney', () => compareMoney(usd, eur)],
    ['maxMoney', () => maxMoney(usd, eur)],
    ['minMoney', () => minMoney(usd, eur)],
    ['sumMoney', () => sumMoney([usd, eur], 'USD')],
    ['sumMoney (currency named)', () => sumMoney([eur], 'USD')],
  ];
  for (const [name, attempt] of attempts) {
    it(`${name} refuses with money/currency-mismatch`, () => {
      try {
        attempt();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FairlodeError);
        expect((e as FairlodeError).code).toBe('money/currency-mismatch');
        expect((e as FairlodeError).hint).toMatch(/exchange rate/);
      }
    });
  }

  it('names both amounts in the message', () => {
    expect(() => addMoney(usd, eur)).toThrow('Cannot add 5.00 USD and 3.00 EUR: the currencies differ.');
  });
});
