// Hostile sizes (issue 13, "Stalls"): work that must grow linearly with a statement's size. No
// timing here (speed is measured in bench/hostile-payout.bench.ts): the tests count operations,
// the reads of each sale's price, which every revenue computation makes once per sale.
import { describe, expect, it } from 'vitest';
import { computePayouts, formatPayoutCsv, formatPayoutJson, formatPayoutMarkdown, formatPayoutText, type Actuals, type PayoutStatement } from 'fairlode';
import { actualsOf, contractOf } from './payout-fixtures.js';

/** A contract with n commodities, each with a royalty (every third one sliding) split with the county. */
function manyRoyalties(n: number) {
  const commodities = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, unit: 't' }));
  const royalties = commodities.map((c, i) => (i % 3 === 0
    ? { id: `${c.id}-royalty`, commodity: c.id, payee: 'state', sliding: { mode: 'incremental', bands: [{ upTo: '4000 USD/t', rate: '4%' }, { rate: '6%' }] } }
    : { id: `${c.id}-royalty`, commodity: c.id, payee: 'state', rate: '3%' }));
  const contract = contractOf({
    commodities,
    revenue: { royalties, governmentShares: royalties.map((r) => ({ of: r.id, split: { state: '80%', county: '20%' } })) },
  } as never);
  const actuals = actualsOf(contract, { period: '2026-01', sales: commodities.map((c, i) => ({ commodity: c.id, quantity: '100 t', price: `${3000 + i * 10} USD/t` })) } as never);
  return { contract, actuals };
}

/** The same actuals, with every sale counting how often its price is read. */
function counted(actuals: Actuals): { actuals: Actuals; reads: () => number } {
  let reads = 0;
  const sales = actuals.sales.map((s) => {
    const copy = { ...s };
    Object.defineProperty(copy, 'price', { get: () => { reads++; return s.price; }, enumerable: true });
    return copy;
  });
  return { actuals: { ...actuals, sales }, reads: () => reads };
}

function statementOf(n: number): { statement: PayoutStatement; reads: () => number } {
  const { contract, actuals } = manyRoyalties(n);
  const c = counted(actuals);
  const run = computePayouts(contract, [c.actuals]);
  if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
  return { statement: run.value.statements[0]!, reads: c.reads };
}

describe('a statement with many commodities and royalties', () => {
  // Before the fix, reading one royalty's band or trace recomputed the revenue of every commodity:
  // formatting a statement of n royalties read n² prices (40,000 for n = 200, 160,000 for n = 400).
  it.each([
    ['text', (s: PayoutStatement) => formatPayoutText(s)],
    ['csv', (s: PayoutStatement) => formatPayoutCsv(s)],
    ['markdown', (s: PayoutStatement) => formatPayoutMarkdown(s)],
    ['json with traces', (s: PayoutStatement) => formatPayoutJson(s)],
  ])('is formatted as %s reading each price a bounded number of times, however many commodities', (_name, format) => {
    const perSale = (n: number) => {
      const { statement, reads } = statementOf(n);
      const before = reads();
      const text = format(statement);
      expect(text).toContain(`c${n - 1}-royalty`);
      return (reads() - before) / n;
    };
    const small = perSale(100);
    const large = perSale(400);
    // The reads per sale do not grow with the number of commodities (before: 4 times as many).
    expect(large).toBeLessThanOrEqual(small * 1.1 + 1);
    expect(large).toBeLessThan(20);
  });

  it('computes the fold reading each price a bounded number of times', () => {
    const perSale = (n: number) => statementOf(n).reads() / n;
    expect(perSale(400)).toBeLessThanOrEqual(perSale(100) * 1.1 + 1);
  });
});

describe('a long fold', () => {
  // A line's trace is rebuilt when read and not kept by the line: before, formatting 360 monthly
  // statements of 200 royalties with traces kept every trace tree alive as long as the statements.
  it('does not keep a trace once it has been read, and rebuilds an equal one', () => {
    const { statement } = statementOf(3);
    const line = statement.lines.find((l) => l.id === 'c0-royalty')!;
    const first = line.trace;
    const second = line.trace;
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    // c0 sells 100 t at 3000 USD/t: 300,000 USD, below the 4000 USD/t edge, so 4%: 12,000.00 USD.
    expect(first.value).toBe('12000.00 USD');
  });
});
