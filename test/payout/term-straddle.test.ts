// A period that runs across the contract's effective date or the end of its term: part of its
// sales and costs fall outside the contract. Before this check the Chagai FY2026 and FY2051 were
// computed in full without a word.
import { describe, expect, it } from 'vitest';
import { computePayouts } from '../../src/payout/index.js';
import { planActuals, PLAN_PRICES } from '../../src/fiscal/index.js';
import { chagai } from '../fiscal/fixtures.js';

function run(label: string) {
  const { contract, plan } = chagai();
  const actuals = planActuals(contract.contract, plan.plan, PLAN_PRICES).find((a) => (a.period as { label: string }).label === label)!;
  const r = computePayouts(contract, [actuals]);
  return r.diagnostics.filter((d) => d.code === 'payout/period-straddles-term');
}

describe('a period straddling the term', () => {
  it('warns when a period runs across the effective date, naming the period and the date', () => {
    // Chagai takes effect on 2026-01-01; its fiscal year FY2026 runs 2025-07-01 to 2026-06-30.
    const w = run('FY2026');
    expect(w).toHaveLength(1);
    expect(w[0]!.severity).toBe('warning');
    expect(w[0]!.message).toContain('FY2026 (2025-07-01 to 2026-06-30)');
    expect(w[0]!.message).toContain("effective date, 2026-01-01");
  });

  it('warns when a period runs across the end of the term', () => {
    // The 25-year term ends on 2050-12-31, inside FY2051 (2050-07-01 to 2051-06-30).
    const w = run('FY2051');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain("end of the contract's term, 2050-12-31");
  });

  it('says nothing for a period wholly inside the term', () => {
    expect(run('FY2032')).toEqual([]);
  });
});
