// Gross revenue, net smelter return and royalties, each checked against a hand calculation.
import { describe, expect, it } from 'vitest';
import { findTrace } from 'fairlode';
import { amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const COPPER = { commodity: 'copper' };

describe('gross revenue', () => {
  it('is quantity × price per sale, summed per commodity, rounded once', () => {
    const c = contractOf();
    const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ ...COPPER, quantity: '1000.5 t', price: '8700.333 USD/t' }, { ...COPPER, quantity: '200 t', price: '8800 USD/t' }] }]);
    // 1,000.5 × 8,700.333 = 8,704,683.1665; 200 × 8,800 = 1,760,000; sum 10,464,683.1665 → 10,464,683.17 (half-even)
    expect(amountAt(s!, 'revenue/copper')).toBe('10464683.17');
    expect(lineOf(s!, 'revenue/copper').trace.value).toBe('10464683.1665 USD');
  });

  it('converts units exactly: a price per pound on tonnes sold', () => {
    const c = contractOf();
    const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ ...COPPER, quantity: '10 t', price: '4 USD/lb' }] }]);
    // 10 t = 10,000 kg = 10,000 / 0.45359237 lb = 22,046.2262184878 lb; × 4 = 88,184.9048739... → 88,184.90
    expect(amountAt(s!, 'revenue/copper')).toBe('88184.90');
  });
});

describe('net smelter return', () => {
  const contract = (extra: object = {}) => contractOf({
    revenue: {
      royalties: [{ id: 'nsr-royalty', ref: '§7.1', commodity: 'copper', base: 'net-smelter-return', payee: 'state', rate: '5%' }],
      netSmelterReturn: { ref: '§7.2', allowedDeductions: ['treatment', 'refining', 'transport'], ...extra },
    },
  });

  it('is gross less the allowed deductions; others are paid but not deducted', () => {
    const [s] = statementsOf(contract(), [{
      period: '2027-Q1',
      sales: [{ ...COPPER, quantity: '1000 t', price: '9000 USD/t', deductions: { treatment: '300000 USD', refining: '100000 USD', marketing: '50000 USD' } }],
    }]);
    // gross 9,000,000; allowed 300,000 + 100,000 = 400,000; marketing 50,000 not allowed
    // NSR 8,600,000; royalty 5% = 430,000.00; all 450,000 of deductions are paid to suppliers
    expect(amountAt(s!, 'nsr-royalty')).toBe('430000.00');
    expect(amountAt(s!, 'sale-deductions/copper')).toBe('450000.00');
    const nsr = findTrace(lineOf(s!, 'nsr-royalty').trace, (t) => t.label === 'net smelter return of copper');
    expect(nsr?.value).toBe('8600000.00 USD');
    expect(nsr?.inputs?.map((t) => t.label)).toEqual(['gross revenue of copper', 'treatment charges', 'refining charges', 'marketing charges (not an allowed deduction)']);
  });

  it('caps the deductions at the stated share of gross revenue', () => {
    const [s] = statementsOf(contract({ maximumDeduction: '2%' }), [{
      period: '2027-Q1',
      sales: [{ ...COPPER, quantity: '1000 t', price: '9000 USD/t', deductions: { treatment: '300000 USD' } }],
    }]);
    // cap 2% × 9,000,000 = 180,000 < 300,000; NSR 8,820,000; royalty 441,000.00
    expect(amountAt(s!, 'nsr-royalty')).toBe('441000.00');
  });

  it('is never below zero', () => {
    const [s] = statementsOf(contract(), [{
      period: '2027-Q1',
      sales: [{ ...COPPER, quantity: '1 t', price: '1000 USD/t', deductions: { treatment: '5000 USD' } }],
    }]);
    // gross 1,000; deductions 5,000 → NSR 0; no royalty line (zero amounts are left out)
    expect(s!.lines.find((l) => l.id === 'nsr-royalty')).toBeUndefined();
    expect(amountAt(s!, 'sale-deductions/copper')).toBe('5000.00');
  });
});

describe('royalties', () => {
  it('ad valorem on gross revenue, with base and rate on the line', () => {
    const c = contractOf({ revenue: { royalties: [{ id: 'royalty', ref: 'MA s.183', commodity: 'copper', payee: 'state', rate: '3.5%' }] } });
    const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ ...COPPER, quantity: '333.3 t', price: '7777.77 USD/t' }] }]);
    // 333.3 × 7,777.77 = 2,592,330.741; × 3.5% = 90,731.575935 → 90,731.58
    const l = lineOf(s!, 'royalty');
    expect(l.amount.amount.toFixed(2)).toBe('90731.58');
    expect(l.base?.label).toBe('gross revenue of copper');
    expect(l.base?.amount?.amount.toFixed()).toBe('2592330.741');
    expect(l.rate?.toString()).toBe('0.035');
    expect([l.from, l.to, l.clause, l.ref, l.kind]).toEqual(['company', 'state', 'royalty', 'MA s.183', 'royalty']);
  });

  it('rounds with the contract\'s rounding mode', () => {
    // 100 t × 10.05 USD/t = 1,005.00; × 5% = 50.25 exactly... use a half: 1 t × 10.1 × 5% = 0.505
    const sale = [{ ...COPPER, quantity: '1 t', price: '10.1 USD/t' }];
    const royalty = [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' }];
    const even = contractOf({ revenue: { royalties: royalty } });
    const up = contractOf({ rounding: { mode: 'half-up' }, revenue: { royalties: royalty } });
    // 0.505 → half-even 0.50 (0 is even), half-up 0.51
    expect(amountAt(statementsOf(even, [{ period: '2027-Q1', sales: sale }])[0]!, 'royalty')).toBe('0.50');
    expect(amountAt(statementsOf(up, [{ period: '2027-Q1', sales: sale }])[0]!, 'royalty')).toBe('0.51');
  });

  it('a dated rate: the step in force on the period\'s first day', () => {
    const c = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: [{ from: '2026-01-01', rate: '4%' }, { from: '2028-01-01', rate: '6%' }] }] } });
    const sale = [{ ...COPPER, quantity: '100 t', price: '10000 USD/t' }];
    const s = statementsOf(c, [{ period: '2027-Q4', sales: sale }, { period: '2028-Q1', sales: sale }]);
    // 1,000,000 × 4% = 40,000; from 2028: × 6% = 60,000
    expect(amountAt(s[0]!, 'royalty')).toBe('40000.00');
    expect(amountAt(s[1]!, 'royalty')).toBe('60000.00');
    expect(lineOf(s[1]!, 'royalty').trace.inputs?.[0]?.label).toBe('rate in force on 2028-01-01');
  });

  it('specific: per unit of quantity, converting units', () => {
    const c = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', base: 'quantity', payee: 'state', perUnit: '15 USD/t' }] } });
    const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ ...COPPER, quantity: '2500 kg', price: '9 USD/kg' }, { ...COPPER, quantity: '3 t', price: '9000 USD/t' }] }]);
    // (2.5 t + 3 t) × 15 = 82.50
    const l = lineOf(s!, 'royalty');
    expect(l.amount.amount.toFixed(2)).toBe('82.50');
    expect(l.base?.quantity?.value.toString()).toBe('5.5');
  });

  it('floors and caps: minimum rate, maximum rate, minimum per period', () => {
    const sale = [{ ...COPPER, quantity: '100 t', price: '5000 USD/t' }]; // gross 500,000
    const scale = { mode: 'incremental', bands: [{ upTo: '4000 USD/t', rate: '1%' }, { rate: '20%' }] }; // 100 × (40 + 200) = 24,000
    const capped = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', sliding: scale as never, maximumRate: '4%' }] } });
    // 24,000 is 4.8% of gross; capped at 4% × 500,000 = 20,000
    const s1 = statementsOf(capped, [{ period: '2027-Q1', sales: sale }])[0]!;
    expect(amountAt(s1, 'royalty')).toBe('20000.00');
    expect(findTrace(lineOf(s1, 'royalty').trace, (t) => t.label === 'maximum rate applied')?.formula).toBe('4% × gross revenue of copper, below the computed 24000.00 USD');
    const floored = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '1%', minimumRate: '2%' }] } });
    // 1% = 5,000 < 2% = 10,000
    expect(amountAt(statementsOf(floored, [{ period: '2027-Q1', sales: sale }])[0]!, 'royalty')).toBe('10000.00');
    const minimum = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '1%', minimumPerPeriod: '25000 USD' }] } });
    // 5,000 < 25,000 a period; a period without sales still owes the minimum
    const s3 = statementsOf(minimum, [{ period: '2027-Q1', sales: sale }, { period: '2027-Q2', sales: [] }]);
    expect(amountAt(s3[0]!, 'royalty')).toBe('25000.00');
    expect(amountAt(s3[1]!, 'royalty')).toBe('25000.00');
  });
});
