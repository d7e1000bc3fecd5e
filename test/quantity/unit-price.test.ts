import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, moneyToString } from '../../src/money/index.js';
import { convertUnitPrice, parseUnitPrice, priceQuantity, quantity, unitPrice, unitPriceToString, UNITS } from '../../src/quantity/index.js';

describe('parseUnitPrice', () => {
  it('reads "<amount> <CODE>/<unit>"', () => {
    const p = unitPrice('9200 USD/t');
    expect(p.amount.toString()).toBe('9200');
    expect(p.currency).toBe('USD');
    expect(p.per.symbol).toBe('t');
    expect(unitPriceToString(unitPrice('2300.50 USD/ozt'))).toBe('2300.5 USD/ozt');
  });

  const refused: [string, string, string][] = [
    ['USD 9200/t', 'unit-price/invalid', 'put the currency after the amount: "9200 USD/t"'],
    ['9200 USD per t', 'unit-price/invalid', 'write it as "9200 USD/t"'],
    ['9200 USD / t', 'unit-price/invalid', 'write it as "9200 USD/t"'],
    ['9200 USD/tonne', 'quantity/unknown-unit', 'did you mean "t" (metric tonne)?'],
    ['9200 usd/t', 'currency/unknown', 'write it in capitals: "USD"'],
    ['9200/t', 'unit-price/invalid', 'write the amount, a space, the currency, "/" and the unit, e.g. "9200 USD/t"'],
  ];
  for (const [text, code, hint] of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseUnitPrice(text)).toMatchObject({ ok: false, problem: { code, hint } });
    });
  }
});

describe('priceQuantity', () => {
  it('multiplies exactly in the same unit', () => {
    // 9200 USD/t × 120,000 t = 1,104,000,000 USD.
    expect(moneyToString(priceQuantity(unitPrice('9200 USD/t'), quantity('120000 t')))).toBe('1104000000.00 USD');
  });

  it('4.15 USD/lb × 1000 t, converting units exactly, unrounded', () => {
    // 1000 t = 1,000,000 kg = 1,000,000 ÷ 0.45359237 lb = 2,204,622.6218487758072… lb;
    // × 4.15 USD/lb = 4,150,000 ÷ 0.45359237 = 9,149,183.88067241960000341275581862190494959163444482…
    // USD (50 significant digits; one division, done last).
    const value = priceQuantity(unitPrice('4.15 USD/lb'), quantity('1000 t'));
    expect(moneyToString(value)).toBe('9149183.8806724196000034127558186219049495916344448 USD');
  });

  it('prices gold in troy ounces from grams', () => {
    // 1000 g = 1 kg = 1 ÷ 0.0311034768 ozt = 32.1507465686279805221003… ozt;
    // × 2300 USD/ozt = 2300 ÷ 0.0311034768 = 73946.71710784435520083079586781115093859860708562330…
    expect(moneyToString(priceQuantity(unitPrice('2300 USD/ozt'), quantity('1000 g')))).toBe('73946.717107844355200830795867811150938598607085623 USD');
  });

  it('refuses a mass price for a volume', () => {
    expect(() => priceQuantity(unitPrice('9200 USD/t'), quantity('5 m3'))).toThrow(expect.objectContaining({ code: 'quantity/incompatible-units' }));
    expect(() => priceQuantity(unitPrice('110 USD/dmt'), quantity('5 t'))).toThrow(/moisture/);
  });
});

describe('convertUnitPrice', () => {
  it('converts the price per unit inversely to the quantity', () => {
    // 9200 USD/t ÷ 1000 kg/t = 9.2 USD/kg.
    expect(unitPriceToString(convertUnitPrice(unitPrice('9200 USD/t'), 'kg'))).toBe('9.2 USD/kg');
    // 4.15 USD/lb × (1000 ÷ 0.45359237) lb/t = 9149.1838806724196… USD/t.
    expect(unitPriceToString(convertUnitPrice(unitPrice('4.15 USD/lb'), 't'))).toBe('9149.1838806724196000034127558186219049495916344448 USD/t');
    expect(() => convertUnitPrice(unitPrice('9200 USD/t'), 'L')).toThrow(expect.objectContaining({ code: 'quantity/incompatible-units' }));
  });

  it('round-trips exactly', () => {
    const units = [...UNITS.values()];
    const price = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 })).map(([n, sc]) => new Decimal(n.toString()).div(new Decimal(10).pow(sc)));
    const pair = fc.constantFrom(...units).chain((a) => fc.tuple(fc.constant(a), fc.constantFrom(...units.filter((b) => b.dimension === a.dimension))));
    fc.assert(fc.property(price, pair, (amount, [a, b]) => {
      const p = unitPrice(`${amount.toFixed()} USD/${a.symbol}`);
      expect(convertUnitPrice(convertUnitPrice(p, b), a).amount.toString()).toBe(p.amount.toString());
    }), { numRuns: 1000 });
  });

  it('prices the same however the price is quoted', () => {
    // 4.15 USD/lb and its equivalent per tonne give the same value for 1000 t, to 49 digits.
    const direct = priceQuantity(unitPrice('4.15 USD/lb'), quantity('1000 t'));
    const viaTonnes = priceQuantity(convertUnitPrice(unitPrice('4.15 USD/lb'), 't'), quantity('1000 t'));
    expect(direct.amount.minus(viaTonnes.amount).abs().lt('1e-40')).toBe(true);
  });
});
