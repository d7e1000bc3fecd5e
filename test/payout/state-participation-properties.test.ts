// Properties with the mechanisms of issue #14 items 5 and 6 switched on (fast-check): over random
// quarters of sales, costs and index values, with an indexed carry recovered from a share of the
// dividends and partly written off, an equity option exercised, and an income tax in brackets with a
// holiday, an investment credit and capped losses, every statement balances to the minor unit, and
// the carry balance never goes below zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayouts } from 'fairlode';
import { actualsOf, contractOf } from './payout-fixtures.js';

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')} USD`;

describe('state participation and income tax properties', () => {
  it('keeps every statement balanced with every new mechanism on', () => {
    const contract = contractOf({
      ownership: [
        { party: 'investor', share: '80%' },
        { party: 'county', share: '10%', options: [{ id: 'county-option', from: [{ party: 'investor', share: '5%' }], price: '1000000 USD' }] },
        { party: 'state', share: '10%', carried: { by: ['investor', 'county'], interest: '6.5%', interestIndex: { basis: 'inflation', index: 'CPI', baseValue: '100' }, recoveryShare: '50%', writeOffs: [{ date: '2027-08-01', share: '25%' }] } },
      ],
      revenue: {
        royalties: [{ id: 'royalty', commodity: 'copper', base: 'gross-revenue', rate: '5%', payee: 'state' }],
        incomeTax: {
          id: 'income-tax', payee: 'state', royaltiesDeductible: false,
          brackets: [{ upTo: '1000000 USD', rate: '15%' }, { rate: '30%' }],
          holiday: { years: 1, from: 'commercial-production' },
          investmentCredit: { rate: '10%' },
          lossCarryForward: { years: 5, cap: '50%' },
          depreciation: { method: 'straight-line', years: 3, from: 'commercial-production' },
        },
      },
    } as never);
    const quarter = fc.record({
      sale: fc.integer({ min: 0, max: 500_000_000 }),
      operating: fc.integer({ min: 0, max: 300_000_000 }),
      capital: fc.integer({ min: 0, max: 300_000_000 }),
      cpi: fc.option(fc.integer({ min: 9_000, max: 12_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(quarter, { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (qs, production, exercise) => {
        const labels = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2', '2028-Q3', '2028-Q4'];
        const firstDay = (label: string) => `${label.slice(0, 4)}-${String((Number(label.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-15`;
        const actuals = qs.map((q, i) => actualsOf(contract, {
          period: labels[i]!,
          sales: q.sale === 0 ? [] : [{ commodity: 'copper', quantity: '1 t', price: `${money(q.sale).replace(' USD', '')} USD/t` }],
          costs: { operating: money(q.operating), capital: money(q.capital) },
          ...(q.cpi === undefined ? {} : { indices: { CPI: (q.cpi / 100).toFixed(2) } }),
          events: [
            ...(i === production ? [{ clause: 'income-tax', kind: 'commercial-production' as const, date: firstDay(labels[i]!) }] : []),
            ...(i === exercise ? [{ clause: 'county-option', kind: 'exercised' as const, date: firstDay(labels[i]!) }] : []),
          ],
        }));
        const run = computePayouts(contract, actuals);
        expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!run.ok) return;
        for (const s of run.value.statements) {
          expect(s.conservation.problems).toEqual([]);
          for (const b of s.balances.carriedInterest) expect(b.balance.amount.isNegative()).toBe(false);
        }
      }),
      { numRuns: 25 },
    );
  });
});
