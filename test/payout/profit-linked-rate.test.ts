// Profit-linked royalty rates (issue #14 item 9): a rate that steps with the period's operating
// margin or with the R-factor (cumulative receipts over cumulative costs, carried in the payout
// state), in whole-value or incremental bands. Each amount is a hand calculation.
//
// Sources:
// - Cobre Panamá, 2023 concession contract (Law 406 of 2023, later declared unconstitutional): a
//   profit-based mineral royalty of 12% to 16% set by the operating margin, "a 0%-20% margin tied
//   to a rate of 12% at the low end and a margin of over 50% tied to an effective royalty rate of
//   16%" (https://northernminer.com/news/first-quantum-government-reach-deal-on-cobre-panama); the
//   rate is applied to the sales revenue less transport, smelting and marketing costs
//   (https://noticiasdepanama.com/?p=27018). The bands between 20% and 50% are not verified here:
//   the test uses one illustrative 14% band between them.
// - R-factor: "the ratio of cumulative Cash Receipts to cumulative Expenditures", as PSCs define it
//   (https://www.lawinsider.com/dictionary/r-factor), discussed as a profit-based instrument in IMF,
//   Fiscal Regimes for Extractive Industries: Design and Implementation (2012),
//   https://www.elibrary.imf.org/view/journals/007/2012/065/article-A001-en.xml. The bands below
//   (2% to R = 1, 5% to R = 2, 10% above) are illustrative.
import { describe, expect, it } from 'vitest';
import { computePayouts, computePeriod, explain, FairlodeError, initialPayoutState, loadActuals, loadContract, type Contract } from 'fairlode';
import { actualsOf, amountAt, BASE, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const COBRE_BANDS = [{ upTo: '20%', rate: '12%' }, { upTo: '50%', rate: '14%' }, { rate: '16%' }];

function marginRoyalty(extra: object = {}): Contract {
  return contractOf({
    revenue: {
      royalties: [{ id: 'profit-royalty', ref: 'cl. 9', commodity: 'copper', payee: 'state', base: 'net-smelter-return', profitLinked: { measure: 'operating-margin', mode: 'whole-value', bands: COBRE_BANDS, ...extra } }],
      netSmelterReturn: { allowedDeductions: ['treatment', 'refining', 'transport', 'marketing'] },
    },
  } as never);
}

// 50,000 t at 8,000 USD/t = 400,000,000 revenue; treatment 20,000,000 + transport 10,000,000 of
// deductions: net revenue (and NSR) 370,000,000.
const quarter = (label: string, operating: string) => ({
  period: label,
  sales: [{ commodity: 'copper', quantity: '50000 t', price: '8000 USD/t', deductions: { treatment: '20000000 USD', transport: '10000000 USD' } }],
  costs: { operating },
});

describe('a royalty rate that steps with the operating margin (Cobre Panamá 2023)', () => {
  it('reads the band of the period\'s margin and applies its rate to the whole base', () => {
    const [q1, q2, q3] = statementsOf(marginRoyalty(), [quarter('2026-Q1', '222000000 USD'), quarter('2026-Q2', '300000000 USD'), quarter('2026-Q3', '100000000 USD')]);
    // Q1: margin (370,000,000 − 222,000,000) ÷ 370,000,000 = 40%: band 20%–50%, 14% × 370,000,000 = 51,800,000.00
    expect(amountAt(q1!, 'profit-royalty')).toBe('51800000.00');
    expect(lineOf(q1!, 'profit-royalty').rate?.toString()).toBe('0.14');
    expect(lineOf(q1!, 'profit-royalty').band).toBe('14% (margin 20% to 50%)');
    // Q2: margin 70,000,000 ÷ 370,000,000 = 18.92%: 12% × 370,000,000 = 44,400,000.00
    expect(amountAt(q2!, 'profit-royalty')).toBe('44400000.00');
    // Q3: margin 270 ÷ 370 = 72.97%: 16% × 370,000,000 = 59,200,000.00
    expect(amountAt(q3!, 'profit-royalty')).toBe('59200000.00');
    const text = explain(q1!, 'profit-royalty');
    expect(text).toContain('operating margin of 2026-Q1: 40%');
    expect(text).toContain('= (revenue − sale deductions − operating costs) ÷ (revenue − sale deductions)');
    expect(text).toContain('operating costs: 222000000.00 USD');
  });

  it('puts a margin exactly on an edge in the next band, or in this band when the contract says so', () => {
    // opex 185,000,000: margin 185 ÷ 370 = exactly 50%
    const [next] = statementsOf(marginRoyalty(), [quarter('2026-Q1', '185000000 USD')]);
    expect(amountAt(next!, 'profit-royalty')).toBe('59200000.00'); // 16% × 370,000,000
    const [same] = statementsOf(marginRoyalty({ edge: 'this-band' }), [quarter('2026-Q1', '185000000 USD')]);
    expect(amountAt(same!, 'profit-royalty')).toBe('51800000.00'); // 14% × 370,000,000
  });

  it('with incremental bands, applies the average rate over the slices of the margin', () => {
    const [s] = statementsOf(marginRoyalty({ mode: 'incremental' }), [quarter('2026-Q1', '222000000 USD')]);
    // margin 40%: 12% on the first 20 points + 14% on the next 20 = 2.4% + 2.8% = 5.2%; ÷ 40% = 13%
    // 13% × 370,000,000 = 48,100,000.00
    expect(amountAt(s!, 'profit-royalty')).toBe('48100000.00');
    expect(lineOf(s!, 'profit-royalty').rate).toBeUndefined();
    expect(lineOf(s!, 'profit-royalty').band).toBe('incremental: 12% on 20% + 14% on 20% of the margin');
  });

  it('uses the first band for a loss-making period', () => {
    const [s] = statementsOf(marginRoyalty(), [quarter('2026-Q1', '400000000 USD')]);
    // margin (370 − 400) ÷ 370 < 0: 12% × 370,000,000 = 44,400,000.00
    expect(amountAt(s!, 'profit-royalty')).toBe('44400000.00');
  });

  it('refuses, located at the actuals\' costs, a period whose operating costs are not given', () => {
    const c = marginRoyalty();
    const a = loadActuals(`contract: ${c.id}\nperiod: 2026-Q1\nsales:\n  - commodity: copper\n    quantity: 10 t\n    price: 8000 USD/t\ncosts:\n  capital: 5 USD\n`, { filename: 'q1.yaml', contract: c });
    if (!a.ok) throw new Error('actuals do not load');
    const r = computePayouts(c, [a.value]);
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path, d.range?.start.line])).toEqual([['payout/profit-measure-unknown', 'q1.yaml', ['costs'], 8]]);
    // and computePeriod alone throws, naming the clause: the royalty is never silently dropped
    expect(() => computePeriod(c, a.value.actuals, initialPayoutState(c))).toThrow(FairlodeError);
    expect(() => computePeriod(c, a.value.actuals, initialPayoutState(c))).toThrow(/Royalty "profit-royalty" steps with the operating margin/);
  });
});

describe('a royalty rate that steps with the R-factor', () => {
  const rFactorContract = () => contractOf({
    revenue: { royalties: [{ id: 'r-royalty', commodity: 'copper', payee: 'state', profitLinked: { measure: 'r-factor', mode: 'whole-value', bands: [{ upTo: '1', rate: '2%' }, { upTo: '2', rate: '5%' }, { rate: '10%' }] } }] },
  } as never);
  const q = (label: string, tonnes: number, capital = '0 USD') => ({ period: label, sales: [{ commodity: 'copper', quantity: `${tonnes} t`, price: '5000 USD/t' }], costs: { operating: '1000000 USD', capital } });
  const year = [q('2026-Q1', 1000, '9000000 USD'), q('2026-Q2', 2000), q('2026-Q3', 2000), q('2026-Q4', 2000)];

  it('reads cumulative receipts over cumulative costs to the end of the period before, carried in the state', () => {
    const c = rFactorContract();
    const r = computePayouts(c, year.map((a) => actualsOf(c, a)));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const [q1, q2, q3, q4] = r.value.statements;
    // Q1: nothing received or spent yet: first band, 2% × 5,000,000 = 100,000.00
    expect(amountAt(q1!, 'r-royalty')).toBe('100000.00');
    expect(lineOf(q1!, 'r-royalty').band).toBe('2% (R-factor below 1; no receipts and no costs yet: the first band applies)');
    // Q2: R = 5,000,000 ÷ (1,000,000 + 9,000,000) = 0.5: 2% × 10,000,000 = 200,000.00
    expect(amountAt(q2!, 'r-royalty')).toBe('200000.00');
    // Q3: R = 15,000,000 ÷ 11,000,000 = 1.3636…: 5% × 10,000,000 = 500,000.00
    expect(amountAt(q3!, 'r-royalty')).toBe('500000.00');
    expect(explain(q3!, 'r-royalty')).toContain('R-factor at the start of 2026-Q3: 1.363636');
    // Q4: R = 25,000,000 ÷ 12,000,000 = 2.0833…: 10% × 10,000,000 = 1,000,000.00
    expect(amountAt(q4!, 'r-royalty')).toBe('1000000.00');
    // after Q4: receipts 35,000,000, costs 13,000,000
    expect([r.value.state.rFactor?.receipts.amount.toFixed(2), r.value.state.rFactor?.costs.amount.toFixed(2)]).toEqual(['35000000.00', '13000000.00']);
  });

  it('starts part-way from the opening totals, and gives the same amount as the whole fold', () => {
    const c = rFactorContract();
    const opening = initialPayoutState(c, { lastPeriod: '2026-Q2', rFactor: { receipts: '15000000 USD', costs: '11000000 USD' } });
    const { statement } = computePeriod(c, actualsOf(c, year[2]!), opening);
    expect(amountAt(statement, 'r-royalty')).toBe('500000.00'); // R = 15 ÷ 11 as above
  });

  it('refuses to start part-way without the opening totals, rather than assume none', () => {
    const c = rFactorContract();
    const r = computePayouts(c, [actualsOf(c, year[2]!)], { opening: { lastPeriod: '2026-Q2' } });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/profit-measure-unknown', ['revenue', 'royalties', 0]]]);
  });

  it('keeps no R-factor totals in the state of a contract without such a royalty', () => {
    const c = contractOf();
    expect('rFactor' in initialPayoutState(c)).toBe(false);
  });
});

describe('profit-linked bands', () => {
  it('must rise, with only the last band open', () => {
    const r = loadActualsContract([{ upTo: '50%', rate: '14%' }, { upTo: '20%', rate: '12%' }, { rate: '16%' }]);
    expect(r).toContainEqual(['contract/bands-out-of-order', ['revenue', 'royalties', 0, 'profitLinked', 'bands', 1, 'upTo']]);
  });

  it('take a margin edge as a percentage and an R-factor edge as a plain number', () => {
    expect(loadActualsContract([{ upTo: '1.5', rate: '12%' }, { rate: '16%' }]).map((d) => d[1])).toContainEqual(['revenue', 'royalties', 0, 'profitLinked', 'bands', 0, 'upTo']);
  });
});

// The codes and paths of the errors loading a margin-linked royalty with these bands gives.
function loadActualsContract(bands: object[]): [string, unknown][] {
  const input = { ...BASE, revenue: { royalties: [{ id: 'p', commodity: 'copper', payee: 'state', profitLinked: { measure: 'operating-margin', mode: 'whole-value', bands } }] } };
  const r = loadContract(JSON.stringify(input), { format: 'json', filename: 'deal.json' });
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path]);
}
