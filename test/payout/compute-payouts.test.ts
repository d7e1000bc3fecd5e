// computePayouts: the fold over a series of periods, and the located diagnostics that refuse a
// series it cannot compute honestly.
import { describe, expect, it } from 'vitest';
import { computePayouts, computePeriod, FairlodeError, initialPayoutState, loadActuals, type Contract, type LoadedActuals } from 'fairlode';
import { actualsOf, contractOf } from './payout-fixtures.js';

function loaded(contract: Contract, file: string, text: string, withContract = true): LoadedActuals {
  const r = loadActuals(text, { filename: file, ...(withContract ? { contract } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
const quarter = (c: Contract, label: string) => loaded(c, `actuals/${label}.yaml`, `# ${label}\ncontract: ${c.id}\nperiod: ${label}\nsales: []\n`);

describe('computePayouts', () => {
  const c = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' }] } as never });

  it('puts the periods in order and folds the state through them', () => {
    const r = computePayouts(c, [quarter(c, '2027-Q3'), quarter(c, '2027-Q1'), quarter(c, '2027-Q2')]);
    expect(r.ok && r.value.statements.map((s) => s.period.label)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
    expect(r.ok && r.value.state.lastPeriod?.label).toBe('2027-Q3');
  });

  it('refuses a gap, located at the period after it', () => {
    const r = computePayouts(c, [quarter(c, '2027-Q1'), quarter(c, '2027-Q4')]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([expect.objectContaining({
      code: 'payout/gap',
      severity: 'error',
      message: 'No actuals for 2027-Q2, 2027-Q3, between 2027-Q1 and 2027-Q4.',
      file: 'actuals/2027-Q4.yaml',
      path: ['period'],
      range: { start: { line: 3, column: 9 }, end: { line: 3, column: 16 } },
    })]);
  });

  it('refuses a period given twice, pointing at both', () => {
    const again = loaded(c, 'actuals/2027-Q1-revised.yaml', `contract: ${c.id}\nperiod: 2027-Q1\n`);
    const r = computePayouts(c, [quarter(c, '2027-Q1'), again]);
    expect(r.diagnostics.map((d) => [d.code, d.file, d.related?.[0]?.message])).toEqual([['payout/duplicate-period', 'actuals/2027-Q1-revised.yaml', 'the other actuals for 2027-Q1 (actuals/2027-Q1.yaml)']]);
  });

  it('refuses mixed kinds of period', () => {
    const month = loaded(c, 'actuals/2027-04.yaml', `contract: ${c.id}\nperiod: 2027-04\n`);
    const r = computePayouts(c, [quarter(c, '2027-Q1'), month]);
    expect(r.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([['payout/mixed-period-kinds', 'actuals/2027-04.yaml', 'The period 2027-04 is a month, but the other actuals are by quarter; a payout series uses one kind of period.']]);
  });

  it('refuses a period outside the term', () => {
    const late = loaded(c, 'actuals/2036-Q1.yaml', `contract: ${c.id}\nperiod: 2036-Q1\n`, false);
    const r = computePayouts(c, [late]);
    expect(r.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([['payout/outside-term', 'actuals/2036-Q1.yaml', "The period 2036-Q1 lies outside the contract's term (2026-01-01 to 2035-12-31)."]]);
  });

  it('refuses a period that straddles two fiscal years', () => {
    const july = contractOf({ fiscalYear: { startMonth: 7 } });
    const year = loaded(july, 'actuals/2027.yaml', `contract: ${july.id}\nperiod: "2027"\n`);
    const r = computePayouts(july, [year]);
    expect(r.diagnostics.map((d) => [d.code, d.range?.start.line])).toEqual([['payout/period-straddles-fiscal-year', 2]]);
  });

  it('refuses actuals of another contract, and prices in another currency', () => {
    const other = contractOf({ id: 'other-deal' });
    const r = computePayouts(c, [loaded(other, 'actuals/other.yaml', 'contract: other-deal\nperiod: 2027-Q1\nsales: [ { commodity: copper, quantity: "1 t", price: "10 EUR/t" } ]\n')]);
    expect(r.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['payout/wrong-contract', 'contract'], ['payout/currency-mismatch', 'sales.0.price']]);
  });

  it('continues from an opening state, and refuses one that does not join up', () => {
    const first = computePayouts(c, [quarter(c, '2027-Q1')]);
    if (!first.ok) throw new Error('first run');
    const next = computePayouts(c, [quarter(c, '2027-Q2')], { opening: first.value.state });
    expect(next.ok).toBe(true);
    const skip = computePayouts(c, [quarter(c, '2027-Q3')], { opening: first.value.state });
    expect(skip.diagnostics.map((d) => [d.code, d.message])).toEqual([['payout/not-next-period', 'The payouts start at 2027-Q3, but the opening balances end at 2027-Q1.']]);
    const opened = computePayouts(c, [quarter(c, '2027-Q2')], { opening: { lastPeriod: '2027-Q1', reserve: '100 USD' } });
    expect(opened.ok && opened.value.statements[0]!.balances.reserve.amount.toFixed(2)).toBe('100.00');
  });

  it('reports warnings without stopping: a rate that changes inside a period', () => {
    const dated = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: [{ from: '2026-01-01', rate: '4%' }, { from: '2027-02-15', rate: '5%' }] }] } as never });
    const r = computePayouts(dated, [quarter(dated, '2027-Q1')]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['payout/rate-changes-mid-period', 'warning']]);
  });

  it('computePeriod alone refuses a period that does not follow the state', () => {
    const { state } = computePeriod(c, actualsOf(c, { period: '2027-Q1' }), initialPayoutState(c));
    expect(() => computePeriod(c, actualsOf(c, { period: '2027-Q3' }), state)).toThrow(FairlodeError);
    expect(() => computePeriod(c, actualsOf(c, { period: '2027-Q3' }), state)).toThrow('The period 2027-Q3 does not follow 2027-Q1, the last period computed. (compute 2027-Q2 next)');
  });

  it('leaves the state it was given unchanged', () => {
    const before = initialPayoutState(c);
    const snapshot = JSON.stringify(before);
    computePeriod(c, actualsOf(c, { period: '2027-Q1', costs: { capital: '100 USD' } }), before);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(Object.isFrozen(before)).toBe(true);
  });
});
