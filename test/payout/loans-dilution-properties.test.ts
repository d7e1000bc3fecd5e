// Properties with shareholder loans and dilution switched on (issue 14, item 6; fast-check): over
// random quarters of sales, costs, reference-rate values, loan drawdowns and repayments, and a
// partner that leaves some cash calls unpaid, every statement balances to the minor unit, the
// shares always sum to exactly 100% and are never negative, the carried state keeps its share
// (neither dilution nor a penalty touches a holder not involved in a default), and no loan balance
// goes below zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayouts, Decimal } from 'fairlode';
import { BASE, actualsOf, contractOf } from './payout-fixtures.js';

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')} USD`;

describe('shareholder loan and dilution properties', () => {
  it('keeps every statement balanced and the shares summing to exactly 100%', () => {
    const contract = contractOf({
      parties: [
        { id: 'investor', name: 'Example Metals plc', role: 'investor', residence: 'GB' },
        { id: 'state', name: 'The State', role: 'host-government', level: 'national', residence: 'resident' },
        ...BASE.parties.slice(2),
        { id: 'partner', name: 'Partner Resources', role: 'investor', residence: 'ZA' },
      ],
      ownership: [
        { party: 'investor', share: '55%' },
        { party: 'partner', share: '35%' },
        { party: 'state', share: '10%', carried: { by: ['investor'], recovery: 'none' } },
      ],
      relatedParties: {
        id: 'related-parties', armsLength: true,
        shareholderLoans: [{ id: 'loan', lenders: [{ party: 'investor', share: '55%' }, { party: 'partner', share: '35%' }, { party: 'state', share: '10%' }], principal: '10000000 USD', interest: '6.5%', interestIndex: { basis: 'reference-rate', index: 'SOFR' }, deductible: true }],
      },
      revenue: {
        royalties: [{ id: 'royalty', commodity: 'copper', base: 'gross-revenue', rate: '5%', payee: 'state' }],
        withholdingTaxes: [{ id: 'interest-wht', on: 'interest', rate: '20%', payee: 'state' }],
        incomeTax: { id: 'income-tax', rate: '30%', payee: 'state', depreciation: { method: 'straight-line', years: 3 } },
        distributions: { dilution: { id: 'dilution', method: 'contributions', contributedBefore: '100000 USD', penalty: '150%' } },
      },
    } as never);
    const quarter = fc.record({
      sale: fc.integer({ min: 0, max: 500_000_000 }),
      capital: fc.integer({ min: 100_000, max: 300_000_000 }),
      sofr: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
      drawn: fc.integer({ min: 0, max: 100_000_000 }),
      repaid: fc.integer({ min: 0, max: 100_000_000 }),
      defaults: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(quarter, { minLength: 8, maxLength: 8 }), (qs) => {
        const labels = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];
        let balance = 1_000_000_000; // cents: the 10,000,000 principal drawn in 2026-Q1
        const actuals = qs.map((q, i) => {
          // A default quarter (not the first, where the principal is drawn) has no sales, drawdown or
          // repayment, so its capital makes a cash call.
          const defaults = q.defaults && i > 0;
          const drawn = defaults ? 0 : q.drawn;
          const repaid = defaults ? 0 : Math.min(q.repaid, balance + drawn);
          balance += drawn - repaid;
          return actualsOf(contract, {
            period: labels[i]!,
            sales: defaults || q.sale === 0 ? [] : [{ commodity: 'copper', quantity: '1 t', price: `${money(q.sale).replace(' USD', '')} USD/t` }],
            costs: { capital: money(q.capital) },
            ...(q.sofr === undefined ? {} : { indices: { SOFR: (q.sofr / 100).toFixed(2) } }),
            loans: [{ loan: 'loan', drawn: money(drawn), repaid: money(repaid) }],
            ...(defaults ? { cashCalls: [{ party: 'partner', paid: '0 USD' }] } : {}),
          } as never);
        });
        const run = computePayouts(contract, actuals);
        expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!run.ok) return;
        let state = new Decimal('0.1');
        for (const s of run.value.statements) expect(s.conservation.problems).toEqual([]);
        const shares = run.value.state.equityShares?.map((e) => e.share);
        if (shares !== undefined) {
          expect(shares.reduce((a, x) => a.plus(x)).eq(1)).toBe(true);
          for (const x of shares) expect(x.isNegative()).toBe(false);
          state = shares[2]!;
        }
        // The carried state is never diluted, the penalty included: its share moves only by the
        // rounding of each cash call to the cent against the capital contributed (a call of
        // 1,000.03 gives the state 100.00, not 100.003), far below a millionth.
        expect(state.minus('0.1').abs().lte('0.000001')).toBe(true);
        for (const l of run.value.state.shareholderLoans ?? []) expect(l.balance.amount.isNegative()).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
