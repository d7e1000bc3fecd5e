import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import {
  convertMoney, Decimal, exchangeRate, exchangeRateToString, invertExchangeRate, money, moneyToString, parseExchangeRate,
  ROUNDING_MODES, type RoundingMode,
} from '../../src/money/index.js';

const pkrPerUsd = exchangeRate('278.40 PKR/USD');

describe('exchange rates carry their direction', () => {
  it('"278.40 PKR/USD" is 278.40 rupees for one dollar', () => {
    expect(pkrPerUsd.quote).toBe('PKR');
    expect(pkrPerUsd.base).toBe('USD');
    expect(pkrPerUsd.rate.toString()).toBe('278.4');
    expect(exchangeRateToString(pkrPerUsd)).toBe('278.4 PKR/USD');
    expect(exchangeRate({ quote: 'PKR', base: 'USD', rate: '278.40' })).toEqual(pkrPerUsd);
  });

  const refused: [string, string, string | undefined][] = [
    ['PKR/USD 278.40', 'fx/invalid', 'write the rate first: "278.40 PKR/USD"'],
    ['278.40 PKR', 'fx/invalid', 'write the rate, a space and QUOTE/BASE, e.g. "278.40 PKR/USD" (278.40 PKR per 1 USD)'],
    ['278.40 USD/USD', 'fx/same-currency', 'an exchange rate names two different currencies'],
    ['0 PKR/USD', 'fx/non-positive-rate', 'an exchange rate must be greater than zero'],
    ['-278.40 PKR/USD', 'fx/non-positive-rate', 'an exchange rate must be greater than zero'],
    ['278.40 PKR/XAU', 'currency/no-minor-unit', undefined],
    ['278,40 PKR/USD', 'fx/invalid', undefined],
  ];
  for (const [text, code, hint] of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      const r = parseExchangeRate(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.code).toBe(code);
        if (hint !== undefined) expect(r.problem.hint).toBe(hint);
      }
    });
  }

  it('inverts', () => {
    const inverse = invertExchangeRate(exchangeRate('0.5 GBP/USD'));
    expect(exchangeRateToString(inverse)).toBe('2 USD/GBP');
  });
});

describe('convertMoney', () => {
  it('multiplies from the base currency and divides from the quote currency', () => {
    // 1000 USD × 278.40 = 278,400.00 PKR exactly.
    expect(moneyToString(convertMoney(money('1000 USD'), pkrPerUsd, { rounding: 'half-even' }))).toBe('278400.00 PKR');
    // 100,000 PKR ÷ 278.40 = 359.1954022988…: 359.20 to the nearest cent, 359.19 rounded down.
    expect(moneyToString(convertMoney(money('100000 PKR'), pkrPerUsd, { rounding: 'half-even' }))).toBe('359.20 USD');
    expect(moneyToString(convertMoney(money('100000 PKR'), pkrPerUsd, { rounding: 'down' }))).toBe('359.19 USD');
  });

  it("rounds once, to the target currency's minor unit", () => {
    // 10 USD × 150.25 JPY/USD = 1502.5 JPY: a tie at whole yen.
    const jpy = exchangeRate('150.25 JPY/USD');
    expect(moneyToString(convertMoney(money('10 USD'), jpy, { rounding: 'half-even' }))).toBe('1502 JPY');
    expect(moneyToString(convertMoney(money('10 USD'), jpy, { rounding: 'half-up' }))).toBe('1503 JPY');
    // 1000 USD × 0.3075 KWD/USD = 307.500 KWD (three decimals, the fils).
    expect(moneyToString(convertMoney(money('1000 USD'), exchangeRate('0.3075 KWD/USD'), { rounding: 'half-even' }))).toBe('307.500 KWD');
    // 1 KWD ÷ 0.3075 = 3.2520325…: 3.25 USD.
    expect(moneyToString(convertMoney(money('1 KWD'), exchangeRate('0.3075 KWD/USD'), { rounding: 'half-even' }))).toBe('3.25 USD');
  });

  it('refuses an amount in neither currency of the rate', () => {
    try {
      convertMoney(money('10 EUR'), pkrPerUsd, { rounding: 'half-even' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FairlodeError);
      expect((e as FairlodeError).code).toBe('fx/currency-not-in-rate');
      expect((e as FairlodeError).message).toBe('Cannot convert 10.00 EUR with the rate 278.4 PKR/USD: the rate is between PKR and USD. (use a rate that names EUR)');
    }
  });

  it('requires a named rounding mode', () => {
    expect(() => convertMoney(money('1 USD'), pkrPerUsd, {} as { rounding: RoundingMode })).toThrow(expect.objectContaining({ code: 'rounding/unknown-mode' }));
  });
});

describe('convertMoney round trips', () => {
  const cents = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map((c) => new Decimal(c.toString()).div(100));
  const rateAtLeastOne = fc.integer({ min: 10_000, max: 100_000_000 }).map((n) => new Decimal(n).div(10_000)); // 1.0000 … 10000.0000
  const nearest = ROUNDING_MODES.filter((m) => m.startsWith('half-'));
  const directed = ROUNDING_MODES.filter((m) => !m.startsWith('half-'));

  it('USD → PKR → USD gives back the same cents with any nearest mode when 1 USD ≥ 1 PKR', () => {
    // y = round(x·r) is within 0.005 of x·r, so y/r is within 0.005/r < 0.005 of x; rounding
    // y/r to the nearest cent therefore lands on x again.
    fc.assert(fc.property(cents, rateAtLeastOne, fc.constantFrom(...nearest), (x, r, mode) => {
      const rate = exchangeRate({ quote: 'PKR', base: 'USD', rate: r });
      const there = convertMoney(money(x, 'USD'), rate, { rounding: mode });
      const back = convertMoney(there, rate, { rounding: mode });
      expect(back.amount.eq(x)).toBe(true);
    }));
  });

  it('USD → PKR → USD stays within one cent with a directed mode', () => {
    // Each directed rounding moves by less than one cent: |back − x| < 0.01 + 0.01/r ≤ 0.02,
    // and both are whole cents, so they differ by at most one cent.
    fc.assert(fc.property(cents, rateAtLeastOne, fc.constantFrom(...directed), (x, r, mode) => {
      const rate = exchangeRate({ quote: 'PKR', base: 'USD', rate: r });
      const back = convertMoney(convertMoney(money(x, 'USD'), rate, { rounding: mode }), rate, { rounding: mode });
      expect(back.amount.minus(x).abs().lte('0.01')).toBe(true);
    }));
  });

  it('PKR → USD → PKR loses at most what the coarser step can hold', () => {
    // y = round(x/r) is within h of x/r (h = 0.005 nearest, 0.01 directed), so y·r is within h·r
    // of x, and one more rounding adds h: |back − x| ≤ h·(r + 1).
    fc.assert(fc.property(cents, rateAtLeastOne, fc.constantFrom(...ROUNDING_MODES), (x, r, mode) => {
      const rate = exchangeRate({ quote: 'PKR', base: 'USD', rate: r });
      const back = convertMoney(convertMoney(money(x, 'PKR'), rate, { rounding: mode }), rate, { rounding: mode });
      const h = new Decimal(mode.startsWith('half-') ? '0.005' : '0.01');
      expect(back.amount.minus(x).abs().lte(h.times(r.plus(1)))).toBe(true);
    }));
  });
});
