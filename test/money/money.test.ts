import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { Decimal, money, moneyToString, parseMoney, zeroMoney } from '../../src/money/index.js';

describe('parseMoney', () => {
  it('reads "<amount> <CODE>" exactly', () => {
    const r = parseMoney('2500000 USD');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.amount.toString()).toBe('2500000');
      expect(r.value.currency).toBe('USD');
    }
    expect(moneyToString(money('-12.5 USD'))).toBe('-12.50 USD');
    expect(moneyToString(money('0.1 EUR'))).toBe('0.10 EUR');
  });

  const refused: [string, string, string][] = [
    ['USD 25', 'money/currency-first', 'put the currency after the amount: "25 USD"'],
    ['2,500,000 USD', 'money/invalid', 'remove the thousands separators: "2500000 USD"'],
    ['2500000', 'money/missing-currency', 'add the ISO 4217 code after the amount, e.g. "2500000 USD"'],
    ['25 usd', 'currency/unknown', 'write it in capitals: "USD"'],
    ['25 XYZ', 'currency/unknown', 'write a three-letter ISO 4217 code such as "USD"'],
    ['25 ZMK', 'currency/unknown', 'write "ZMW"'],
    ['$25', 'money/invalid', 'write the ISO 4217 code after the amount instead of a symbol, e.g. "25 USD"'],
    [' 25 USD', 'money/invalid', 'write it as "25 USD"'],
    ['25  USD', 'money/invalid', 'write it as "25 USD"'],
    ['1e6 USD', 'money/invalid', 'write a plain decimal, one space and an ISO 4217 code, e.g. "2500000 USD" or "-12.5 EUR"'],
    ['', 'money/invalid', 'write an amount and a currency, e.g. "2500000 USD"'],
    ['10 XAU', 'currency/no-minor-unit', 'state the metal as a quantity (e.g. "1200 ozt") and price it in a currency (e.g. "2300 USD/ozt")'],
  ];
  for (const [text, code, hint] of refused) {
    it(`refuses ${JSON.stringify(text)} with a hint`, () => {
      const r = parseMoney(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatchObject({ code, hint });
    });
  }

  it('refuses amounts beyond 1e18 (a unit or digit mistake)', () => {
    expect(parseMoney('10000000000000000000 USD')).toMatchObject({ ok: false, problem: { code: 'money/invalid' } });
  });

  it('refuses a bare number passed by a JavaScript caller', () => {
    expect(parseMoney(25 as unknown as string)).toMatchObject({ ok: false, problem: { code: 'money/not-a-string', hint: 'write the amount with its currency, e.g. "25 USD"' } });
  });
});

describe('money()', () => {
  it('takes text, or an amount and a code', () => {
    expect(moneyToString(money('12.5', 'EUR'))).toBe('12.50 EUR');
    expect(moneyToString(money(100, 'JPY'))).toBe('100 JPY');
    expect(moneyToString(money(0.1, 'USD'))).toBe('0.10 USD'); // 0.1 read as its shortest string, not 0.1000000000000000055…
  });

  it('keeps a computed Decimal exactly', () => {
    const third = new Decimal(100).div(3); // 33.333… to 50 significant digits
    expect(money(third, 'USD').amount.eq(third)).toBe(true);
  });

  it('throws FairlodeError on bad input', () => {
    expect(() => money('USD 25')).toThrow(FairlodeError);
    expect(() => money('25', 'XYZ')).toThrow(/not an ISO 4217 currency code/);
    expect(() => money(Number.NaN, 'USD')).toThrow(FairlodeError);
  });

  it('is immutable', () => {
    const m = money('1 USD');
    expect(Object.isFrozen(m)).toBe(true);
  });
});

describe('moneyToString', () => {
  it('writes at least the minor unit, more digits when unrounded', () => {
    expect(moneyToString(money('2500000 USD'))).toBe('2500000.00 USD');
    expect(moneyToString(money('1234 JPY'))).toBe('1234 JPY');
    expect(moneyToString(money('1.5 KWD'))).toBe('1.500 KWD');
    expect(moneyToString(money('1.5 CLF'))).toBe('1.5000 CLF');
    expect(moneyToString(money('0.125 USD'))).toBe('0.125 USD');
    expect(moneyToString(money('2.5 JPY'))).toBe('2.5 JPY');
  });

  it('never writes negative zero', () => {
    expect(moneyToString(money('-0 USD'))).toBe('0.00 USD');
    expect(moneyToString(zeroMoney('KWD'))).toBe('0.000 KWD');
  });

  it('round-trips through parseMoney', () => {
    for (const text of ['2500000.00 USD', '-12.50 EUR', '0.125 USD', '7 JPY', '1.005 KWD']) {
      const r = parseMoney(text);
      expect(r.ok && moneyToString(r.value)).toBe(text);
    }
  });
});
