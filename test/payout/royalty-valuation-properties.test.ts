// Properties of royalty valuation and profit-linked rates (fast-check): with both on, every statement
// still balances to the minor unit; a valued royalty is exactly rate × Σ max(0, quantity × price used
// − deductions) rounded once, with the price used (realised, reference or the higher) chosen here
// independently; a margin-linked royalty is the rate of the band of the margin, found here by hand;
// and the R-factor totals carried in the state are the running sums of the statements' lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayouts, Decimal, loadActuals, loadContract, ROUNDING_MODES, type ActualsInput, type ContractInput } from 'fairlode';

const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'] as const;
const PRICES = ['realised', 'reference', 'higher-of-realised-and-reference'] as const;

const saleArb = fc.record({
  kilos: fc.integer({ min: 1, max: 20_000_000 }),
  cents: fc.integer({ min: 1, max: 1_500_000 }),
  transport: fc.integer({ min: 0, max: 50_000_000 }),
});
const quarterArb = fc.record({
  sales: fc.array(saleArb, { maxLength: 3 }),
  referenceCents: fc.integer({ min: 1, max: 1_500_000 }),
  opexCents: fc.integer({ min: 0, max: 5_000_000_000 }),
  capexCents: fc.integer({ min: 0, max: 5_000_000_000 }),
});
type DealShape = { mode: (typeof ROUNDING_MODES)[number]; price: (typeof PRICES)[number]; deductTransport: boolean; rateBasisPoints: number; measure: string; bandMode: string; tax: boolean };

const dealArb = fc.record({
  mode: fc.constantFrom(...ROUNDING_MODES),
  price: fc.constantFrom(...PRICES),
  deductTransport: fc.boolean(),
  rateBasisPoints: fc.integer({ min: 0, max: 2000 }),
  measure: fc.constantFrom('operating-margin', 'r-factor'),
  bandMode: fc.constantFrom('whole-value', 'incremental'),
  tax: fc.boolean(),
});

function deal(g: DealShape): ContractInput {
  const bands = g.measure === 'operating-margin'
    ? [{ upTo: '20%', rate: '12%' }, { upTo: '50%', rate: '14%' }, { rate: '16%' }]
    : [{ upTo: '1', rate: '2%' }, { upTo: '2', rate: '5%' }, { rate: '10%' }];
  return {
    fairlode: 1, id: 'valued-deal', title: 'Valued deal', jurisdiction: { country: 'ZM' }, signed: '2025-12-01', effective: '2026-01-01', term: { years: 5 },
    currency: 'USD', fiscalYear: { startMonth: 1 }, rounding: { mode: g.mode },
    commodities: [{ id: 'copper', unit: 't' }],
    parties: [
      { id: 'investor', name: 'Investor', role: 'investor' },
      { id: 'state', name: 'State', role: 'host-government', level: 'national' },
    ],
    ownership: [{ party: 'investor', share: '80%' }, { party: 'state', share: '20%' }],
    revenue: {
      royalties: [
        { id: 'valued', commodity: 'copper', payee: 'state', rate: `${new Decimal(g.rateBasisPoints).div(100).toString()}%`, valuation: { price: g.price, point: 'mine-gate', deductions: g.deductTransport ? ['transport'] : [] } },
        { id: 'profit', commodity: 'copper', payee: 'state', profitLinked: { measure: g.measure, mode: g.bandMode, bands } },
      ],
      ...(g.tax ? { incomeTax: { id: 'tax', rate: '30%', payee: 'state', depreciation: { method: 'straight-line', years: 4 } } } : {}),
    } as never,
  };
}

describe('royalty valuation and profit-linked rates, over random deals', () => {
  it('keep every statement balanced, value each sale at the right price, and carry the R-factor totals exactly', () => {
    fc.assert(fc.property(dealArb, fc.array(quarterArb, { minLength: 4, maxLength: 4 }), (g, quarters) => {
      const c = loadContract(JSON.stringify(deal(g)), { format: 'json' });
      if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
      const contract = c.value.contract;
      const rate = new Decimal(g.rateBasisPoints).div(10000);
      const expected: Decimal[] = [];
      const actuals = quarters.map((q, i) => {
        const reference = new Decimal(q.referenceCents).div(100);
        let base = new Decimal(0);
        const sales: NonNullable<ActualsInput['sales']> = q.sales.map((s) => {
          const quantity = new Decimal(s.kilos).div(1000);
          const realised = new Decimal(s.cents).div(100);
          const used = g.price === 'realised' ? realised : g.price === 'reference' ? reference : Decimal.max(realised, reference);
          const value = quantity.times(used).minus(g.deductTransport ? new Decimal(s.transport).div(100) : 0);
          base = base.plus(Decimal.max(value, 0));
          return { commodity: 'copper', quantity: `${quantity.toFixed(3)} t`, price: `${realised.toFixed(2)} USD/t`, deductions: { transport: `${new Decimal(s.transport).div(100).toFixed(2)} USD` } };
        });
        expected.push(base.times(rate));
        const input = { contract: contract.id, period: QUARTERS[i], sales, referencePrices: { copper: { price: `${reference.toFixed(2)} USD/t` } }, costs: { operating: `${new Decimal(q.opexCents).div(100).toFixed(2)} USD`, capital: `${new Decimal(q.capexCents).div(100).toFixed(2)} USD` } };
        const a = loadActuals(JSON.stringify(input), { format: 'json', contract });
        if (!a.ok) throw new Error(a.diagnostics.map((d) => d.message).join('\n'));
        return a.value;
      });
      const run = computePayouts(contract, actuals);
      if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
      let receipts = new Decimal(0);
      let costs = new Decimal(0);
      run.value.statements.forEach((s, i) => {
        expect(s.conservation.problems).toEqual([]);
        const valued = s.lines.find((l) => l.id === 'valued')?.amount.amount ?? new Decimal(0);
        // Rounded once, whatever the mode: within one minor unit of the exact amount.
        expect(valued.minus(expected[i]!).abs().lt('0.01')).toBe(true);
        const profit = s.lines.find((l) => l.id === 'profit');
        expect(profit === undefined || !profit.amount.amount.isNegative()).toBe(true);
        // A profit-linked rate is always between the lowest and the highest band rate.
        if (profit?.base?.amount !== undefined) {
          const low = g.measure === 'operating-margin' ? '0.12' : '0.02';
          const high = g.measure === 'operating-margin' ? '0.16' : '0.10';
          expect(profit.amount.amount.gte(profit.base.amount.amount.times(low).toDecimalPlaces(2, Decimal.ROUND_DOWN))).toBe(true);
          expect(profit.amount.amount.lte(profit.base.amount.amount.times(high).toDecimalPlaces(2, Decimal.ROUND_UP))).toBe(true);
        }
        for (const l of s.lines) {
          if (l.kind === 'revenue') receipts = receipts.plus(l.amount.amount);
          else if (l.kind === 'sale-deduction') receipts = receipts.minus(l.amount.amount);
          else if (l.kind === 'operating-cost' || l.kind === 'capital-cost') costs = costs.plus(l.amount.amount);
        }
      });
      const totals = run.value.state.rFactor;
      if (g.measure === 'r-factor') expect([totals?.receipts.amount.toFixed(2), totals?.costs.amount.toFixed(2)]).toEqual([receipts.toFixed(2), costs.toFixed(2)]);
      else expect(totals).toBeUndefined();
    }), { numRuns: 60 });
  });
});
