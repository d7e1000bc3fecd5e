import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { Decimal } from '../../src/money/index.js';
import { convertQuantity, parseQuantity, quantity, quantityToString, UNITS, type Quantity } from '../../src/quantity/index.js';

const s = quantityToString;
const inUnit = (text: string, to: string) => s(convertQuantity(quantity(text), to));

describe('parseQuantity', () => {
  it('reads "<value> <unit>"', () => {
    const r = parseQuantity('120000 t');
    expect(r.ok && r.value.value.toString()).toBe('120000');
    expect(r.ok && r.value.unit.name).toBe('metric tonne');
    expect(s(quantity('1.5', 'Mt'))).toBe('1.5 Mt');
    expect(s(quantity('-2.50 kg'))).toBe('-2.5 kg');
  });

  const refused: [string, string, string][] = [
    ['120,000 t', 'quantity/invalid', 'remove the thousands separators: "120000 t"'],
    ['120000t', 'quantity/invalid', 'put a space between the number and the unit: "120000 t"'],
    ['120000', 'quantity/missing-unit', 'add the unit after the number, e.g. "120000 t"'],
    ['120000 tonne', 'quantity/unknown-unit', 'did you mean "t" (metric tonne)?'],
    ['t 120000', 'quantity/invalid', 'write a plain decimal, one space and a unit, e.g. "120000 t"'],
  ];
  for (const [text, code, hint] of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseQuantity(text)).toMatchObject({ ok: false, problem: { code, hint } });
    });
  }

  it('throws from quantity()', () => {
    expect(() => quantity('5 tonnes')).toThrow(FairlodeError);
  });
});

describe('conversion, hand-checked', () => {
  it('terminating conversions are exact', () => {
    expect(inUnit('1 lb', 'kg')).toBe('0.45359237 kg');
    expect(inUnit('1 ozt', 'g')).toBe('31.1034768 g');
    expect(inUnit('2.5 t', 'kg')).toBe('2500 kg');
    expect(inUnit('1.2 Mt', 'kt')).toBe('1200 kt');
    expect(inUnit('1 Mlb', 't')).toBe('453.59237 t');
    expect(inUnit('1 bbl', 'L')).toBe('158.987294928 L');
    expect(inUnit('1 GWh', 'GJ')).toBe('3600 GJ');
  });

  it('1 t = 2204.6226218487758… lb, to 50 significant digits', () => {
    // 1000 kg ÷ 0.45359237 kg/lb = 2204.62262184877580722973801345027033854207027336019783…
    // (the decimal never ends: 45359237 has factors other than 2 and 5); the 51st digit is 7,
    // so the 50th rounds up from 1 to 2.
    expect(inUnit('1 t', 'lb')).toBe('2204.6226218487758072297380134502703385420702733602 lb');
  });

  it('1 t = 32150.7465686279805… ozt, to 50 significant digits', () => {
    // 1000 kg ÷ 0.0311034768 kg/ozt = 32150.74656862798052210034602948310910373852481983621…
    expect(inUnit('1 t', 'ozt')).toBe('32150.746568627980522100346029483109103738524819836 ozt');
  });

  it('refuses to convert across dimensions', () => {
    expect(() => convertQuantity(quantity('1 t'), 'm3')).toThrow(expect.objectContaining({ code: 'quantity/incompatible-units' }));
    // Wet to dry tonnes needs the moisture content.
    expect(() => convertQuantity(quantity('1 t'), 'dmt')).toThrow(/moisture/);
  });
});

describe('conversion round trips exactly', () => {
  const units = [...UNITS.values()];
  // Any value fairlode accepts as input: up to 1e18 with up to 20 decimals.
  const value = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 20 }))
    .map(([n, scale]) => new Decimal(n.toString()).div(new Decimal(10).pow(scale)))
    .filter((d) => d.abs().lte('1e18'));
  const pair = fc.constantFrom(...units).chain((a) => fc.tuple(fc.constant(a), fc.constantFrom(...units.filter((b) => b.dimension === a.dimension))));

  it('A → B → A equals the original', () => {
    fc.assert(fc.property(value, pair, (v, [a, b]) => {
      const original: Quantity = quantity(v, a.symbol);
      const back = convertQuantity(convertQuantity(original, b), a);
      expect(back.value.toString()).toBe(original.value.toString());
    }), { numRuns: 2000 });
  });

  it('the hardest cases round-trip too', () => {
    for (const text of ['5 g', '7 g', '9.99999999999999999999 g', '999999999999999999 ozt', '0.00000000000000000001 lb', '3 kWh']) {
      for (const to of ['ozt', 'lb', 'GJ']) {
        const q = quantity(text);
        if (q.unit.dimension !== UNITS.get(to)!.dimension) continue;
        expect(s(convertQuantity(convertQuantity(q, to), q.unit))).toBe(s(q));
      }
    }
  });
});
