// Regressions from issues #12 and #13: obligations stop at the end of the term, far as-of dates
// never crash the tracker, a share above 100% is a data error, and a library caller passing the
// wrong thing gets a FairlodeError naming the argument. Hand calculations beside each value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FairlodeError, isoDate, trackObligations, type Actuals } from 'fairlode';
import { chagai, exampleQuarter, period, workforce } from './track-fixtures.js';

const contract = chagai();
const q = period(contract, '2028-Q1', workforce(2480, 2000, 1300));

/** The start date in an id such as `payment-reporting/2050-07-01`, if it has one. */
function spanStart(id: string): string | undefined {
  return /\/(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1];
}

describe('the end of the term', () => {
  // The Chagai term: 25 years from 2026-01-01, so its last day is 2050-12-31.
  it('is the last day an obligation can arise, however late the as-of date', () => {
    expect(contract.contract.termEnd).toBe('2050-12-31');
    const late = trackObligations(contract, [q], { asOf: isoDate('2060-01-01') });
    // Before: resource statements every 12 months were invented to 2059, and geodata with no
    // acquisition was "due" on 2060-01-01.
    const starts = late.obligations.map((o) => spanStart(o.id)).filter((s) => s !== undefined);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((s) => s <= '2050-12-31')).toBe(true);
    expect(late.obligations.find((o) => o.id === 'geodata-maps')?.due).toBe('2050-12-31');
    // Two as-of dates well after the term give the same obligations.
    const later = trackObligations(contract, [q], { asOf: isoDate('2075-06-30') });
    expect(later.obligations.map((o) => o.id)).toEqual(late.obligations.map((o) => o.id));
  });
});

describe('far as-of dates', () => {
  it('tracks to 9999-12-31 without an error (it was "The resulting date is outside the years 0001 to 9999")', () => {
    const report = trackObligations(contract, [q], { asOf: '9999-12-31' });
    expect(report.asOf).toBe('9999-12-31');
    expect(report.obligations.map((o) => o.id)).toEqual(trackObligations(contract, [q], { asOf: '2060-01-01' }).obligations.map((o) => o.id));
  });

  it('clips a deadline computed past 9999-12-31 to that day, for a term that runs to the end of the calendar', () => {
    // A contract whose term ends on 9999-12-31 (built directly: the loader caps a term at 99 years).
    // The payments report on the fiscal year from 9999-07-01 would be due in 10000; maps acquired
    // on 9999-12-01 are due 90 days later, in 10000: both clip to 9999-12-31, so not yet due on it.
    const endless = { ...contract.contract, termEnd: isoDate('9999-12-31') };
    const last = period(contract, '2028-Q1', workforce(2480, 2000, 1300)).actuals;
    const q4: Actuals = { ...last, period: { ...last.period, label: '9999-Q4', start: isoDate('9999-10-01'), end: isoDate('9999-12-31') }, events: [{ clause: 'geodata-maps', kind: 'acquired', date: isoDate('9999-12-01') }] };
    const report = trackObligations(endless, [q4], { asOf: '9999-12-31' });
    expect(report.obligations.every((o) => o.due <= '9999-12-31')).toBe(true);
    const maps = report.obligations.find((o) => o.id === 'geodata-maps/9999-12-01')!;
    expect([maps.due, maps.status]).toEqual(['9999-12-31', 'not-yet-due']);
  });
});

describe('a share above 100%', () => {
  // 9999 provincial workers of 100 is 9999%: a data error (no-data, part-exceeds-whole), never
  // "met, 9999%". local-hiring §16.2 asks 50% from 2027-12-31.
  const good = period(contract, '2027-Q4', workforce(100, 90, 60));
  const impossible: Actuals = { ...good.actuals, workforce: { ...good.actuals.workforce!, total: 100, province: 9999 } };

  it('is no-data with the reason, keeping the impossible share for the reader', () => {
    const o = trackObligations(contract, [impossible], { asOf: '2027-12-31' }).obligations.find((x) => x.id === 'local-hiring@2027-12-31')!;
    expect([o.status, o.reason]).toEqual(['no-data', 'part-exceeds-whole']);
    expect(o.actual?.value.toString()).toBe('99.99'); // 9999 / 100
    expect(o.checks.map((c) => c.status)).toEqual(['no-data']);
  });

  it('is no-data before the deadline too, not a target on track', () => {
    const before = { ...impossible, period: { ...impossible.period } };
    const o = trackObligations(contract, [before], { asOf: '2027-12-31' }).obligations.find((x) => x.id === 'local-hiring@2031-12-31')!;
    expect([o.status, o.reason]).toEqual(['no-data', 'part-exceeds-whole']);
  });
});

describe('the arguments of trackObligations', () => {
  const call = (...args: unknown[]) => () => (trackObligations as (...a: unknown[]) => unknown)(...args);

  it('accepts an ISO date string for asOf, as a plain Contract or a LoadedContract', () => {
    expect(trackObligations(contract.contract, [q.actuals], { asOf: '2028-03-31' }).asOf).toBe('2028-03-31');
  });

  it('answers a wrong argument with a FairlodeError naming it, never a TypeError', () => {
    const cases: [unknown[], string][] = [
      [[undefined, [], { asOf: '2028-03-31' }], 'contract'],
      [[null, [], { asOf: '2028-03-31' }], 'contract'],
      [[{}, [], { asOf: '2028-03-31' }], 'contract'],
      [[contract, undefined, { asOf: '2028-03-31' }], 'actuals'],
      [[contract, [null], { asOf: '2028-03-31' }], 'actuals[0]'],
      [[contract, []], 'options'],
      [[contract, [], {}], 'options.asOf'],
      [[contract, [], { asOf: '2028-02-30' }], 'options.asOf'],
      [[contract, [], { asOf: 'yesterday' }], 'options.asOf'],
      [[contract, [], { asOf: 20280331 }], 'options.asOf'],
      [[contract, [], { asOf: '2028-03-31', horizonDays: -1 }], 'options.horizonDays'],
    ];
    for (const [args, name] of cases) {
      expect(call(...args)).toThrow(FairlodeError);
      expect(call(...args)).toThrow(`trackObligations: ${name} `);
    }
  });
});

describe('any as-of date', () => {
  // Property: for every date fairlode handles (0001-01-01 to 9999-12-31) the tracker answers,
  // never throws, and invents no reporting span after the term (2050-12-31).
  const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((l) => exampleQuarter(contract, l));
  it('is tracked without an error, and nothing starts after the term', () => {
    const day = fc.integer({ min: Date.UTC(1, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (asOf) => {
        const report = trackObligations(contract, quarters, { asOf });
        expect(report.asOf).toBe(asOf);
        for (const o of report.obligations) {
          expect(o.due <= '9999-12-31').toBe(true);
          const start = spanStart(o.id);
          if (start !== undefined) expect(start <= '2050-12-31').toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
