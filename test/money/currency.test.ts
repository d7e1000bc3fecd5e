import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { currency, currencyCodes, currencyInfo, ISO_4217_PUBLISHED, isCurrencyCode, minorUnitOf, parseCurrency } from '../../src/money/index.js';

describe('minor units follow ISO 4217, not CLDR', () => {
  // Expected values from ISO 4217 list one (the "CcyMnrUnts" column). The runtime's Intl data
  // (CLDR) says 0 for PKR, IDR, IQD, COP, HUF, IRR, LAK, MGA, SYP, ALL and AFN on Node 20: those
  // are display conventions, not the currency's minor unit, which is why the table comes from ISO.
  const iso: [string, number][] = [
    ['USD', 2], ['EUR', 2], ['GBP', 2], ['JPY', 0], ['KWD', 3], ['BHD', 3], ['OMR', 3], ['JOD', 3], ['TND', 3], ['LYD', 3],
    ['PKR', 2], ['CLF', 4], ['UYW', 4], ['ZMW', 2], ['GHS', 2], ['KES', 2], ['GNF', 0], ['IDR', 2], ['IQD', 3],
    ['COP', 2], ['HUF', 2], ['IRR', 2], ['LAK', 2], ['MGA', 2], ['SYP', 2], ['ALL', 2], ['AFN', 2],
    ['CLP', 0], ['ISK', 0], ['KRW', 0], ['VND', 0], ['UGX', 0], ['XAF', 0], ['XOF', 0], ['PYG', 0], ['RWF', 0],
    ['MRU', 2], ['SLE', 2], ['ZWG', 2], ['CDF', 2], ['MNT', 2], ['PGK', 2], ['AUD', 2], ['CAD', 2], ['ZAR', 2],
  ];
  for (const [code, digits] of iso) {
    it(`${code} has ${digits} decimal(s)`, () => {
      expect(minorUnitOf(code)).toBe(digits);
      expect(currencyInfo(code).minorUnit).toBe(digits);
    });
  }

  it('matches every entry of the ISO XML the data package ships', () => {
    // The package's data.js is generated from this file; re-reading it guards the N.A. handling
    // (the package turns "N.A." into 0, which fairlode must not use as a minor unit).
    const require = createRequire(import.meta.url);
    const xml = readFileSync(require.resolve('currency-codes/iso-4217-list-one.xml'), 'utf8');
    const entries = [...xml.matchAll(/<Ccy>([A-Z]{3})<\/Ccy>[\s\S]*?<CcyMnrUnts>([^<]+)<\/CcyMnrUnts>/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(entries.length).toBeGreaterThan(250); // one entry per country using a currency
    const notApplicable = new Set<string>();
    for (const [code, units] of entries) {
      if (units === 'N.A.') {
        notApplicable.add(code);
        expect(isCurrencyCode(code)).toBe(false);
        const r = parseCurrency(code);
        expect(r.ok ? 'ok' : r.problem.code).toBe('currency/no-minor-unit');
      } else {
        expect(minorUnitOf(code)).toBe(Number(units));
      }
    }
    expect([...notApplicable].sort()).toEqual(['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);
    expect(new Set(currencyCodes())).toEqual(new Set(entries.map(([c]) => c).filter((c) => !notApplicable.has(c))));
  });

  it('records which edition of the list it follows', () => {
    expect(ISO_4217_PUBLISHED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('parseCurrency', () => {
  it('accepts current codes and gives names', () => {
    expect(parseCurrency('PKR')).toEqual({ ok: true, value: 'PKR' });
    expect(currencyInfo('KWD')).toEqual({ code: 'KWD', name: 'Kuwaiti Dinar', numericCode: '414', minorUnit: 3 });
    expect(currency('ZMW')).toBe('ZMW');
  });

  const cases: [string, string, string][] = [
    ['usd', 'currency/unknown', 'write it in capitals: "USD"'],
    ['USX', 'currency/unknown', 'did you mean "USD"?'], // USD and UGX are both one edit away: the common code wins
    ['EUO', 'currency/unknown', 'did you mean "EUR"?'],
    ['ZMK', 'currency/unknown', 'write "ZMW"'], // Zambia rebased the kwacha in 2013
    ['GHC', 'currency/unknown', 'write "GHS"'], // Ghana redenominated the cedi in 2007
    ['SLL', 'currency/unknown', 'write "SLE"'],
    ['RMB', 'currency/unknown', 'write "CNY"'],
    ['US$', 'currency/unknown', 'write "USD"'],
    ['dollars', 'currency/invalid', 'write a three-letter ISO 4217 code such as "USD"'],
    ['QQQ', 'currency/unknown', 'write a three-letter ISO 4217 code such as "USD"'],
    ['', 'currency/invalid', 'write a three-letter ISO 4217 code such as "USD"'],
  ];
  for (const [text, code, hint] of cases) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      const r = parseCurrency(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatchObject({ code, hint });
    });
  }

  it('refuses gold as money and says how to state it', () => {
    const r = parseCurrency('XAU');
    expect(r).toMatchObject({ ok: false, problem: { code: 'currency/no-minor-unit', hint: expect.stringContaining('USD/ozt') } });
  });

  it('does not read object prototype names as hints', () => {
    expect(parseCurrency('constructor')).toMatchObject({ ok: false, problem: { code: 'currency/invalid' } });
  });

  it('throws FairlodeError from the convenience forms', () => {
    expect(() => currency('XYZ')).toThrow(FairlodeError);
    expect(() => minorUnitOf('XAU')).toThrow(/no minor unit/);
  });
});
