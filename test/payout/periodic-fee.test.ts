// Periodic fees (revenue.fees, `kind: fee`): a fixed or indexed amount per year, quarter or month,
// spread over the fiscal year by days with cumulative rounding (so a year's periods sum exactly to
// the year's amount), prorated by day for part-years, indexed with the index series from the
// actuals, and never silently unindexed: a missing index value is a warning naming clause and period.
import { describe, expect, it } from 'vitest';
import { computePayouts, eitiPayments, explain, loadContract, type ContractInput } from 'fairlode';
import { BASE, actualsOf, amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

type FeeInput = NonNullable<NonNullable<ContractInput['revenue']>['fees']>[number];

// A July fiscal year: FY2027 runs 2026-07-01 to 2027-06-30 (365 days; 2027 is not a leap year), its
// quarters are 2026-Q3 (92 days), 2026-Q4 (92), 2027-Q1 (90) and 2027-Q2 (91).
function julyDeal(fees: FeeInput[]) {
  return contractOf({ signed: '2026-06-01', effective: '2026-07-01', fiscalYear: { startMonth: 7 }, revenue: { fees } });
}
const QUARTERS = ['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'];
const licence: FeeInput = { id: 'licence-fee', ref: '§9.1', payee: 'state', amount: '5000000 USD', per: 'year', eitiStream: 'licence-fee' };

describe('a fixed annual fee over the quarters of a July fiscal year', () => {
  const statements = statementsOf(julyDeal([licence]), QUARTERS.map((period) => ({ period })));

  it('pays each quarter its share by days, rounded cumulatively, summing exactly to the year', () => {
    // Cumulative days through each quarter: 92, 184, 274, 365 of 365.
    // round(5,000,000 × 92/365)  = round(1,260,273.972…) = 1,260,273.97 -> Q3 1,260,273.97
    // round(5,000,000 × 184/365) = round(2,520,547.945…) = 2,520,547.95 -> Q4 1,260,273.98
    // round(5,000,000 × 274/365) = round(3,753,424.657…) = 3,753,424.66 -> Q1 1,232,876.71
    // round(5,000,000 × 365/365) = 5,000,000.00                          -> Q2 1,246,575.34
    expect(statements.map((s) => amountAt(s, 'licence-fee'))).toEqual(['1260273.97', '1260273.98', '1232876.71', '1246575.34']);
    // 1,260,273.97 + 1,260,273.98 + 1,232,876.71 + 1,246,575.34 = 5,000,000.00 exactly.
    const sum = statements.reduce((a, s) => a.plus(lineOf(s, 'licence-fee').amount.amount), lineOf(statements[0]!, 'licence-fee').amount.amount.minus(lineOf(statements[0]!, 'licence-fee').amount.amount));
    expect(sum.toFixed(2)).toBe('5000000.00');
  });

  it('is a fee line from the company to the payee, tied to the clause and its ref, and explained', () => {
    const line = lineOf(statements[0]!, 'licence-fee');
    expect([line.kind, line.clause, line.ref, line.from, line.to]).toEqual(['fee', 'licence-fee', '§9.1', 'company', 'state']);
    const text = explain(statements[0]!, 'licence-fee');
    expect(text).toContain('§9.1');
    expect(text).toContain('days of FY2027');
    for (const s of statements) expect(s.conservation.balanced).toBe(true);
  });

  it('is reported to the EITI as a licence fee, 114521E', () => {
    const sdt = eitiPayments(julyDeal([licence]), statements, { year: 'FY2027' });
    if (!sdt.ok) throw new Error('eiti');
    const row = sdt.value.rows.find((r) => r.gfsCode === '114521E');
    expect(row?.value.amount.toFixed(2)).toBe('5000000.00');
    expect(row?.governmentEntity).toBe('The State');
  });
});

describe('a part-year', () => {
  it('prorates by day from a mid-quarter start', () => {
    const statements = statementsOf(julyDeal([{ ...licence, from: '2026-08-15' }]), QUARTERS.slice(0, 2).map((period) => ({ period })));
    // 2026-Q3: fee days 2026-08-15..2026-09-30 = 17 + 30 = 47; round(5,000,000 × 47/365) =
    // round(643,835.616…) = 643,835.62.
    // 2026-Q4: 92 more days, 139 in all; round(5,000,000 × 139/365) = round(1,904,109.589…) =
    // 1,904,109.59, less 643,835.62 = 1,260,273.97.
    expect(statements.map((s) => amountAt(s, 'licence-fee'))).toEqual(['643835.62', '1260273.97']);
  });

  it('pays the whole quarter with proration none', () => {
    const statements = statementsOf(julyDeal([{ ...licence, from: '2026-08-15', proration: 'none' }]), [{ period: '2026-Q3' }]);
    expect(amountAt(statements[0]!, 'licence-fee')).toBe('1260273.97'); // 5,000,000 × 92/365, as a full quarter
  });

  it('pays nothing in a quarter wholly before the fee starts', () => {
    const statements = statementsOf(julyDeal([{ ...licence, from: '2026-10-01' }]), [{ period: '2026-Q3' }]);
    expect(statements[0]!.lines.some((l) => l.kind === 'fee')).toBe(false);
    expect(statements[0]!.notes.filter((n) => n.includes('licence-fee'))).toEqual([]);
  });
});

describe('an indexed fee', () => {
  const indexed: FeeInput = { ...licence, indexation: { index: 'US-CPI', baseValue: '300.0' } };

  it('multiplies by index ÷ base value, rounded once per cumulative step', () => {
    const statements = statementsOf(julyDeal([indexed]), QUARTERS.map((period) => ({ period, indices: { 'US-CPI': '312.5' } })));
    // Year's amount 5,000,000 × 312.5/300 = 5,208,333.333…
    // round(× 92/365) = 1,312,785.39; round(× 184/365) = 2,625,570.78; round(× 274/365) = 3,909,817.35;
    // round(× 365/365) = 5,208,333.33: quarters 1,312,785.39, 1,312,785.39, 1,284,246.57, 1,298,515.98.
    expect(statements.map((s) => amountAt(s, 'licence-fee'))).toEqual(['1312785.39', '1312785.39', '1284246.57', '1298515.98']);
    expect(explain(statements[0]!, 'licence-fee')).toContain('312.5');
  });

  it('warns, naming the clause and the period, when the index value is missing, and pays no unindexed fee', () => {
    const contract = julyDeal([indexed]);
    const run = computePayouts(contract, [actualsOf(contract, { period: '2026-Q3' })]);
    if (!run.ok) throw new Error('run');
    const s = run.value.statements[0]!;
    expect(s.lines.some((l) => l.kind === 'fee')).toBe(false);
    const warning = s.notes.find((n) => n.includes('"licence-fee"'));
    expect(warning).toContain('§9.1');
    expect(warning).toContain('2026-Q3');
    expect(warning).toContain('US-CPI');
    // The run warns too, located in the actuals of the period.
    const warned = run.diagnostics.filter((d) => d.code === 'payout/index-missing');
    expect(warned.map((d) => [d.severity, d.path])).toEqual([['warning', ['period']]]);
    expect(warned[0]!.message).toContain('"licence-fee" (§9.1)');
    const sdt = eitiPayments(contract, run.value.statements, { year: 'FY2027' });
    expect(sdt.diagnostics.map((d) => d.code)).toContain('eiti/stream-not-computed');
  });
});

describe('a fixed community sum', () => {
  it('is a fee with eitiStream community-payment, and not a payment to government when paid to a community', () => {
    const fee: FeeInput = { id: 'community-sum', payee: 'community', amount: '5000000 USD', per: 'year', eitiStream: 'community-payment' };
    const contract = julyDeal([fee]);
    const statements = statementsOf(contract, QUARTERS.map((period) => ({ period })));
    expect(amountAt(statements[3]!, 'community-sum')).toBe('1246575.34');
    const sdt = eitiPayments(contract, statements, { year: 'FY2027' });
    if (!sdt.ok) throw new Error('eiti');
    expect(sdt.value.rows).toEqual([]);
    expect(sdt.diagnostics.map((d) => d.code)).toEqual(['eiti/social-payment']);
  });

  it('a quarterly amount is four times that a year; another party may pay it', () => {
    const contract = julyDeal([{ id: 'oversight', payer: 'county', payee: 'state', amount: '100000 USD', per: 'quarter', eitiStream: 'administrative-fee' }]);
    const s = statementsOf(contract, [{ period: '2026-Q3' }])[0]!;
    // 400,000 × 92/365 = 100,821.917… -> 100,821.92, paid by the county: the company's cash is untouched.
    const line = lineOf(s, 'oversight');
    expect([amountAt(s, 'oversight'), line.from, line.to]).toEqual(['100821.92', 'county', 'state']);
    expect(s.conservation.balanced).toBe(true);
  });
});

describe('errors in a fee clause are located', () => {
  const load = (fee: Record<string, unknown>) => loadContract(JSON.stringify({ ...BASE, revenue: { fees: [{ ...licence, ...fee }] } }), { format: 'json', filename: 'deal.json' });

  it('a payee that is not a party, with a did-you-mean', () => {
    const r = load({ payee: 'stat' });
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.path).toEqual(['revenue', 'fees', 0, 'payee']);
    expect(`${d?.message} ${d?.hint ?? ''}`).toContain('state');
  });

  it('from after to', () => {
    const r = load({ from: '2027-01-01', to: '2026-12-31' });
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.path).toEqual(['revenue', 'fees', 0, 'to']);
    expect(d?.range?.start.line).toBeGreaterThan(0);
  });

  it('a payer paying itself', () => {
    const contract = contractOf({ revenue: { fees: [{ ...licence, payer: 'state' }] } });
    const run = computePayouts(contract, [actualsOf(contract, { period: '2026-Q1' })]);
    expect(run.ok).toBe(false);
    const d = run.diagnostics.find((x) => x.code === 'payout/pays-itself');
    expect(d?.path).toEqual(['revenue', 'fees', 0, 'payer']);
  });

  it('a negative amount', () => {
    const r = load({ amount: '-5 USD' });
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.path).toEqual(['revenue', 'fees', 0, 'amount']);
  });
});
