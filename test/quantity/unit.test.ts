import { describe, expect, it } from 'vitest';
import { parseUnit, unit, UNITS } from '../../src/quantity/index.js';

describe('units', () => {
  it('have exact legal definitions', () => {
    // International yard and pound agreement (1959): 1 lb = 0.45359237 kg, 1 ozt = 31.1034768 g.
    expect(unit('lb').factor.toString()).toBe('0.45359237');
    expect(unit('ozt').factor.toString()).toBe('0.0311034768');
    expect(unit('Mlb').factor.toString()).toBe('453592.37');
    expect(unit('t').factor.toString()).toBe('1000');
    expect(unit('Mt').factor.toString()).toBe('1000000000');
    // 1 bbl = 42 US gal × 3.785411784 L = 158.987294928 L.
    expect(unit('bbl').factor.toString()).toBe('0.158987294928');
    // 1 MWh = 3.6 GJ exactly (1 W·h = 3600 J).
    expect(unit('MWh').factor.toString()).toBe('3.6');
  });

  it('each symbol maps to itself', () => {
    for (const [symbol, u] of UNITS) expect(u.symbol).toBe(symbol);
  });

  const hints: [string, string][] = [
    ['tonne', 'did you mean "t" (metric tonne)?'],
    ['tonnes', 'did you mean "t" (metric tonne)?'],
    ['tones', 'did you mean "t" (metric tonne)?'], // one edit from "tonne"
    ['MT', 'did you mean "t" (metric tonne) or "Mt" (million tonnes)? "mt" is read both ways'],
    ['oz', 'write "ozt" for the troy ounce (31.1034768 g), in which precious metals are weighed; "oz" is also the avoirdupois ounce (28.349523125 g), so fairlode refuses it'],
    ['KG', 'did you mean "kg" (kilogram)?'],
    ['kgs', 'did you mean "kg"?'],
    ['mwh', 'did you mean "MWh" (megawatt-hour)?'],
    ['m^3', 'did you mean "m3" (cubic metre)?'],
    ['furlong', 'use one of g, kg, t, kt, Mt, lb, Mlb, ozt, dmt, L, kL, ML, m3, bbl, kWh, MWh, GWh, GJ'],
    ['constructor', 'use one of g, kg, t, kt, Mt, lb, Mlb, ozt, dmt, L, kL, ML, m3, bbl, kWh, MWh, GWh, GJ'],
  ];
  for (const [text, hint] of hints) {
    it(`refuses "${text}" with a hint`, () => {
      expect(parseUnit(text)).toEqual({ ok: false, problem: { code: 'quantity/unknown-unit', message: `"${text}" is not a unit fairlode knows.`, hint } });
    });
  }
});
