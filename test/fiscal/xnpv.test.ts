import { describe, expect, it } from 'vitest';
import { datedPresentValue, npv, readDatedFlows, xirr, xnpv } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';
import { MS_XIRR, MS_XNPV } from './sources.js';

// Microsoft's XNPV and XIRR pages share one example schedule.
const SCHEDULE = [
  { date: '2008-01-01', amount: -10000 },
  { date: '2008-03-01', amount: 2750 },
  { date: '2008-10-30', amount: 4250 },
  { date: '2009-02-15', amount: 3250 },
  { date: '2009-04-01', amount: 2750 },
];

describe(`xnpv — ${MS_XNPV}`, () => {
  it('=XNPV(.09, A2:A6, B2:B6) is 2086.6476 (2086.65)', () => {
    const value = xnpv('0.09', SCHEDULE);
    expect(value.toFixed(4)).toBe('2086.6476');
    expect(value.toFixed(2)).toBe('2086.65');
  });

  it('days count from the earliest date, actual/365; dates may be listed in any order', () => {
    expect(readDatedFlows(SCHEDULE).days).toEqual([0, 60, 303, 411, 456]);
    // (Summed in the order given, so the two agree to the 48th significant digit, not the 50th.)
    expect(xnpv('0.09', [...SCHEDULE].reverse()).minus(xnpv('0.09', SCHEDULE)).abs().lt('1e-40')).toBe(true);
  });

  it('flows a whole number of 365-day years apart agree with npv (to 1e-40)', () => {
    const flows = [{ date: '2027-01-01', amount: '-1000' }, { date: '2028-01-01', amount: '500' }, { date: '2029-01-01', amount: '700' }];
    // 2028 is a leap year: 2028-01-01 → 2029-01-01 is 366 days, so only the first gap is a whole year.
    expect(readDatedFlows(flows).days).toEqual([0, 365, 731]);
    const yearly = [{ date: '2027-01-01', amount: '-1000' }, { date: '2028-01-01', amount: '500' }, { date: '2028-12-31', amount: '700' }];
    expect(xnpv('0.1', yearly).minus(npv('0.1', ['-1000', '500', '700'])).abs().lt('1e-40')).toBe(true);
  });

  it('refuses bad dates and amounts', () => {
    expect(() => xnpv('0.1', [{ date: '2008-02-30', amount: 1 }])).toThrow(/Cash flow 1 has no valid date/);
    expect(() => xnpv('0.1', [{ date: '2008-02-01', amount: 'ten' }])).toThrow(/Cash flow 1 is not a number/);
  });

  it('datedPresentValue at 0% is the plain sum', () => {
    expect(datedPresentValue(new Decimal(0), readDatedFlows(SCHEDULE)).toString()).toBe('3000');
  });
});

describe(`xirr — ${MS_XIRR}`, () => {
  it('=XIRR(A3:A7, B3:B7, 0.1) is 0.373362535 (37.34%)', () => {
    const r = xirr(SCHEDULE, { guess: '0.1' });
    if (!r.ok) throw new Error(r.message);
    // Excel iterates "until the result is accurate within 0.000001 percent" and shows 0.373362535;
    // the exact root is 0.3733625335188…, within Excel's stated accuracy of its figure.
    expect(r.value.minus('0.373362535').abs().lte('1e-8')).toBe(true);
    expect(r.value.times(100).toFixed(2)).toBe('37.34');
    // XNPV at the XIRR is zero, as the page says.
    expect(xnpv(r.value, SCHEDULE).abs().lt('1e-12')).toBe(true);
  });

  it('no sign change, too few flows, all zero: a reason', () => {
    expect(xirr([{ date: '2027-01-01', amount: 1 }, { date: '2027-06-01', amount: 2 }])).toMatchObject({ ok: false, reason: 'no-sign-change' });
    expect(xirr([{ date: '2027-01-01', amount: 1 }])).toMatchObject({ ok: false, reason: 'too-few-flows' });
    expect(xirr([{ date: '2027-01-01', amount: 0 }, { date: '2027-06-01', amount: 0 }])).toMatchObject({ ok: false, reason: 'all-zero' });
  });

  it('flows on the same day are netted before the signs are counted', () => {
    // -100 and +100 on day 0 net to nothing; what is left is -50 then +60.
    const r = xirr([{ date: '2027-01-01', amount: -100 }, { date: '2027-01-01', amount: 50 }, { date: '2028-01-01', amount: 60 }]);
    expect(r.ok && r.value.toFixed(10)).toBe('0.2000000000');
  });
});
