// The real deals' fiscal mechanisms computed (issue #14, "three real agreements compute"): the
// Cobre Panamá 2023 minimum annual payment (First Quantum, 8 Mar 2023: "an annual minimum
// contribution of $375 million in government income, consisting of corporate income taxes, tax
// withholdings, and a mining royalty"; the exception "si el precio del cobre se desploma a menos de
// $2.75 la libra", Crítica, Jan 2022) and the Sicomines 2024 infrastructure tranche ("324 millions
// de dollars ... par an ... que si le cours du cuivre dépasse 8.000 dollars américains la tonne",
// CNPAV, 12 Jun 2024), on the real instrument files (examples/deals/*/sources.md cites each term).
// Volumes, prices and costs below are illustrative.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse, computePayouts, explain, fiscalJsonValue, formatFiscalMarkdown, formatFiscalText, loadActuals, loadContract, loadPlan, type Contract, type FiscalAnalysis, type PayoutStatement } from 'fairlode';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function contractAt(file: string, fill: (text: string) => string = (t) => t): Contract {
  const path = join('examples', 'deals', file);
  const r = loadContract(fill(readFileSync(join(root, path), 'utf8')), { filename: path });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.value.contract;
}

function run(contract: Contract, periods: object[]): readonly PayoutStatement[] {
  const actuals = periods.map((p, i) => {
    const r = loadActuals(JSON.stringify({ contract: contract.id, ...p }), { format: 'json', filename: `p${i}.json`, contract });
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
    return r.value;
  });
  const r = computePayouts(contract, actuals);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  for (const s of r.value.statements) expect(s.conservation.problems).toEqual([]);
  return r.value.statements;
}

const amount = (s: PayoutStatement, id: string) => s.lines.find((l) => l.id === id)?.amount.amount.toFixed(2);

const cobre = contractAt('cobre-panama/2023-law-406-contract.yaml');
// One fiscal year of Cobre Panamá at the plan's volumes: 300,000 t, deductions 250 + 150 + 120 USD/t.
const cobreYear = (period: string, tonnes: number, price: string) => ({
  period,
  sales: [{ commodity: 'copper', quantity: `${tonnes} t`, price, deductions: { treatment: `${tonnes * 250} USD`, refining: `${tonnes * 150} USD`, transport: `${tonnes * 120} USD` } }],
  costs: { operating: `${(1_400_000_000 * tonnes) / 300_000} USD`, capital: `${(200_000_000 * tonnes) / 300_000} USD` },
});

describe('Cobre Panamá 2023: the USD 375 m minimum annual payment', () => {
  it('tops up a year whose income tax and royalty fall short of USD 375 m (copper at 6,500 USD/t, 2.95 USD/lb)', () => {
    // By hand, FY2024 at 6,500 USD/t (6,500 × 0.45359237 ÷ 1000 = 2.9484 USD/lb, above 2.75):
    //   revenue 300,000 × 6,500 = 1,950,000,000; deductions 300,000 × 520 = 156,000,000
    //   royalty 12% (assumed floor) × NSR (1,950,000,000 − 156,000,000 = 1,794,000,000) = 215,280,000.00
    //   taxable = 1,950,000,000 − 156,000,000 − 215,280,000 − 1,400,000,000 opex
    //             − 20,000,000 depreciation (200,000,000 ÷ 10, assumed straight-line) = 158,720,000
    //   income tax 25% × 158,720,000 = 39,680,000.00
    //   basket 215,280,000 + 39,680,000 = 254,960,000; top-up 375,000,000 − 254,960,000 = 120,040,000.00
    const [y] = run(cobre, [cobreYear('FY2024', 300_000, '6500 USD/t')]);
    expect(amount(y!, 'copper-royalty')).toBe('215280000.00');
    expect(amount(y!, 'income-tax')).toBe('39680000.00');
    const topUp = y!.lines.find((l) => l.id === 'minimum-annual-payment')!;
    expect([topUp.kind, topUp.from, topUp.to, topUp.amount.amount.toFixed(2)]).toEqual(['true-up', 'company', 'panama', '120040000.00']);
    const why = explain(y!, 'minimum-annual-payment');
    expect(why).toContain('Contrato, aporte mínimo anual');
    expect(why).toContain('2.9484 USD/lb');
    expect(why).toContain('254960000.00 USD');
  });

  it('adds up the basket over the quarters of a year and tops up in the quarter that closes it', () => {
    // The same year in four quarters of 75,000 t: the same royalty and tax for the year, so the
    // same top-up, 120,040,000.00, in the fourth quarter and no line before it.
    const qs = run(cobre, ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map((q) => cobreYear(q, 75_000, '6500 USD/t')));
    expect(qs.slice(0, 3).map((s) => amount(s, 'minimum-annual-payment'))).toEqual([undefined, undefined, undefined]);
    expect(amount(qs[3]!, 'minimum-annual-payment')).toBe('120040000.00');
  });

  it('owes no top-up when copper averages below 2.75 USD/lb (5,500 USD/t = 2.4948 USD/lb), and none when the basket exceeds the minimum', () => {
    // 5,500 × 0.45359237 ÷ 1000 = 2.4948 USD/lb < 2.75: the minimum lapses; the line shows 0.
    const [low] = run(cobre, [cobreYear('FY2024', 300_000, '5500 USD/t')]);
    expect(amount(low!, 'minimum-annual-payment')).toBe('0.00');
    expect(explain(low!, 'minimum-annual-payment')).toContain('below 2.75 USD/lb');
    // At the plan's 9,000 USD/t: royalty 12% × (2,700,000,000 − 156,000,000) = 305,280,000 alone
    // is 305 m, plus income tax 25% × (2,700 − 156 − 305.28 − 1,400 − 20) m = 204,680,000:
    // 509,960,000 > 375,000,000, no top-up.
    const [high] = run(cobre, [cobreYear('FY2024', 300_000, '9000 USD/t')]);
    expect(amount(high!, 'income-tax')).toBe('204680000.00');
    expect(amount(high!, 'minimum-annual-payment')).toBe('0.00');
  });

  it('after the top-up the state holds at least the minimum (above the floor price), and every statement balances', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6100, max: 9000 }), fc.integer({ min: 17, max: 100 }).map((k) => k * 3000), (price, tonnes) => {
        const [y] = run(cobre, [cobreYear('FY2024', tonnes, `${price} USD/t`)]);
        // Counted independently from the lines: royalty, income tax and withholding paid to Panama.
        let basket = 0n;
        for (const l of y!.lines) if (l.to === 'panama' && ['royalty', 'income-tax', 'withholding-tax'].includes(l.kind)) basket += BigInt(l.amount.amount.times(100).toFixed(0));
        const t = BigInt(y!.lines.find((l) => l.id === 'minimum-annual-payment')!.amount.amount.times(100).toFixed(0));
        // 6,100 USD/t = 2.767 USD/lb: always above the floor, so the minimum binds exactly.
        expect(basket + t).toBe(basket > 37_500_000_000n ? basket : 37_500_000_000n);
      }),
      { numRuns: 25 },
    );
  });
});

describe('Sicomines 2024: the USD 324 m infrastructure tranche, only above 8,000 USD/t', () => {
  // The amendment's file now writes the three terms a payout needs and no source states (the cobalt
  // royalty, the income tax, the financing of Gécamines' 32%) as cited assumptions; none touches the
  // tranche (no cobalt is sold here; the tax and the carry come after it).
  const sicomines = contractAt('sicomines/2024-fifth-amendment.yaml');
  const quarter = (period: string, price: string) => ({ period, sales: [{ commodity: 'copper', quantity: '50000 t', price }], costs: { operating: '150000000 USD' } });

  it('pays the quarter\'s share of the tranche when copper averages above 8,000 USD/t, nothing (with a note) below', () => {
    // FY2024 has 366 days; the tranche runs from the effective date, 14 Mar 2024 (assumed).
    // Days before Q3: 14-31 Mar (18) + Apr 30 + May 31 + Jun 30 = 109; through Q3: 109 + 92 = 201.
    //   round(324,000,000 × 201 ÷ 366) − round(324,000,000 × 109 ÷ 366)
    //   = 177,934,426.23 − 96,491,803.28 = 81,442,622.95
    const [q2, q3] = run(sicomines, [quarter('2024-Q2', '7800 USD/t'), quarter('2024-Q3', '8500 USD/t')]);
    expect(amount(q2!, 'infrastructure-tranche')).toBeUndefined();
    expect(q2!.notes.join('\n')).toContain('the average realised price of copper, 7800 USD/t, is not above 8000 USD/t');
    expect(amount(q3!, 'infrastructure-tranche')).toBe('81442622.95');
    expect(explain(q3!, 'infrastructure-tranche')).toContain('8500 USD/t');
  });
});

describe('Reko Diq 2022: advance royalties and social contributions as yearly fees', () => {
  it('writes each "up to" figure as an assumed maximum, year by year from closing, ending at the USD 50 m cap', () => {
    const c = contractAt('reko-diq/2022-definitive-agreements.yaml');
    const fees = c.revenue.fees.map((f) => [f.id, f.amount.amount.toFixed(0), f.from, f.to, f.eitiStream]);
    expect(fees).toEqual([
      ['advance-royalty-year-1', '5000000', '2022-12-15', '2023-12-14', 'advance-royalty'],
      ['advance-royalty-year-2', '7500000', '2023-12-15', '2024-12-14', 'advance-royalty'],
      ['advance-royalty-until-production', '10000000', '2024-12-15', '2028-09-13', 'advance-royalty'],
      ['social-contribution-year-1', '3000000', '2022-12-15', '2023-12-14', 'community-payment'],
      ['social-contribution-year-2', '7000000', '2023-12-15', '2024-12-14', 'community-payment'],
    ]);
    // The cap by hand: 50,000,000 − 5,000,000 − 7,500,000 = 37,500,000 = 3.75 years of 10,000,000
    // from 15 Dec 2024: three years to 14 Dec 2027, then 0.75 × 366 = 274.5 days of the year from
    // 15 Dec 2027; 15 Dec 2027 to 13 Sep 2028 is 17 + 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 13 = 274.
    // Assumed: the five amounts, the last end date and the two payees.
    expect(c.assumptions?.filter((a) => a.path.join('.').startsWith('revenue.fees')).length).toBe(8);
  });
});

describe('Cobre Panamá 1997: income tax exempt until the investment is recovered', () => {
  // The 1997 contract as written leaves depreciation and losses unknown: this copy fills them with
  // test assumptions (straight-line over 5 years; losses 5 years). The holiday is the file's own.
  const c1997 = contractAt('cobre-panama/1997-law-9-contract.yaml', (t) =>
    t.replace(/depreciation: \{ unknown: [^\n]*/, 'depreciation: { method: straight-line, years: 5 }').replace(/lossCarryForward: \{ unknown: [^\n]*/, 'lossCarryForward: { years: 5 }'),
  );
  const year = (period: string, capital: string) => ({ period, sales: [{ commodity: 'copper', quantity: '10000 t', price: '8000 USD/t' }], costs: { operating: '30000000 USD', capital } });

  it('exempts each year until the cumulative cash flow before tax turns non-negative, then taxes at 25%', () => {
    // Each year: revenue 10,000 × 8,000 = 80,000,000; royalty 2% = 1,600,000; operating 30,000,000.
    // Cash flow before tax: FY2010 80 − 1.6 − 30 − 100 (capital) = −51.6 m; FY2011 and later +48.4 m.
    // Cumulative before FY2011 −51.6 m (exempt), before FY2012 −3.2 m (exempt), before FY2013
    // +45.2 m: taxed. FY2013 taxable = 80 − 1.6 − 30 − 20 (100 m ÷ 5 years) = 28.4 m; 25% = 7,100,000.00.
    const ys = run(c1997, [year('FY2010', '100000000 USD'), year('FY2011', '0 USD'), year('FY2012', '0 USD'), year('FY2013', '0 USD')]);
    expect(ys.map((s) => amount(s, 'income-tax'))).toEqual(['0.00', '0.00', '0.00', '7100000.00']);
    expect(explain(ys[2]!, 'income-tax')).toContain('-3200000.00 USD, negative: investment not yet recovered');
    expect(explain(ys[3]!, 'income-tax')).toContain('zero or more: investment recovered');
  });
});

/** The deal's latest instrument analysed over its illustrative plan.yaml, as `fairlode analyse` does. */
function analysed(deal: string, instrument: string): { contract: Contract; analysis: FiscalAnalysis } {
  const path = join('examples', 'deals', deal, instrument);
  const loaded = loadContract(readFileSync(join(root, path), 'utf8'), { filename: path });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const planPath = join('examples', 'deals', deal, 'plan.yaml');
  const plan = loadPlan(readFileSync(join(root, planPath), 'utf8'), { filename: planPath, contract: loaded.value.contract });
  if (!plan.ok) throw new Error(plan.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; '));
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const r = analyse(loaded.value, plan.value);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { contract: loaded.value.contract, analysis: r.value };
}

const assumedPaths = (a: FiscalAnalysis) => a.conventions.assumptions.map((x) => x.path.join('.'));

describe('Reko Diq 2022 and Sicomines 2024 compute over a plan, on stated assumptions', () => {
  it('Reko Diq: the royalty and income tax rest on the Saindak precedent and the statutory 29%, and the output says so', () => {
    const { contract, analysis } = analysed('reko-diq', '2022-definitive-agreements.yaml');
    expect(analysis.periods.map((p) => p.label)).toHaveLength(18);
    // Every assumption the contract makes is listed by the analysis, the fiscal ones among them.
    expect(assumedPaths(analysis)).toEqual(contract.assumptions?.map((a) => a.path.join('.')));
    expect(assumedPaths(analysis)).toEqual(expect.arrayContaining(['revenue.royalties.0.rate', 'revenue.royalties.0.base', 'revenue.royalties.1.rate', 'revenue.incomeTax.rate', 'ownership.2.carried.recovery']));
    expect(analysis.conventions.assumptions.find((a) => a.path.join('.') === 'revenue.incomeTax.rate')?.value).toBe('29%');
    const text = formatFiscalText(analysis);
    expect(text).toContain('assumed terms the contract does not state');
    expect(text).toContain('assumed revenue.royalties.0.rate = "5%" (');
    expect(formatFiscalMarkdown(analysis)).toContain('assumed terms the contract does not state');
    const json = fiscalJsonValue(analysis) as { conventions: { assumptions: { path: string; value: unknown; basis: string }[] } };
    expect(json.conventions.assumptions.find((a) => a.path === 'revenue.incomeTax.rate')).toMatchObject({ value: '29%', basis: expect.stringContaining('PwC') });
    // FY2029 (Jul 2028 to Jun 2029), the first year of production, by hand:
    //   copper 240,000 t × 9,000 USD/t = 2,160,000,000; gold 297,000 ozt × 2,000 USD/ozt = 594,000,000
    //   copper royalty 5% × 2,160,000,000 = 108,000,000.00; gold royalty 5% × 594,000,000 = 29,700,000.00
    const fy2029 = analysis.statements[3]!;
    expect(fy2029.period.label).toBe('FY2029');
    expect(amount(fy2029, 'copper-royalty')).toBe('108000000.00');
    expect(amount(fy2029, 'gold-royalty')).toBe('29700000.00');
    // Before production no royalty is due: FY2026 to FY2028 sell nothing.
    expect(analysis.statements.slice(0, 3).map((s) => amount(s, 'copper-royalty') ?? '0.00')).toEqual(['0.00', '0.00', '0.00']);
    expect(analysis.metrics.effectiveRoyaltyRate.ok && analysis.metrics.effectiveRoyaltyRate.value.toFixed(4)).toBe('0.0500');
  });

  it('Sicomines: the income tax rests on the DRC statutory 30%, the cobalt royalty on the communiqué, and the output says so', () => {
    const { analysis } = analysed('sicomines', '2024-fifth-amendment.yaml');
    expect(assumedPaths(analysis)).toEqual(expect.arrayContaining(['revenue.incomeTax.rate', 'revenue.royalties.1.rate', 'ownership.1.carried']));
    expect(analysis.conventions.assumptions.find((a) => a.path.join('.') === 'revenue.incomeTax.rate')?.value).toBe('30%');
    expect(formatFiscalText(analysis)).toContain('assumed revenue.incomeTax.rate = "30%" (');
    // FY2025 by hand: copper 155,000 t × 9,000 = 1,395,000,000 → royalty 1.2% = 16,740,000.00
    //                  cobalt 900 t × 30,000 = 27,000,000 → royalty 1.2% (assumed) = 324,000.00
    // Copper at 9,000 USD/t is above 8,000: the whole year's tranche, 324,000,000.00, is paid.
    const fy2025 = analysis.statements[0]!;
    expect(fy2025.period.label).toBe('FY2025');
    expect(amount(fy2025, 'copper-royalty')).toBe('16740000.00');
    expect(amount(fy2025, 'cobalt-royalty')).toBe('324000.00');
    expect(amount(fy2025, 'infrastructure-tranche')).toBe('324000000.00');
  });
});
