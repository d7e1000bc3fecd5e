// Community development fund contributions: accrual per period, the annual cap and the annual
// minimum applied per fiscal year, and the bases a fund can be levied on. Hand calculations inline.
import { describe, expect, it } from 'vitest';
import { computePayouts, findTrace } from 'fairlode';
import { actualsOf, amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const fund = (extra: object = {}) => ({ id: 'cdf', ref: '§15.2', modality: 'shall', payee: 'community', rate: '1%', base: 'gross-revenue', ...extra });
const quarter = (label: string, grossPerTonne: string) => ({ period: label, sales: [{ commodity: 'copper', quantity: '1 t', price: `${grossPerTonne} USD/t` }] });

describe('community fund', () => {
  it('accrues rate × base each period and tops up to the annual minimum in the period that closes the year', () => {
    const c = contractOf({ revenue: { communityFunds: [fund({ minimumAnnual: '500000 USD', maximumAnnual: '2000000 USD' })] } as never });
    const s = statementsOf(c, ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((q) => quarter(q, '10000000')));
    // 1% × 10,000,000 = 100,000 a quarter; by Q4 400,000 < 500,000: a separate top-up of 100,000
    expect(s.map((x) => amountAt(x, 'cdf'))).toEqual(['100000.00', '100000.00', '100000.00', '100000.00']);
    expect(s.slice(0, 3).every((x) => x.lines.every((l) => l.id !== 'cdf/top-up'))).toBe(true);
    const topUp = lineOf(s[3]!, 'cdf/top-up');
    expect([topUp.kind, topUp.to, amountAt(s[3]!, 'cdf/top-up')]).toEqual(['community-fund-top-up', 'community', '100000.00']);
    expect(topUp.trace.label).toBe('top-up of community to the annual minimum for FY2027');
    expect(topUp.trace.inputs?.map((t) => t.value)).toEqual(['500000.00 USD', '400000.00 USD']);
  });

  it('stops at the annual maximum, then pays nothing more that fiscal year', () => {
    const c = contractOf({ revenue: { communityFunds: [fund({ maximumAnnual: '2000000 USD' })] } as never });
    const s = statementsOf(c, ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1'].map((q) => quarter(q, '80000000')));
    // 800,000 a quarter: Q1 800,000, Q2 800,000, Q3 400,000 (to reach 2,000,000), Q4 nothing; 2028 starts again
    expect(amountAt(s[2]!, 'cdf')).toBe('400000.00');
    expect(findTrace(lineOf(s[2]!, 'cdf').trace, (t) => t.label === 'computed before the cap')?.value).toBe('800000.00 USD');
    expect(s[3]!.lines.find((l) => l.id === 'cdf')).toBeUndefined();
    expect(amountAt(s[4]!, 'cdf')).toBe('800000.00');
  });

  it('pro-rates the annual limits by the days of the fiscal year within the term', () => {
    const c = contractOf({ signed: '2026-06-01', effective: '2026-07-01', revenue: { communityFunds: [fund({ minimumAnnual: '500000 USD' })] } as never });
    const s = statementsOf(c, [quarter('2026-Q3', '1000000'), quarter('2026-Q4', '1000000')]);
    // FY2026 (calendar) has 184 of its 365 days in the term: 500,000 × 184 / 365 = 252,054.794... → 252,054.79
    // contributions 10,000 + 10,000; top-up 252,054.79 − 20,000 = 232,054.79
    expect(amountAt(s[1]!, 'cdf/top-up')).toBe('232054.79');
    expect(findTrace(lineOf(s[1]!, 'cdf/top-up').trace, (t) => t.label === 'annual minimum for FY2026')?.formula).toBe('500000.00 USD × 184/365 days of FY2026 within the term');
  });

  it('can be levied on a royalty', () => {
    const c = contractOf({
      revenue: {
        royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' }],
        communityFunds: [fund({ base: 'royalty', of: 'royalty', rate: '10%' })],
      } as never,
    });
    // royalty 5% × 1,000,000 = 50,000; fund 10% × 50,000 = 5,000
    expect(amountAt(statementsOf(c, [quarter('2027-Q1', '1000000')])[0]!, 'cdf')).toBe('5000.00');
  });

  it('can be levied on net profit: revenue less sale deductions, operating costs and earlier steps', () => {
    const c = contractOf({
      revenue: {
        royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' }],
        communityFunds: [fund({ base: 'net-profit', rate: '2%' })],
      } as never,
    });
    const [s] = statementsOf(c, [{ ...quarter('2027-Q1', '1000000'), costs: { operating: '400000 USD', capital: '300000 USD' } }]);
    // 1,000,000 − 400,000 operating − 50,000 royalty = 550,000 (capital is not a profit item); 2% = 11,000
    expect(amountAt(s!, 'cdf')).toBe('11000.00');
    expect(lineOf(s!, 'cdf').base?.amount?.amount.toFixed(2)).toBe('550000.00');
  });

  it('is not computed when the clause is discretionary, and says so', () => {
    const c = contractOf({ revenue: { communityFunds: [fund({ modality: 'may' })] } as never });
    const r = computePayouts(c, [actualsOf(c, quarter('2027-Q1', '1000000'))]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path.join('.')])).toEqual([['payout/discretionary-clause', 'info', 'revenue.communityFunds.0.modality']]);
    if (r.ok) {
      expect(r.value.statements[0]!.lines.find((l) => l.id === 'cdf')).toBeUndefined();
      expect(r.value.statements[0]!.notes).toEqual(['cdf (§15.2) is discretionary ("may"), so no contribution is computed.']);
    }
  });
});
