// Income tax per fiscal year: assessed in the period that closes the year, on revenue less the
// deductible costs and depreciation, after losses brought forward (which expire).
import { describe, expect, it } from 'vitest';
import { findTrace, type PayoutStatement } from 'fairlode';
import { amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const sale = (perTonne: string) => [{ commodity: 'copper', quantity: '1 t', price: `${perTonne} USD/t` }];
const tax = (extra: object) => ({ incomeTax: { id: 'income-tax', ref: '§11', rate: '30%', payee: 'state', ...extra } });
const lossesLeft = (s: PayoutStatement) => s.balances.lossesCarriedForward.amount.toFixed(2);

describe('income tax', () => {
  it('is assessed only in the period that closes the fiscal year (July–June here)', () => {
    const c = contractOf({ fiscalYear: { startMonth: 7 }, revenue: tax({ depreciation: { method: 'straight-line', years: 5 } }) as never });
    const s = statementsOf(c, [
      { period: '2027-Q1', sales: sale('1000000'), costs: { operating: '200000 USD', capital: '500000 USD' } },
      { period: '2027-Q2', sales: sale('1000000'), costs: { operating: '200000 USD' } },
    ]);
    expect(s[0]!.closesFiscalYear).toBe(false);
    expect(s[0]!.lines.find((l) => l.kind === 'income-tax')).toBeUndefined();
    // FY2027: revenue 2,000,000 − operating 400,000 − depreciation 500,000 / 5 = 100,000 → 1,500,000; 30% = 450,000
    expect(s[1]!.closesFiscalYear).toBe(true);
    expect(amountAt(s[1]!, 'income-tax')).toBe('450000.00');
    const income = findTrace(lineOf(s[1]!, 'income-tax').trace, (t) => t.label === 'income for FY2027');
    expect(income?.inputs?.map((t) => `${t.label}: ${t.value}`)).toEqual([
      'revenue: 2000000.00 USD',
      'sale deductions: 0.00 USD',
      'royalties: 0.00 USD',
      'community fund contributions: 0.00 USD',
      'price participation: 0.00 USD',
      'operating costs: 400000.00 USD',
      'depreciation for FY2027: 100000.00 USD',
    ]);
  });

  it('straight-line depreciation: equal parts rounded to the cent, the last part takes what remains', () => {
    const c = contractOf({ revenue: tax({ depreciation: { method: 'straight-line', years: 3 } }) as never });
    const s = statementsOf(c, [
      { period: '2027', sales: sale('10000000'), costs: { capital: '1000000 USD' } },
      { period: '2028', sales: sale('10000000') },
      { period: '2029', sales: sale('10000000') },
      { period: '2030', sales: sale('10000000') },
    ]);
    // 1,000,000 / 3 = 333,333.33 in FY2027 and FY2028, 333,333.34 in FY2029, nothing after
    const dep = (x: PayoutStatement) => findTrace(lineOf(x, 'income-tax').trace, (t) => t.label.startsWith('depreciation for'))?.value;
    expect(s.map(dep)).toEqual(['333333.33 USD', '333333.33 USD', '333333.34 USD', '0.00 USD']);
    // FY2027 tax 30% × (10,000,000 − 333,333.33) = 2,899,999.999 → 2,900,000.00
    expect(amountAt(s[0]!, 'income-tax')).toBe('2900000.00');
  });

  it('declining-balance depreciation: rate × the pool, the year\'s capital joining it', () => {
    const c = contractOf({ revenue: tax({ depreciation: { method: 'declining-balance', rate: '25%' } }) as never });
    const s = statementsOf(c, [
      { period: '2027', sales: sale('10000000'), costs: { capital: '1000000 USD' } },
      { period: '2028', sales: sale('10000000'), costs: { capital: '100000 USD' } },
    ]);
    // FY2027: 25% × 1,000,000 = 250,000; pool 750,000. FY2028: 25% × (750,000 + 100,000) = 212,500; pool 637,500
    expect(findTrace(lineOf(s[0]!, 'income-tax').trace, (t) => t.label === 'depreciation for FY2027')?.value).toBe('250000.00 USD');
    expect(findTrace(lineOf(s[1]!, 'income-tax').trace, (t) => t.label === 'depreciation for FY2028')?.value).toBe('212500.00 USD');
    expect(s[1]!.balances.undepreciatedCapital.amount.toFixed(2)).toBe('637500.00');
  });

  it('carries losses forward, oldest first, and lets them expire after the stated years', () => {
    const c = contractOf({ revenue: tax({ depreciation: { method: 'straight-line', years: 2 }, lossCarryForward: { years: 2 } }) as never });
    const s = statementsOf(c, [
      { period: '2026', costs: { operating: '100000 USD', capital: '1000000 USD' } },
      { period: '2027', sales: sale('300000') },
      { period: '2028', sales: sale('100000') },
      { period: '2029', sales: sale('50000') },
      { period: '2030', sales: sale('1000000') },
    ]);
    // FY2026: −100,000 − depreciation 500,000 = loss 600,000
    // FY2027: 300,000 − 500,000 = loss 200,000 (losses: FY2026 600,000; FY2027 200,000)
    // FY2028: income 100,000, uses 100,000 of FY2026's loss (500,000 left); tax 0
    // FY2029: FY2026's loss expired (usable FY2027–FY2028 only): 500,000 lost; 50,000 of FY2027's used (150,000 left)
    // FY2030: FY2027's loss expired (150,000); taxable 1,000,000; tax 300,000
    expect(s.map((x) => amountAt(x, 'income-tax'))).toEqual(['0.00', '0.00', '0.00', '0.00', '300000.00']);
    expect(s.map(lossesLeft)).toEqual(['600000.00', '800000.00', '700000.00', '150000.00', '0.00']);
    const relief = findTrace(lineOf(s[3]!, 'income-tax').trace, (t) => t.label === 'losses brought forward set against the income');
    expect(relief?.inputs?.map((t) => `${t.label}: ${t.value}`)).toEqual([
      'loss of FY2027 used: 50000.00 USD',
      'loss of FY2026 expired unused: 500000.00 USD',
      'loss of FY2027 carried forward: 150000.00 USD',
    ]);
  });

  it('without a carry-forward clause, losses never expire; with 0 years, they are not carried', () => {
    const periods = [{ period: '2026', costs: { operating: '100000 USD' } }, ...['2027', '2028', '2029', '2030', '2031', '2032', '2033'].map((p) => ({ period: p })), { period: '2034', sales: sale('1000000') }];
    const forever = statementsOf(contractOf({ revenue: tax({ depreciation: { method: 'straight-line', years: 1 } }) as never }), periods);
    // the FY2026 loss of 100,000 is still there eight years later: tax 30% × 900,000 = 270,000
    expect(amountAt(forever[8]!, 'income-tax')).toBe('270000.00');
    const none = statementsOf(contractOf({ revenue: tax({ depreciation: { method: 'straight-line', years: 1 }, lossCarryForward: { years: 0 } }) as never }), periods);
    expect(amountAt(none[8]!, 'income-tax')).toBe('300000.00');
  });
});

describe('price participation', () => {
  it('takes the rate of the revenue above the threshold price, sale by sale', () => {
    const c = contractOf({ revenue: { priceParticipation: [{ id: 'windfall', ref: '§10', commodity: 'copper', thresholdPrice: '9000 USD/t', rate: '20%', payee: 'state' }] } as never });
    const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1000 t', price: '9500 USD/t' }, { commodity: 'copper', quantity: '500 t', price: '8000 USD/t' }] }]);
    // only the first sale is above 9,000: 20% × 500 × 1,000 = 100,000
    const l = lineOf(s!, 'windfall');
    expect([l.amount.amount.toFixed(2), l.kind, l.base?.amount?.amount.toFixed(2)]).toEqual(['100000.00', 'price-participation', '500000.00']);
  });
});
