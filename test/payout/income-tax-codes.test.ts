// Income tax as mining and tax codes write it (issue #14 item 5): progressive brackets, a holiday
// from commercial production, investment tax credits, royalties deductible or not, losses capped at
// a share of income, depreciation from commercial production. Hand calculations in the comments.
import { describe, expect, it } from 'vitest';
import { computePeriod, FairlodeError, findTrace, initialPayoutState, loadContract } from 'fairlode';
import { BASE, actualsOf, amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const sale = (usd: string) => [{ commodity: 'copper', quantity: '1 t', price: `${usd} USD/t` }];
const taxed = (extra: object, revenue: object = {}) =>
  contractOf({ revenue: { incomeTax: { id: 'income-tax', ref: '§11', payee: 'state', depreciation: { method: 'straight-line', years: 5 }, ...extra }, ...revenue } } as never);
const tax = (s: Parameters<typeof amountAt>[0]) => amountAt(s, 'income-tax');

describe('progressive brackets', () => {
  // The US federal corporate schedule before 2018 (26 U.S.C. § 11(b), as in force in 2017): 15% to
  // 50,000; 25% to 75,000; 34% to 100,000; 39% to 335,000; 34% above (to 10,000,000, simplified).
  const brackets = [
    { upTo: '50000 USD', rate: '15%' }, { upTo: '75000 USD', rate: '25%' }, { upTo: '100000 USD', rate: '34%' },
    { upTo: '335000 USD', rate: '39%' }, { rate: '34%' },
  ];

  it('taxes each slice of the year\'s taxable income at its bracket\'s rate', () => {
    const s = statementsOf(taxed({ brackets }), [{ period: '2027', sales: sale('100000') }, { period: '2028', sales: sale('335000') }]);
    // 100,000: 15% × 50,000 + 25% × 25,000 + 34% × 25,000 = 7,500 + 6,250 + 8,500 = 22,250
    expect(tax(s[0]!)).toBe('22250.00');
    // 335,000: 22,250 + 39% × 235,000 = 22,250 + 91,650 = 113,900 (= 34% × 335,000: the 39% band
    // takes back the lower brackets' benefit, as the code intends)
    expect(tax(s[1]!)).toBe('113900.00');
    expect(findTrace(lineOf(s[0]!, 'income-tax').trace, (t) => t.label === 'brackets')?.value).toBe('15% to 50000.00 USD; 25% to 75000.00 USD; 34% to 100000.00 USD; 39% to 335000.00 USD; 34% above');
  });

  it('refuses both a rate and brackets, and brackets that do not rise', () => {
    const load = (t: object) => loadContract(JSON.stringify({ ...BASE, revenue: { incomeTax: { id: 'income-tax', payee: 'state', depreciation: { method: 'straight-line', years: 5 }, ...t } } }), { format: 'json', filename: 'deal.json' });
    expect(load({ rate: '30%', brackets }).diagnostics.map((d) => d.message).join()).toMatch(/either "rate" or "brackets"/);
    expect(load({ brackets: [{ upTo: '75000 USD', rate: '15%' }, { upTo: '50000 USD', rate: '25%' }, { rate: '30%' }] }).diagnostics.map((d) => d.message).join()).toMatch(/"upTo" rise/);
  });
});

describe('a holiday and depreciation from commercial production', () => {
  it('exempts the days within N years of commercial production; depreciation waits for it', () => {
    const c = taxed({ rate: '30%', holiday: { years: 1, from: 'commercial-production', ref: '§11.4' }, depreciation: { method: 'straight-line', years: 2, from: 'commercial-production' } });
    const s = statementsOf(c, [
      { period: '2026', sales: sale('1000000'), costs: { capital: '400000 USD' } },
      { period: '2027', sales: sale('1000000'), events: [{ clause: 'income-tax', kind: 'commercial-production', date: '2027-07-01' }] },
      { period: '2028', sales: sale('1000000') },
      { period: '2029', sales: sale('1000000') },
    ]);
    // FY2026: no commercial production yet: no depreciation (400,000 waits), no holiday; 30% × 1,000,000 = 300,000
    expect(tax(s[0]!)).toBe('300000.00');
    expect(s[0]!.notes.join('\n')).toMatch(/no tax holiday \(§11\.4\) yet: it starts at commercial production/);
    expect(s[0]!.balances.undepreciatedCapital.amount.toFixed(2)).toBe('400000.00');
    // FY2027: depreciation starts, 400,000 / 2 = 200,000; taxable 800,000, tax 240,000 before the
    // holiday; holiday 2027-07-01 to 2028-06-30: 184 of 365 days inside, 181 outside:
    // 240,000 × 181 / 365 = 119,013.6986… → 119,013.70
    expect(tax(s[1]!)).toBe('119013.70');
    // FY2028: 200,000 depreciation; 30% × 800,000 = 240,000; holiday days 2028-01-01 to 2028-06-30 =
    // 182 of 366 (a leap year): 240,000 × 184 / 366 = 120,655.7377… → 120,655.74
    expect(tax(s[2]!)).toBe('120655.74');
    // FY2029: no depreciation left, no holiday: 300,000
    expect(tax(s[3]!)).toBe('300000.00');
  });
});

describe('investment tax credit', () => {
  // A credit of 10% of capital spent, as Canada's Atlantic investment tax credit (Income Tax Act
  // s. 127(9), "specified percentage" 10%) allows for qualified mining property.
  it('sets rate × the year\'s capital against the tax and carries what it does not absorb', () => {
    const c = taxed({ rate: '30%', investmentCredit: { rate: '10%', ref: '§11.6' }, depreciation: { method: 'straight-line', years: 10 } });
    const s = statementsOf(c, [
      { period: '2027', sales: sale('500000'), costs: { capital: '2000000 USD' } },
      { period: '2028', sales: sale('1000000') },
    ]);
    // FY2027: depreciation 200,000; taxable 300,000; tax 90,000; credit 10% × 2,000,000 = 200,000:
    // 90,000 used, tax 0, 110,000 carried
    expect(tax(s[0]!)).toBe('0.00');
    // FY2028: depreciation 200,000; taxable 800,000; tax 240,000 − 110,000 = 130,000
    expect(tax(s[1]!)).toBe('130000.00');
    const credit = findTrace(lineOf(s[1]!, 'income-tax').trace, (t) => t.label === 'investment credit set against the tax');
    expect(credit?.value).toBe('110000.00 USD');
  });
});

describe('royalties deductible or not', () => {
  // Zambia has not allowed mineral royalty as a deduction for corporate income tax since 2019
  // (BusinessLIVE, 28 Sept 2020, https://www.businesslive.co.za/bd/world/africa/2020-09-28-zambia-chamber-of-mines-wants-mineral-royalty-payments-to-be-a-deductible-expense/).
  const royalty = { royalties: [{ id: 'royalty', commodity: 'copper', base: 'gross-revenue', rate: '10%', payee: 'state' }] };

  it('deducts royalties only when the contract says so, and says when it does not', () => {
    const periods = [{ period: '2027', sales: sale('1000000') }];
    // royalty 10% × 1,000,000 = 100,000
    // not deductible: 30% × 1,000,000 = 300,000
    expect(tax(statementsOf(taxed({ rate: '30%', royaltiesDeductible: false }, royalty), periods)[0]!)).toBe('300000.00');
    // deductible: 30% × 900,000 = 270,000
    expect(tax(statementsOf(taxed({ rate: '30%', royaltiesDeductible: true }, royalty), periods)[0]!)).toBe('270000.00');
    // unsaid: deducted as before, and a note says the contract does not say
    const [unsaid] = statementsOf(taxed({ rate: '30%' }, royalty), periods);
    expect(tax(unsaid!)).toBe('270000.00');
    expect(unsaid!.notes).toContain('Income tax "income-tax" (§11) for FY2027 deducts royalties of 100000.00 USD: the contract does not say whether royalties are deductible (state royaltiesDeductible).');
  });
});

describe('losses capped at a share of income', () => {
  // Zambia's Income Tax Act (Cap. 323) s. 30, as amended: a mining loss carried forward may reduce
  // a year's taxable income by at most 50%.
  it('sets off at most the cap × the year\'s income; the rest is carried on', () => {
    const c = taxed({ rate: '30%', depreciation: { method: 'straight-line', years: 1 }, lossCarryForward: { years: 10, cap: '50%' } });
    const s = statementsOf(c, [
      { period: '2027', costs: { operating: '1000000 USD' } },
      { period: '2028', sales: sale('600000.01') },
      { period: '2029', sales: sale('2000000') },
    ]);
    // FY2027: loss 1,000,000. FY2028: income 600,000.01; cap 50% = 300,000.005 → 300,000.00 (down);
    // taxable 300,000.01; tax 90,000.003 → 90,000.00; loss left 700,000
    expect(tax(s[1]!)).toBe('90000.00');
    expect(s[1]!.balances.lossesCarriedForward.amount.toFixed(2)).toBe('700000.00');
    // FY2029: cap 1,000,000 ≥ 700,000: all used; taxable 1,300,000; tax 390,000
    expect(tax(s[2]!)).toBe('390000.00');
  });
});

describe('starting part-way', () => {
  it('takes the date of commercial production and the credits brought forward from the opening balances', () => {
    const c = taxed({ rate: '30%', holiday: { years: 1, from: 'commercial-production' }, investmentCredit: { rate: '10%' } });
    const state = initialPayoutState(c, { lastPeriod: '2026', commercialProduction: '2026-07-01', taxCreditsCarriedForward: '50000 USD' });
    const { statement } = computePeriod(c, actualsOf(c, { period: '2027', sales: sale('1000000') }), state);
    // holiday 2026-07-01 to 2027-06-30: 181 of FY2027's 365 days inside, 184 outside;
    // 30% × 1,000,000 = 300,000 × 184 / 365 = 151,232.876… → 151,232.88; less the 50,000 credit = 101,232.88
    expect(tax(statement)).toBe('101232.88');
    expect(() => initialPayoutState(c, { commercialProduction: '2026-13-01' })).toThrow(FairlodeError);
  });
});
