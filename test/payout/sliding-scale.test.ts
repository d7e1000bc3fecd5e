// Sliding royalties against published schedules, and the properties every incremental scale has.
//
// Sources (read 2026; figures quoted in the tests):
// - Zambia before 2023: Mines and Minerals Development Act No. 11 of 2015, s.89(2), in force from
//   1 January 2019 until the Mines and Minerals (Amendment) Act No. 29 of 2022. Quoted in the
//   Africa Legal Network alert on Act No. 29 of 2022 (aln.africa/?p=4194) and its Mondaq copy
//   (mondaq.co.uk/mining/1285982): "5.5% of the norm value when the norm price of copper is less
//   than USD 4,500 per tonne; 6.5% ... USD 4,500 or higher per tonne but less than USD 6,000;
//   7.5% ... USD 6,000 or higher but less than USD 7,500; 8.5% ... [7,500 to 9,000]; [10% from
//   9,000]". The higher rate applies to 100% of the value (miningforzambia.com, "Zambia's copper
//   conundrum"): whole-value bands, a price on an edge belongs to the band above (next-band).
// - Zambia from 1 January 2023: Act No. 29 of 2022, "value-based incremental mineral royalty" for
//   copper: 4% below USD 4,000/t, 6.5% from 4,000 to 5,000, 8.5% from 5,000 to 7,000, 10% from
//   7,000 (rbglp.com, "Zambia's game-changing copper royalty reform"; the ALN alert above).
// - Ghana from 2026: Minerals and Mining (Royalties) Regulations, 2025, laid before Parliament on
//   19 December 2025, in force after 21 sitting days (thevaultznews.com, 10 March 2026). Gold, per
//   ounce, as the Minister read them (ghanaweb.com article 2014617; naturalresourcesnews.com/?p=4426):
//   5% up to US$1,900; 6% above 1,900 to 2,000; 7% 2,000 to 2,500; 8% above 2,500 to 3,000; 9%
//   above 3,000 to 3,500; 10% 3,500 to 4,000; 11% 4,000 to 4,500; 12% above 4,500. "Up to" and
//   "above" put an edge price in the band it closes (this-band), on the whole value. Reuters
//   (zawya.com, 9 March 2026) says 12% applies "when gold hits $4,500"; the Minister's wording,
//   used here, gives 11% at exactly 4,500.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriod, Decimal, initialPayoutState, quantity, slidingScaleRoyalty, unitPrice, type Contract, type SlidingScale } from 'fairlode';
import { actualsOf, amountAt, contractOf, lineOf } from './payout-fixtures.js';

const band = (upTo: string | undefined, rate: string) => (upTo === undefined ? { rate } : { upTo, rate });

const ZAMBIA_2019 = {
  mode: 'whole-value',
  edge: 'next-band',
  bands: [band('4500 USD/t', '5.5%'), band('6000 USD/t', '6.5%'), band('7500 USD/t', '7.5%'), band('9000 USD/t', '8.5%'), band(undefined, '10%')],
} as const;

const ZAMBIA_2023 = {
  mode: 'incremental',
  edge: 'next-band',
  bands: [band('4000 USD/t', '4%'), band('5000 USD/t', '6.5%'), band('7000 USD/t', '8.5%'), band(undefined, '10%')],
} as const;

const GHANA_2025 = {
  mode: 'whole-value',
  edge: 'this-band',
  bands: [
    band('1900 USD/ozt', '5%'), band('2000 USD/ozt', '6%'), band('2500 USD/ozt', '7%'), band('3000 USD/ozt', '8%'),
    band('3500 USD/ozt', '9%'), band('4000 USD/ozt', '10%'), band('4500 USD/ozt', '11%'), band(undefined, '12%'),
  ],
} as const;

function royaltyContract(sliding: object, unit = 't'): Contract {
  return contractOf({
    commodities: [{ id: 'metal', unit }],
    revenue: { royalties: [{ id: 'royalty', ref: 's.89', commodity: 'metal', payee: 'state', sliding: sliding as never }] },
  });
}

/** The exact royalty on one unit at a price, read from the contract's scale. */
function perUnit(contract: Contract, price: string): string {
  const scale = contract.revenue.royalties[0]!.sliding as SlidingScale;
  const unit = price.split('/')[1]!;
  return slidingScaleRoyalty(scale, unitPrice(price), quantity(`1 ${unit}`)).amount.amount.toFixed();
}

/** The royalty line of one period selling `qty` at `price`, as the statement shows it. */
function royaltyLine(contract: Contract, qty: string, price: string) {
  const actuals = actualsOf(contract, { period: '2027-Q1', sales: [{ commodity: 'metal', quantity: qty, price }] });
  return lineOf(computePeriod(contract, actuals, initialPayoutState(contract)).statement, 'royalty');
}

describe('Zambia, copper, 2019–2022: whole-value bands 5.5% to 10%', () => {
  const c = royaltyContract(ZAMBIA_2019);
  it.each([
    // price per tonne → royalty per tonne: the band's rate × the whole price
    ['4499.99 USD/t', '247.49945'], // 5.5% × 4,499.99
    ['4500 USD/t', '292.5'], //        6.5% × 4,500: an edge price is in the band above
    ['5999.99 USD/t', '389.99935'], // 6.5% × 5,999.99
    ['6000 USD/t', '450'], //          7.5% × 6,000
    ['7500 USD/t', '637.5'], //        8.5% × 7,500
    ['8999.99 USD/t', '764.99915'], // 8.5% × 8,999.99
    ['9000 USD/t', '900'], //          10% × 9,000
    ['10406.5 USD/t', '1040.65'], //   10% × 10,406.50 (LME, May 2021)
  ])('%s pays %s per tonne', (price, expected) => {
    expect(perUnit(c, price)).toBe(expected);
  });

  it('jumps by 135.00085 per tonne when the price crosses 9,000 by one cent', () => {
    // 10% × 9,000 − 8.5% × 8,999.99 = 900 − 764.99915 = 135.00085
    expect(Number(perUnit(c, '9000 USD/t')) - Number(perUnit(c, '8999.99 USD/t'))).toBeCloseTo(135.00085, 6);
  });

  it('in a statement: 12,500 t at 8,999.99 and at 9,000 USD/t, rounded half-even once', () => {
    // 12,500 × 764.99915 = 9,562,489.375 → 9,562,489.38 (half-even: the 7 goes up since .375 > .37)
    const below = royaltyLine(c, '12500 t', '8999.99 USD/t');
    expect(below.amount.amount.toFixed(2)).toBe('9562489.38');
    expect(below.rate?.toString()).toBe('0.085');
    expect(below.band).toContain('8.5% of the whole value (7500 to 9000 USD/t');
    // 12,500 × 900 = 11,250,000.00
    const at = royaltyLine(c, '12500 t', '9000 USD/t');
    expect(at.amount.amount.toFixed(2)).toBe('11250000.00');
    expect(at.band).toContain('10% of the whole value (from 9000 USD/t');
  });
});

describe('Zambia, copper, from 2023: incremental bands 4%, 6.5%, 8.5%, 10%', () => {
  const c = royaltyContract(ZAMBIA_2023);
  it.each([
    ['3000 USD/t', '120'], //  4% × 3,000
    ['4000 USD/t', '160'], //  4% × 4,000
    ['5000 USD/t', '225'], //  160 + 6.5% × 1,000
    ['7000 USD/t', '395'], //  225 + 8.5% × 2,000
    ['8999.99 USD/t', '594.999'], // 395 + 10% × 1,999.99
    ['9000 USD/t', '595'], //  395 + 10% × 2,000
    ['10000 USD/t', '695'], // 395 + 10% × 3,000
  ])('%s pays %s per tonne', (price, expected) => {
    expect(perUnit(c, price)).toBe(expected);
  });

  it('has no jump at the old 9,000 USD/t edge: one cent of price moves the royalty by 0.001', () => {
    // 10% × 0.01 = 0.001, against 135.00085 under the 2019 whole-value bands.
    expect(perUnit(c, '9000 USD/t')).toBe('595');
    expect(perUnit(c, '8999.99 USD/t')).toBe('594.999');
  });

  it('reads a price per pound on bands per tonne, converting exactly', () => {
    // 4.0823 USD/lb = 4.0823 / 0.45359237 USD/kg × 1000 = 9,000.02... USD/t: 595 + 10% × the excess
    const r = slidingScaleRoyalty(c.revenue.royalties[0]!.sliding!, unitPrice('4.0823313 USD/lb'), quantity('2204.62262 lb'));
    expect(r.price.per.symbol).toBe('t');
    expect(r.bands.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(Number(r.amount.amount.toFixed(2))).toBeCloseTo(595, 0);
  });

  it('explains each slice in the trace', () => {
    const l = royaltyLine(c, '100 t', '9000 USD/t');
    expect(l.amount.amount.toFixed(2)).toBe('59500.00');
    expect(l.band).toBe('incremental: 4% on 4000 + 6.5% on 1000 + 8.5% on 2000 + 10% on 2000 USD/t');
    expect(l.trace.inputs?.[0]?.formula).toBe('quantity × (4% × 4000 + 6.5% × 1000 + 8.5% × 2000 + 10% × 2000)');
  });
});

describe('Ghana, gold, from 2026: whole-value bands 5% to 12%, an edge price in the band it closes', () => {
  const c = royaltyContract(GHANA_2025, 'ozt');
  it.each([
    ['1900 USD/ozt', '95'], //        5% × 1,900: "up to US$1,900"
    ['1900.01 USD/ozt', '114.0006'], // 6% × 1,900.01: "above 1,900"
    ['2000 USD/ozt', '120'], //       6% × 2,000
    ['2500 USD/ozt', '175'], //       7% × 2,500
    ['3000 USD/ozt', '240'], //       8% × 3,000
    ['3500 USD/ozt', '315'], //       9% × 3,500
    ['4000 USD/ozt', '400'], //       10% × 4,000
    ['4500 USD/ozt', '495'], //       11% × 4,500 (the Minister's "above 4,500" for 12%)
    ['4500.01 USD/ozt', '540.0012'], // 12% × 4,500.01
    ['5000 USD/ozt', '600'], //       12% × 5,000
  ])('%s pays %s per ounce', (price, expected) => {
    expect(perUnit(c, price)).toBe(expected);
  });

  it('with the other edge convention, 1,900 would already pay 6%', () => {
    const next = royaltyContract({ ...GHANA_2025, edge: 'next-band' }, 'ozt');
    expect(perUnit(next, '1900 USD/ozt')).toBe('114'); // 6% × 1,900
  });

  it('in a statement: 52,000 ozt at 5,000 USD/ozt pay 12% of 260,000,000', () => {
    const l = royaltyLine(c, '52000 ozt', '5000 USD/ozt');
    expect(l.amount.amount.toFixed(2)).toBe('31200000.00');
    expect(l.rate?.toString()).toBe('0.12');
  });
});

describe('every incremental scale', () => {
  // Random scales: up to five rising edges and rates from 0% to 30% in steps of 0.25%.
  const scale = fc
    .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 20000 }), { minLength: 0, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 6, maxLength: 6 }))
    .map(([edges, rates]) => {
      const sorted = [...edges].sort((a, b) => a - b);
      return {
        mode: 'incremental' as const,
        edge: 'next-band' as const,
        bands: [...sorted.map((e, i) => ({ upTo: unitPrice(`${e} USD/t`), rate: rateOf(rates[i]!) })), { upTo: undefined, rate: rateOf(rates[sorted.length]!) }],
        maxRate: Math.max(...rates.slice(0, sorted.length + 1)) / 400,
      };
    });
  const cents = fc.integer({ min: 0, max: 3_000_000 });

  it('is continuous: one cent more of price changes the royalty per tonne by at most the top rate × 0.01', () => {
    fc.assert(fc.property(scale, cents, (s, p) => {
      const at = (c: number) => slidingScaleRoyalty(s as unknown as SlidingScale, unitPrice(`${(c / 100).toFixed(2)} USD/t`), quantity('1 t')).amount.amount;
      const step = at(p + 1).minus(at(p));
      return step.gte(0) && step.lte(s.maxRate * 0.01 + 1e-12);
    }));
  });

  it('never falls as the price rises', () => {
    fc.assert(fc.property(scale, cents, cents, (s, a, b) => {
      const at = (c: number) => slidingScaleRoyalty(s as unknown as SlidingScale, unitPrice(`${(c / 100).toFixed(2)} USD/t`), quantity('1 t')).amount.amount;
      return a <= b ? at(a).lte(at(b)) : at(b).lte(at(a));
    }));
  });
});

function rateOf(quarterPercents: number): Decimal {
  // quarterPercents × 0.25% as an exact decimal fraction
  return new Decimal(quarterPercents).div(400);
}

// The statement uses the same scale: a royalty line's amount is the exact amount rounded once.
it('a sliding royalty in a statement is the exact royalty rounded once', () => {
  const c = royaltyContract(ZAMBIA_2023);
  const actuals = actualsOf(c, { period: '2027-Q1', sales: [{ commodity: 'metal', quantity: '12345.678 t', price: '9876.54 USD/t' }] });
  const { statement } = computePeriod(c, actuals, initialPayoutState(c));
  // 12,345.678 × (395 + 10% × 2,876.54) = 12,345.678 × 682.654 = 8,427,826.469412 → 8,427,826.47
  expect(amountAt(statement, 'royalty')).toBe('8427826.47');
  expect(lineOf(statement, 'royalty').trace.inputs?.find((t) => t.label === 'before rounding')?.value).toBe('8427826.469412 USD');
});
