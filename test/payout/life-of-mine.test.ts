// The benchmark's 30-year life of mine, computed by the engine and by the hand-written decimal.js
// loop in bench/payout-baseline.ts (written separately, from the same terms): they must agree to
// the cent for every party over all 360 months, in the contract currency and in PKR.
import { describe, expect, it } from 'vitest';
import { computePayouts, Decimal } from 'fairlode';
import { baselinePayouts } from '../../bench/payout-baseline.js';
import { lifeOfMineActuals, lifeOfMineContract, lifeOfMineMonths } from '../../bench/payout-fixture.js';

describe('a 30-year monthly life of mine', () => {
  const contract = lifeOfMineContract();
  const months = lifeOfMineMonths();
  const run = computePayouts(contract, lifeOfMineActuals(contract, months));
  if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
  const statements = run.value.statements;

  it('computes 360 balanced statements, every mechanism among their lines', () => {
    expect(statements).toHaveLength(360);
    expect(statements.every((s) => s.conservation.balanced)).toBe(true);
    const kinds = new Set(statements.flatMap((s) => s.lines.map((l) => l.kind)));
    expect([...kinds].sort()).toEqual([
      'bonus', 'capital-cost', 'carried-cash-call', 'carry-repayment', 'cash-call', 'community-fund', 'community-fund-top-up', 'distribution',
      'government-share', 'income-tax', 'operating-cost', 'price-participation', 'reserve-drawdown', 'retained-cash', 'revenue', 'royalty', 'sale-deduction',
    ]);
  });

  it('agrees with the hand-written baseline to the cent for every party, in USD and in PKR', () => {
    const hand = baselinePayouts(months);
    expect(hand.balanced).toBe(true);
    const net = new Map<string, Decimal>();
    const pkr = new Map<string, Decimal>();
    for (const s of statements) {
      for (const t of s.totals) {
        net.set(t.party, (net.get(t.party) ?? new Decimal(0)).plus(t.net.amount));
        if (t.settlement) pkr.set(t.party, (pkr.get(t.party) ?? new Decimal(0)).plus(t.settlement.amount));
      }
    }
    for (const [party, amount] of Object.entries(hand.net)) expect([party, net.get(party)?.toFixed(2)]).toEqual([party, amount.toFixed(2)]);
    for (const [party, amount] of Object.entries(hand.pkr)) expect([party, pkr.get(party)?.toFixed(2)]).toEqual([party, amount.toFixed(2)]);
  });
});
