import { describe, expect, it } from 'vitest';
import { computeDealPayouts, loadActuals, type Deal } from 'fairlode';
import { fixtureDeal, fixtureText } from './deal-fixture.js';

const deal = fixtureDeal('copper-chain');

function actuals(period: string) {
  const text = fixtureText('copper-chain', 'actuals/2031.yaml').replace('period: "2031"', `period: "${period}"`);
  const a = loadActuals(text, { filename: `actuals/${period}.yaml`, contract: contractOf(deal) });
  if (!a.ok) throw new Error(a.diagnostics[0]!.message);
  return a.value;
}

function contractOf(d: Deal) {
  return { ...d.instruments[0]!.contract!.contract, id: d.id };
}

describe('computeDealPayouts', () => {
  it('computes each year under the terms in force in it', () => {
    const run = computeDealPayouts(deal, [actuals('2031'), actuals('2030')]);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.value.terms).toEqual([
      { periods: ['2030', '2030'], instruments: ['base'] },
      { periods: ['2031', '2031'], instruments: ['base', 'first-amendment', 'road-agreement'] },
    ]);
    // 2030 under the base: royalty 5% of 90,000,000 = 4,500,000. 2031 under the amendment: 420 USD/t × 10,000 t = 4,200,000.
    const ministry = run.value.statements.map((s) => s.totals.find((t) => t.party === 'ministry')!.net.amount.toFixed(2));
    expect(ministry).toEqual(['4500000.00', '4200000.00']);
  });

  it('refuses a period in which the terms change, at the period of its actuals', () => {
    // A fiscal year from July 2030 to June 2031 straddles the amendment of 2031-01-01.
    const a = loadActuals(fixtureText('copper-chain', 'actuals/2031.yaml').replace('period: "2031"', 'period: "2030-07"'), { filename: 'a.yaml', contract: contractOf(deal) });
    if (!a.ok) throw new Error('fixture');
    const straddling = { ...a.value, actuals: { ...a.value.actuals, period: { kind: 'fiscal-year' as const, label: 'FY2031', start: '2030-07-01', end: '2031-06-30' } } };
    const run = computeDealPayouts(deal, [straddling as typeof a.value]);
    expect(run.ok).toBe(false);
    expect(run.diagnostics[0]).toMatchObject({ code: 'deal/terms-change-in-period', file: 'a.yaml', range: { start: { line: 3 } }, hint: 'split these actuals at 2031-01-01, e.g. into months or quarters' });
  });
});
