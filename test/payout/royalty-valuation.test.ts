// Valuation of the royalty base (issue #14 item 1): a reference (norm) price instead of the realised
// one, the arm's-length rule (the higher of the two), a point of valuation with the deductions
// between, and located errors when the actuals lack the price. Each amount is a hand calculation.
//
// Sources:
// - Zambia, Mines and Minerals Development Act No. 11 of 2015, s.89(2) as amended by Act No. 29 of
//   2022 (from 1 January 2023): copper royalty of 4% / 6.5% / 8.5% / 10% "of the norm value" by
//   the "norm price" per tonne (edges 4,000, 5,000, 7,000 USD/t), levied on the norm value, not on
//   the sale price (https://aln.africa/?p=4194, https://rbglp.com/zambias-game-changing-copper-royalty-reform-a-new-era-for-the-mining-sector/).
//   The norm price is the exchange (LME) price for the period; the actuals here supply it as data.
// - The arm's-length rule and the point of valuation: Botswana Mines and Minerals Act s.66(3) and
//   (5): royalty on "gross market value", "the sale value receivable at the mine gate in an arms
//   length transaction", and for a sale not at arm's length on "prices ruling in the industry"
//   (https://www.global-regulation.com/law/botswana/2910223/mines-and-minerals---financial-%252528ss-66-73%252529.html).
//   Ghana's Minerals and Mining Act 2006 (Act 703) s.25 levies royalty on the minerals obtained
//   at the prescribed rate on their value (text not verified verbatim here).
import { describe, expect, it } from 'vitest';
import { computePayouts, explain, findTrace, loadActuals, loadContract, type Contract, type LoadedActuals } from 'fairlode';
import { amountAt, BASE, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const LME = 'LME cash settlement, March 2031 average';

function valued(royalty: object): Contract {
  return contractOf({ revenue: { royalties: [{ id: 'royalty', ref: 's.89', commodity: 'copper', payee: 'state', ...royalty }] } as never });
}

describe('a royalty valued at a reference price', () => {
  it('levies Zambia\'s incremental scale on the norm value, while revenue keeps the realised price', () => {
    const c = valued({
      sliding: { mode: 'incremental', bands: [{ upTo: '4000 USD/t', rate: '4%' }, { upTo: '5000 USD/t', rate: '6.5%' }, { upTo: '7000 USD/t', rate: '8.5%' }, { rate: '10%' }] },
      valuation: { price: 'reference', benchmark: 'LME copper cash settlement, monthly average' },
    });
    const [s] = statementsOf(c, [{ period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '1000 t', price: '9100 USD/t' }], referencePrices: { copper: { price: '9350 USD/t', basis: LME } } }]);
    // at the norm price 9,350 a tonne pays 4% × 4,000 + 6.5% × 1,000 + 8.5% × 2,000 + 10% × 2,350
    // = 160 + 65 + 170 + 235 = 630; × 1,000 t = 630,000.00 (at the realised 9,100 it would be 605,000)
    expect(amountAt(s!, 'royalty')).toBe('630000.00');
    // revenue is what the buyer paid: 1,000 × 9,100
    expect(amountAt(s!, 'revenue/copper')).toBe('9100000.00');
    expect(lineOf(s!, 'royalty').base?.amount?.amount.toFixed()).toBe('9350000');
    const used = findTrace(lineOf(s!, 'royalty').trace, (t) => t.label === 'price used');
    expect(used?.value).toBe('9350.00 USD/t');
    expect(used?.formula).toBe(`reference price 9350.00 USD/t (${LME}): the royalty is valued at the reference price, not at the realised 9100.00 USD/t`);
  });

  it('applies the arm\'s-length rule: the higher of realised and reference, sale by sale, and says which and why', () => {
    const c = valued({ rate: '5%', valuation: { price: 'higher-of-realised-and-reference' } });
    const [q1, q2] = statementsOf(c, [
      { period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '1000 t', price: '9100 USD/t' }], referencePrices: { copper: { price: '9350 USD/t', basis: LME } } },
      { period: '2026-Q2', sales: [{ commodity: 'copper', quantity: '1000 t', price: '9400 USD/t' }], referencePrices: { copper: { price: '9350 USD/t', basis: LME } } },
    ]);
    // Q1: reference 9,350 > realised 9,100: base 1,000 × 9,350 = 9,350,000; 5% = 467,500.00
    expect(amountAt(q1!, 'royalty')).toBe('467500.00');
    expect(explain(q1!, 'royalty')).toContain(`reference price 9350.00 USD/t (${LME}) is higher than realised 9100.00 USD/t: arm's-length rule`);
    // Q2: realised 9,400 ≥ reference 9,350: base 9,400,000; 5% = 470,000.00
    expect(amountAt(q2!, 'royalty')).toBe('470000.00');
    expect(explain(q2!, 'royalty')).toContain(`realised 9400.00 USD/t is not below the reference price 9350.00 USD/t (${LME}): the realised price is used`);
    expect(lineOf(q2!, 'royalty').base?.label).toBe('value of copper for the royalty');
  });

  it('compares a reference price per pound with sales in tonnes exactly', () => {
    const c = valued({ rate: '5%', valuation: { price: 'higher-of-realised-and-reference' } });
    const [s] = statementsOf(c, [{ period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '100 t', price: '9000 USD/t' }], referencePrices: { copper: { price: '4.2 USD/lb' } } }]);
    // 100 t = 100,000 kg ÷ 0.45359237 = 220,462.2621848775… lb; × 4.2 = 925,941.5011764858… > 900,000
    // 5% = 46,297.0750588242… → 46,297.08
    expect(amountAt(s!, 'royalty')).toBe('46297.08');
  });

  it('values at the mine gate: less the transport and insurance reported between, never the other deductions', () => {
    const c = valued({ rate: '5%', valuation: { price: 'higher-of-realised-and-reference', point: 'mine-gate', deductions: ['transport', 'insurance'] } });
    const [s] = statementsOf(c, [{
      period: '2026-Q1',
      sales: [{ commodity: 'copper', quantity: '1000 t', price: '9100 USD/t', deductions: { transport: '120000 USD', insurance: '9000.50 USD', treatment: '300000 USD' } }],
      referencePrices: { copper: { price: '9000 USD/t' } },
    }]);
    // realised 9,100 > reference 9,000: value 9,100,000; less transport 120,000 + insurance 9,000.50
    // = 8,970,999.50 (treatment is not between the mine gate and the sale point here);
    // 5% = 448,549.975 → 448,549.98 (half-even: the 7 before the tie is odd)
    expect(amountAt(s!, 'royalty')).toBe('448549.98');
    expect(lineOf(s!, 'royalty').base?.label).toBe('value of copper for the royalty at the mine gate');
    // every deduction is still paid to suppliers: 429,000.50
    expect(amountAt(s!, 'sale-deductions/copper')).toBe('429000.50');
  });

  it('values at the realised price less deductions when the contract says so, with no reference price needed', () => {
    const c = valued({ rate: '10%', valuation: { price: 'realised', point: 'fob', deductions: ['transport'] } });
    const [s] = statementsOf(c, [{ period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '10 t', price: '1000 USD/t', deductions: { transport: '20000 USD' } }] }]);
    // value 10,000 less transport 20,000 is never below zero: base 0, no royalty line
    expect(s!.lines.find((l) => l.id === 'royalty')).toBeUndefined();
  });
});

describe('a missing or unusable reference price', () => {
  const c = valued({ rate: '5%', valuation: { price: 'higher-of-realised-and-reference' } });
  const file = (text: string): LoadedActuals => {
    const r = loadActuals(text, { filename: 'actuals/2026-Q1.yaml', contract: c });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.value;
  };

  it('is an error located at the first sale of the commodity, naming the clause', () => {
    const r = computePayouts(c, [file(`contract: ${c.id}\nperiod: 2026-Q1\nsales:\n  - commodity: copper\n    quantity: 1000 t\n    price: 9100 USD/t\n`)]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([expect.objectContaining({
      code: 'payout/reference-price-missing',
      severity: 'error',
      file: 'actuals/2026-Q1.yaml',
      path: ['sales', 0, 'commodity'],
      range: expect.objectContaining({ start: { line: 4, column: 16 } }),
    })]);
    expect(r.diagnostics[0]!.message).toContain('Royalty "royalty" is valued at a reference price');
  });

  it('is an error at the price when it is in another currency', () => {
    const r = computePayouts(c, [file(`contract: ${c.id}\nperiod: 2026-Q1\nsales:\n  - commodity: copper\n    quantity: 1000 t\n    price: 9100 USD/t\nreferencePrices:\n  copper:\n    price: 8500 EUR/t\n`)]);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.range?.start.line])).toEqual([['payout/currency-mismatch', ['referencePrices', 'copper', 'price'], 9]]);
  });

  it('is an error at the price when its unit measures something else', () => {
    const r = computePayouts(c, [file(`contract: ${c.id}\nperiod: 2026-Q1\nsales:\n  - commodity: copper\n    quantity: 1000 t\n    price: 9100 USD/t\nreferencePrices:\n  copper:\n    price: 8500 USD/m3\n`)]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['quantity/incompatible-units']);
  });

  it('is not needed in a period without sales of the commodity', () => {
    const [s] = statementsOf(c, [{ period: '2026-Q1', sales: [] }]);
    expect(s!.lines.find((l) => l.id === 'royalty')).toBeUndefined();
  });
});

describe('the valuation clause', () => {
  it('is refused, at the valuation, on a specific royalty or one levied on net smelter return', () => {
    for (const royalty of [{ perUnit: '15 USD/t', base: 'quantity' }, { rate: '5%', base: 'net-smelter-return' }]) {
      const input = { ...BASE, revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', ...royalty, valuation: { price: 'reference' } }] } };
      const r = loadContract(JSON.stringify(input), { format: 'json', filename: 'deal.json' });
      expect(r.ok).toBe(false);
      expect(r.diagnostics.map((d) => d.path)).toContainEqual(['revenue', 'royalties', 0, 'valuation']);
    }
  });
});
