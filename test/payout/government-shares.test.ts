// Government shares: a receipt split between levels of government, the parts summing exactly.
//
// Kenya's Mining Act, 2016 (No. 12 of 2016), s.183: royalties are shared 70% to the national
// government, 20% to the county government and 10% to the community where the mining takes place
// (as reported by The EastAfrican, 21 December 2017, and Hansard of the National Assembly quoting
// "Section 183 of the Mining Act 2016, which mandates a distribution ratio of 70-20-10").
import { describe, expect, it } from 'vitest';
import { amountAt, contractOf, lineOf, netOf, statementsOf } from './payout-fixtures.js';

describe('government shares', () => {
  const kenya = (method: 'largest-remainder' | 'in-order' = 'largest-remainder') => contractOf({
    currency: 'KES',
    jurisdiction: { country: 'KE' },
    allocation: { method },
    revenue: {
      royalties: [{ id: 'royalty', ref: 'Mining Act 2016 s.183', commodity: 'copper', payee: 'state', rate: '5%' }],
      governmentShares: [{ of: 'royalty', ref: 'Mining Act 2016 s.183', split: { state: '70%', county: '20%', community: '10%' } }],
    } as never,
  });
  // 5% × 20,000,000.20 = 1,000,000.01 KES of royalty
  const period = { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '20000000.2 KES/t' }] };

  it("Kenya's 70/20/10 split: the national government passes 20% to the county and 10% to the community", () => {
    const [s] = statementsOf(kenya(), [period]);
    // exact parts 700,000.007 / 200,000.002 / 100,000.001: floors 700,000.00 + 200,000.00 + 100,000.00
    // leave one cent, which goes to the largest remainder (0.7 of a cent: the national government)
    expect(amountAt(s!, 'royalty')).toBe('1000000.01');
    expect(amountAt(s!, 'royalty/county')).toBe('200000.00');
    expect(amountAt(s!, 'royalty/community')).toBe('100000.00');
    expect([netOf(s!, 'state'), netOf(s!, 'county'), netOf(s!, 'community')]).toEqual(['700000.01', '200000.00', '100000.00']);
    const share = lineOf(s!, 'royalty/county');
    expect([share.kind, share.from, share.to, share.ref, share.rate?.toString()]).toEqual(['government-share', 'state', 'county', 'Mining Act 2016 s.183', '0.2']);
    expect(share.trace.formula).toContain('largest-remainder');
  });

  it('with the in-order method the leftover cent goes to the first party in the split', () => {
    const [s] = statementsOf(kenya('in-order'), [period]);
    expect([netOf(s!, 'state'), netOf(s!, 'county'), netOf(s!, 'community')]).toEqual(['700000.01', '200000.00', '100000.00']);
  });

  it('splits income tax too, when the table names it', () => {
    const c = contractOf({
      revenue: {
        incomeTax: { id: 'income-tax', rate: '30%', payee: 'state', depreciation: { method: 'straight-line', years: 1 } },
        governmentShares: [{ of: 'income-tax', split: { state: '85%', county: '15%' } }],
      } as never,
    });
    const s = statementsOf(c, ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((q) => ({ period: q, sales: [{ commodity: 'copper', quantity: '1 t', price: '250000 USD/t' }] })));
    // FY2027 income 1,000,000; tax 300,000 in Q4; county's 15% = 45,000
    expect(amountAt(s[3]!, 'income-tax')).toBe('300000.00');
    expect(amountAt(s[3]!, 'income-tax/county')).toBe('45000.00');
  });
});
