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
    expect(run.diagnostics[0]).toMatchObject({ code: 'deal/terms-change-in-period', file: 'a.yaml', range: { start: { line: 3 } } });
    expect(run.diagnostics[0]!.message).toContain('The terms change during FY2031');
    expect(run.diagnostics[0]!.message).toContain('takes effect on 2031-01-01');
    expect(run.diagnostics[0]!.hint).toBe('split these actuals at 2031-01-01, e.g. into months or quarters, or let the terms in force from that date say term.partialPeriods: pro-rata');
  });

  it('splits the period pro rata when the amendment says so: the days before under the old terms, the rest under the new', () => {
    // The first amendment, moved to 2031-03-01 and stating partialPeriods: pro-rata, falls inside
    // 2031-Q1 (90 days): 59 days before it (January, February), 31 from it.
    const amendment = fixtureText('copper-chain', 'amendment-2031.yaml')
      .replace('effective: 2031-01-01', 'effective: 2031-03-01')
      .replace('changes:\n', 'changes:\n  - ref: Art. 5\n    set: term.partialPeriods\n    value: pro-rata\n');
    const road = fixtureText('copper-chain', 'road-side-agreement.yaml').replace('effective: 2031-01-01', 'effective: 2031-03-01');
    const moved = fixtureDeal('copper-chain', { 'amendment-2031.yaml': amendment, 'road-side-agreement.yaml': road });
    const q1 = loadActuals(fixtureText('copper-chain', 'actuals/2031.yaml').replace('period: "2031"', 'period: "2031-Q1"'), { filename: 'actuals/2031-Q1.yaml', contract: contractOf(moved) });
    if (!q1.ok) throw new Error(q1.diagnostics[0]!.message);
    const run = computeDealPayouts(moved, [q1.value]);
    expect(run.ok, run.diagnostics.map((d) => d.message).join('\n')).toBe(true);
    if (!run.ok) return;
    expect(run.value.statements.map((s) => [s.period.label, s.period.start, s.period.end])).toEqual([
      ['2031-Q1', '2031-01-01', '2031-02-28'],
      ['2031-Q1', '2031-03-01', '2031-03-31'],
    ]);
    expect(run.value.terms.map((t) => t.instruments)).toEqual([['base'], ['base', 'first-amendment', 'road-agreement']]);
    // Hand calculation. 10,000 t × 59/90 = 6,555.555556 t before (six decimals more than written),
    // 3,444.444444 t from 2031-03-01; price 9,000 USD/t.
    // Before, the base's 5% of gross revenue: 6,555.555556 × 9,000 = 59,000,000.004 → royalty
    // 2,950,000.0002 → 2,950,000.00.
    // After, the amendment's incremental bands (4% up to 8,000 USD/t, 10% above): 420 USD/t ×
    // 3,444.444444 t = 1,446,666.66648 → 1,446,666.67.
    const ministry = run.value.statements.map((s) => s.totals.find((t) => t.party === 'ministry')!.net.amount.toFixed(2));
    expect(ministry).toEqual(['2950000.00', '1446666.67']);
    expect(run.value.statements[0]!.notes.join(' ')).toContain('2031-Q1 was computed on 59 of its 90 days (2031-01-01 to 2031-02-28), every flow of its actuals scaled by 59/90: under the terms before');
    expect(run.value.statements[1]!.notes.join(' ')).toContain('31 of its 90 days (2031-03-01 to 2031-03-31)');
    expect(run.value.statements[1]!.notes.join(' ')).toContain('instruments in force: base + first-amendment + road-agreement');
  });
});
