// Properties (fast-check) with withholding taxes, bonuses in instalments paid by the company or the
// investor, related-party payments and a benefit-sharing true-up all switched on together, over two
// fiscal years of quarters with random revenue and costs (shortfalls and cash calls included):
// every statement balances to the minor unit, no line is negative, each instalment is paid exactly
// once in the quarter of its due date, and every withholding tax line plus the net line it leaves is
// the gross payment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE, contractOf, statementsOf } from './payout-fixtures.js';

const QUARTERS = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2', '2028-Q3', '2028-Q4'];
const cents = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')} USD`;

describe('withholding, instalments and the true-up together', () => {
  it('keep every statement balanced and pay each instalment once, in its quarter', () => {
    fc.assert(
      fc.property(
        fc.record({
          residence: fc.constantFrom('non-resident', 'GB', 'ZM', undefined),
          whtPct: fc.integer({ min: 0, max: 30 }),
          firstDue: fc.integer({ min: 0, max: 364 }),
          count: fc.integer({ min: 0, max: 4 }),
          every: fc.constantFrom('year', 'quarter', 'month'),
          byInvestor: fc.boolean(),
          sharePct: fc.integer({ min: 1, max: 90 }),
          stateShare: fc.integer({ min: 0, max: 40 }),
          quarters: fc.array(fc.record({ revenue: fc.integer({ min: 0, max: 2_000_000_000 }), costs: fc.integer({ min: 0, max: 1_500_000_000 }), interest: fc.integer({ min: 0, max: 50_000_000 }) }), { minLength: 8, maxLength: 8 }),
        }),
        (g) => {
          const first = new Date(Date.UTC(2027, 0, 1) + g.firstDue * 86_400_000).toISOString().slice(0, 10);
          const c = contractOf({
            parties: [{ id: 'investor', name: 'I', role: 'investor', ...(g.residence === undefined ? {} : { residence: g.residence }) }, ...BASE.parties.slice(1)],
            ownership: g.stateShare === 0 ? [{ party: 'investor', share: '100%' }] : [{ party: 'investor', share: `${100 - g.stateShare}%` }, { party: 'state', share: `${g.stateShare}%` }],
            revenue: {
              royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' }],
              incomeTax: { id: 'income-tax', rate: '30%', payee: 'state', depreciation: { method: 'straight-line', years: 4 } },
              bonuses: [{ id: 'bonus', kind: 'signature', amount: '1000000.01 USD', due: first, ...(g.count > 0 ? { instalments: { amount: '250000.03 USD', count: g.count, every: g.every } } : {}), ...(g.byInvestor ? { payer: 'investor' } : {}), payee: 'state' }],
              withholdingTaxes: [
                { id: 'dividend-wht', on: 'dividends', rate: `${g.whtPct}%`, payee: 'state', treaties: [{ treaty: 'a treaty', country: 'GB', rate: `${g.whtPct / 2}%` }] },
                { id: 'interest-wht', on: 'interest', rate: `${g.whtPct}%`, payee: 'state' },
              ],
              benefitSharing: [{ id: 'benefit-sharing', share: `${g.sharePct}%`, state: ['state'], counts: ['royalty', 'income-tax', 'withholding-tax', 'bonus', 'distribution'], payer: 'investor', payee: 'state' }],
            },
          });
          const statements = statementsOf(c, QUARTERS.map((period, i) => {
            const q = g.quarters[i]!;
            return { period, sales: [{ commodity: 'copper', quantity: '1 t', price: `${cents(q.revenue).replace(' USD', '')} USD/t` }], costs: { operating: cents(q.costs) }, payments: q.interest === 0 ? [] : [{ kind: 'interest', to: 'investor', amount: cents(q.interest) }] };
          }));
          const paid: string[] = [];
          for (const s of statements) {
            expect(s.conservation.problems).toEqual([]);
            for (const l of s.lines) {
              expect(l.amount.amount.isNegative()).toBe(false);
              if (l.clause === 'bonus') paid.push(`${s.period.label} ${l.id}`);
              if (l.kind === 'withholding-tax') {
                const net = s.lines.find((x) => l.id.endsWith(`/${x.id}`));
                expect((net?.amount.amount ?? l.amount.amount.minus(l.amount.amount)).plus(l.amount.amount).eq(l.base!.amount!.amount)).toBe(true);
              }
            }
            expect(s.lines.filter((l) => l.kind === 'true-up').length).toBe(s.closesFiscalYear ? 1 : 0);
          }
          // The due dates, counted independently, and the quarter each falls in (up to 2028-12-31).
          const step = { year: 12, quarter: 3, month: 1 }[g.every];
          const expected: string[] = [];
          for (let i = 0; i <= g.count; i++) {
            const d = new Date(first);
            const day = d.getUTCDate();
            const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + i * step, 1));
            const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
            const due = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, last)));
            if (due.getUTCFullYear() > 2028) continue;
            const id = g.count === 0 ? 'bonus' : `bonus/${i + 1}`;
            expected.push(`${due.getUTCFullYear()}-Q${Math.floor(due.getUTCMonth() / 3) + 1} ${id}`);
          }
          expect(paid).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
