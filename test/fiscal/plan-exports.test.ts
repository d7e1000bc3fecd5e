// What a plan says is exported (`exports`, per commodity, plan-wide or per period), carried into the
// sales the payout engine reads, so that a raw-export levy can be computed from a plan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePayouts } from '../../src/payout/index.js';
import { exportSplit, loadPlan, planActuals, PLAN_PRICES } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { chagai } from './fixtures.js';

describe('plan exports', () => {
  it('computes the Chagai raw-export levy for FY2032 from the plan (hand calculation)', () => {
    const { contract, plan } = chagai();
    const actuals = planActuals(contract.contract, plan.plan, PLAN_PRICES);
    const fy2032 = actuals.find((a) => (a.period as { label: string }).label === 'FY2032')!;
    expect(fy2032.sales.map((s) => [s.commodity, s.exported, s.form])).toEqual([['copper', true, 'concentrate'], ['gold', true, 'concentrate']]);
    const run = computePayouts(contract, [fy2032]);
    if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
    // FY2032 runs 2031-07-01 to 2032-06-30: the 5% step (from 2031-01-01) is in force all year.
    // Copper concentrate 63,000 t × 8,700 USD/t = 548,100,000; gold in concentrate 70,000 ozt ×
    // 2,350 USD/ozt = 164,500,000; value of raw exports 712,600,000 × 5% = 35,630,000.00 USD.
    const line = run.value.statements[0]!.lines.find((l) => l.kind === 'export-duty')!;
    expect(line.amount.amount.toFixed(2)).toBe('35630000.00');
    expect(run.diagnostics.filter((d) => d.code === 'payout/export-unknown')).toEqual([]);
  });

  it('still says the levy is not known where the plan does not state exports', () => {
    const { contract, plan } = chagai();
    const text = plan.source.text.replace(/^exports:\n(  .*\n)+/m, '');
    const bare = loadPlan(text, { filename: 'plan.yaml', contract: contract.contract });
    if (!bare.ok) throw new Error('plan');
    const fy2032 = planActuals(contract.contract, bare.value.plan, PLAN_PRICES).find((a) => (a.period as { label: string }).label === 'FY2032')!;
    const run = computePayouts(contract, [fy2032]);
    if (!run.ok) throw new Error('run');
    expect(run.diagnostics.filter((d) => d.code === 'payout/export-unknown')).toHaveLength(1);
  });

  it('splits a partly exported sale exactly: 80% of 1,000 t exported, 200 t sold at home', () => {
    const { contract, plan } = chagai();
    const sale = planActuals(contract.contract, plan.plan, PLAN_PRICES).find((a) => (a.period as { label: string }).label === 'FY2032')!.sales[1]!;
    const [out, home] = exportSplit(sale, { share: new Decimal('0.8'), form: 'ore' });
    // Gold 70,000 ozt: 56,000 exported as ore, 14,000 at home; treatment 4 USD/ozt × 70,000 =
    // 280,000 splits 224,000 / 56,000.
    expect([out!.exported, out!.form, String(out!.quantity.value), String(out!.deductions!.treatment!.amount)]).toEqual([true, 'ore', '56000', '224000']);
    expect([home!.exported, String(home!.quantity.value), String(home!.deductions!.treatment!.amount)]).toEqual([false, '14000', '56000']);
  });

  it('never creates or loses a unit or a cent when it splits (property)', () => {
    const { contract, plan } = chagai();
    const sale = planActuals(contract.contract, plan.plan, PLAN_PRICES).find((a) => (a.period as { label: string }).label === 'FY2032')!.sales[1]!;
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 10 ** 9 }), (bp, q) => {
      const s = { ...sale, quantity: { ...sale.quantity, value: new Decimal(q).div(1000) } };
      const parts = exportSplit(s, { share: new Decimal(bp).div(10000), form: 'concentrate' });
      const total = parts.reduce((t, p) => t.plus(p.quantity.value), new Decimal(0));
      return total.eq(s.quantity.value) && parts.every((p) => p.quantity.value.gte(0));
    }));
  });
});
