// A period across an edge of the term under term.partialPeriods (issue #14, "Starting part-way and at
// the edges"): refused, or computed on its days inside the term, every flow scaled exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayouts, isoDate, money, quantity, type Actuals } from 'fairlode';
import { splitActuals } from '../../src/payout/period-proration.js';
import { actualsOf, amountAt, contractOf } from './payout-fixtures.js';

// Effective 2026-03-02: of 2026-Q1's 90 days (31 + 28 + 31), the 30 from 2 to 31 March are inside.
const royalty = { id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' };
const contract = (partialPeriods?: 'refuse' | 'pro-rata') => contractOf({ effective: '2026-03-02', term: { years: 10, ...(partialPeriods === undefined ? {} : { partialPeriods }) }, revenue: { royalties: [royalty] } });
const q1 = {
  period: '2026-Q1',
  sales: [
    { commodity: 'copper', quantity: '1000 t', price: '10000 USD/t' },
    { commodity: 'copper', quantity: '50 t', price: '10000 USD/t', date: '2026-01-20' },
    { commodity: 'copper', quantity: '10 t', price: '10000 USD/t', date: '2026-03-10' },
  ],
  costs: { operating: '1000000 USD' },
};

describe('term.partialPeriods', () => {
  it('absent: computes the whole period with a warning, as before', () => {
    const c = contract();
    const r = computePayouts(c, [actualsOf(c, q1)]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.find((d) => d.code === 'payout/period-straddles-term')?.severity).toBe('warning');
    // All 1060 t: 10,600,000.00 revenue, royalty 5% = 530,000.00.
    if (r.ok) expect(amountAt(r.value.statements[0]!, 'royalty')).toBe('530000.00');
  });

  it('refuse: the period is an error, located at it', () => {
    const c = contract('refuse');
    const r = computePayouts(c, [actualsOf(c, q1)]);
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'payout/period-straddles-term')!;
    expect(d).toMatchObject({ severity: 'error', path: ['period'] });
    expect(d.message).toContain('2026-Q1 (2026-01-01 to 2026-03-31)');
    expect(d.message).toContain('term.partialPeriods: refuse');
  });

  it('pro-rata: computes the 30 days inside, each flow scaled by 30/90, and the statement says so', () => {
    const c = contract('pro-rata');
    const r = computePayouts(c, [actualsOf(c, q1)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value.statements[0]!;
    expect(s.period).toMatchObject({ label: '2026-Q1', start: '2026-03-02', end: '2026-03-31' });
    // Hand calculation. Undated sale: 1000 t × 30/90 = 333.333333 t (six more decimals than the
    // whole tonnes written); the sale dated 2026-01-20 is before the term and left out; the one dated
    // 2026-03-10 counts whole (10 t). Revenue 333.333333 × 10000 + 10 × 10000 = 3,333,333.33 + 100,000
    // = 3,433,333.33 USD; royalty 5% = 171,666.6665 → 171,666.67.
    expect(amountAt(s, 'revenue/copper')).toBe('3433333.33');
    expect(amountAt(s, 'royalty')).toBe('171666.67');
    // Operating costs 1,000,000.00 split 60:30 in cents by largest remainder: exact 666,666.666… and
    // 333,333.333…; floors 666,666.66 + 333,333.33 leave one cent, which goes to the larger
    // remainder (the 60 days before): 333,333.33 inside.
    expect(amountAt(s, 'costs/operating')).toBe('333333.33');
    expect(s.notes.join(' ')).toContain('2026-Q1 was computed on 30 of its 90 days (2026-03-02 to 2026-03-31), every flow of its actuals scaled by 30/90');
    expect(r.diagnostics.find((d) => d.code === 'payout/period-prorated')?.severity).toBe('info');
  });

  it('pro-rata at the end of the term: the days up to its last day', () => {
    // A one-year term from 2026-03-02 ends on 2027-03-01: 2027-Q1 has 60 days inside (31 + 28 + 1) of 90.
    const c = contractOf({ effective: '2026-03-02', term: { years: 1, partialPeriods: 'pro-rata' }, revenue: { royalties: [royalty] } });
    const r = computePayouts(c, [actualsOf(c, { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '900 t', price: '10000 USD/t' }] })], { opening: { lastPeriod: '2026-Q4' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 900 × 60/90 = 600 t → 6,000,000.00 revenue, royalty 5% = 300,000.00.
    expect(amountAt(r.value.statements[0]!, 'revenue/copper')).toBe('6000000.00');
    expect(amountAt(r.value.statements[0]!, 'royalty')).toBe('300000.00');
    expect(r.value.statements[0]!.period.end).toBe('2027-03-01');
  });
});

describe('splitActuals', () => {
  const c = contractOf();
  const base = (cost: string, qty: string, deduction: string): Actuals => actualsOf(c, { period: '2027-Q2', sales: [{ commodity: 'copper', quantity: qty, price: '9000 USD/t', deductions: { treatment: deduction } }], costs: { operating: cost, capital: cost }, payments: [] });

  it('never creates or loses a minor unit or a fraction of a quantity, whatever the day of the split', () => {
    // 2027-Q2 has 91 days: split after day 1 to day 90.
    const cents = fc.bigInt({ min: 0n, max: 10n ** 14n });
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 10 ** 9 }), (a, d, day, t) => {
        const cost = `${a / 100n}.${(a % 100n).toString().padStart(2, '0')} USD`;
        const deduction = `${d / 100n}.${(d % 100n).toString().padStart(2, '0')} USD`;
        const qty = `${Math.floor(t / 1000)}.${(t % 1000).toString().padStart(3, '0')} t`;
        const whole = base(cost, qty, deduction);
        const at = isoDate(new Date(Date.UTC(2027, 3, 1 + day)).toISOString().slice(0, 10));
        const [x, y] = splitActuals(whole, at, 'half-even');
        expect(x.days + y.days).toBe(91);
        expect(x.actuals.period.end < y.actuals.period.start).toBe(true);
        for (const kind of ['operating', 'capital'] as const) {
          const parts = [x.actuals.costs[kind]!, y.actuals.costs[kind]!] as const;
          expect(parts[0].amount.plus(parts[1].amount).equals(whole.costs[kind]!.amount)).toBe(true);
          for (const p of parts) expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        const ded = [x.actuals.sales[0]!.deductions!.treatment!, y.actuals.sales[0]!.deductions!.treatment!] as const;
        expect(ded[0].amount.plus(ded[1].amount).equals(whole.sales[0]!.deductions!.treatment!.amount)).toBe(true);
        const q = [x.actuals.sales[0]!.quantity.value, y.actuals.sales[0]!.quantity.value] as const;
        expect(q[0].plus(q[1]).equals(whole.sales[0]!.quantity.value)).toBe(true);
        // Each part within one minor unit of its exact share.
        const exact = whole.costs.operating!.amount.times(x.days).div(91);
        expect(exact.minus(x.actuals.costs.operating!.amount).abs().lte('0.01')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps levels (exchange rates, workforce) whole in both parts', () => {
    const whole = { ...base('100 USD', '1 t', '0 USD'), fx: { PKR: money('280 USD').amount }, workforce: { total: 120 } } as Actuals;
    const [x, y] = splitActuals(whole, isoDate('2027-05-01'), 'half-even');
    for (const p of [x, y]) {
      expect(p.actuals.workforce?.total).toBe(120);
      expect(p.actuals.fx?.PKR?.toString()).toBe('280');
    }
    expect(quantity('1 t').value.toString()).toBe('1');
  });
});
