// The rules that read a life-of-mine plan's outcomes (F1-GTK-001, F1-PRG-001, F1-DIV-001), on the
// example plan (test/compliance/fixtures/base-plan.yaml): one year of construction at 300,000,000
// USD, then nine years of 30,000 t of copper at 9,000 USD/t (270,000,000 USD of revenue) with
// operating costs of 120,000,000 USD. Pre-fiscal net cash flow, undiscounted:
//   −300,000,000 + 9 × (270,000,000 − 120,000,000) = 1,050,000,000 USD.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract, fiscalOutcomes, loadPlan, type FiscalOutcomes, type LoadedContract } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { BASE_PLAN, exampleContract } from './rule-example.js';

const root = join(import.meta.dirname, '..', '..');
const planLoaded = loadPlan(readFileSync(join(root, BASE_PLAN), 'utf8'), { filename: BASE_PLAN });
if (!planLoaded.ok) throw new Error('the example plan does not load');
const plan = planLoaded.value;

function outcomesOf(contract: LoadedContract): FiscalOutcomes {
  const o = fiscalOutcomes(contract, plan);
  if (!o.ok) throw new Error(o.diagnostics.map((d) => d.message).join('; '));
  return o.value;
}

function findings(yaml: string, ruleId: string) {
  const contract = exampleContract(yaml);
  const report = checkContract(contract, { outcomes: outcomesOf(contract) });
  return { outcome: report.outcomes.find((o) => o.ruleId === ruleId), findings: report.findings.filter((f) => f.code === ruleId).map((f) => f.message) };
}

const royalty = (rate: string) => `revenue:\n  royalties:\n    - { id: copper-royalty, commodity: copper, payee: gov, rate: "${rate}", base: gross-revenue }\n`;

describe('F1-GTK-001: government take at the plan\'s prices', () => {
  it('computes a 1% royalty as 2.3% of the net cash flow: 1% × 9 × 270,000,000 = 24,300,000; ÷ 1,050,000,000 = 2.314%', () => {
    const o = outcomesOf(exampleContract(royalty('1%')));
    const take = o.base.metrics.governmentTake;
    expect(take.ok && take.value.toFixed(6)).toBe('0.023143');
    expect(findings(royalty('1%'), 'F1-GTK-001').findings).toEqual([
      'At the plan\'s prices the government takes 2.3% of the project\'s net cash flow, below 40.0%; royalties are 1.0% of gross revenue.',
    ]);
  });

  it('is not applicable, and absent from the findings, without a plan', () => {
    const report = checkContract(exampleContract(royalty('1%')));
    expect(report.outcomes.find((o) => o.ruleId === 'F1-GTK-001')?.status).toBe('not-applicable');
    expect(report.findings.some((f) => f.code.startsWith('F1-GTK'))).toBe(false);
  });
});

describe('F1-PRG-001: progressivity over the price deck', () => {
  it('finds a 50% windfall share above 8,000 USD/t progressive: undiscounted take 0%, 12.86%, 28.08% at 0.7, 1 and 1.3 times the price', () => {
    // At 6,300 USD/t (×0.7) no windfall. At 9,000: 50% × 1,000 × 30,000 t × 9 years = 135,000,000 on
    // 1,050,000,000, 12.857%. At 11,700 (×1.3): 50% × 3,700 × 30,000 × 9 = 499,500,000 on
    // −300,000,000 + 9 × (351,000,000 − 120,000,000) = 1,779,000,000, 28.077%.
    const yaml = 'revenue:\n  priceParticipation:\n    - { id: windfall, commodity: copper, thresholdPrice: "8000 USD/t", rate: "50%", payee: gov }\n';
    const o = outcomesOf(exampleContract(yaml));
    const takes = o.deck.rows.map((r) => (r.governmentTake.ok ? r.governmentTake.value.toFixed(4) : 'none'));
    expect(takes).toEqual(['0.1286', '0.0000', '0.2808']);
    expect(o.deck.progressivity).toBe('progressive');
    expect(findings(yaml, 'F1-PRG-001').outcome).toMatchObject({ status: 'rated', rating: 'fully-meets' });
  });

  it('finds a specific royalty of 50 USD/t regressive: a fixed sum is a shrinking share of a growing rent', () => {
    const yaml = 'revenue:\n  royalties:\n    - { id: copper-royalty, commodity: copper, payee: gov, perUnit: "50 USD/t" }\n';
    expect(findings(yaml, 'F1-PRG-001').outcome).toMatchObject({ rating: 'does-not-meet' });
  });
});

describe('F1-DIV-001: the state\'s first dividend', () => {
  it('pays a 25% free-carried state stake in the first year of production, one year after the start', () => {
    const yaml = 'ownership:\n  - { party: investor, share: "75%" }\n  - { party: soe, share: "25%", carried: { by: [investor], recovery: none } }\n';
    const o = outcomesOf(exampleContract(yaml));
    expect(o.stateFirstDividend).toMatchObject({ party: 'soe', periodsAfterStart: 1 });
    expect(o.stateFirstDividend?.period.label).toBe('2027');
    expect(findings(yaml, 'F1-DIV-001').outcome).toMatchObject({ rating: 'fully-meets' });
  });

  it('is not applicable when the state holds no equity', () => {
    expect(findings(royalty('5%'), 'F1-DIV-001').outcome?.status).toBe('not-applicable');
  });
});

describe('F1-ROY-001: the effective royalty rate over the plan', () => {
  it('reads what a royalty comes to, not its headline: 5% fully meets; 2.5% (within a point of 3%) partly; 1% does not', () => {
    // A gross-revenue royalty on the example plan pays its rate exactly: 1% × 9 × 270,000,000 =
    // 24,300,000 over 2,430,000,000 of gross revenue = 1.00%.
    expect(findings(royalty('5%'), 'F1-ROY-001').outcome?.rating).toBe('fully-meets');
    expect(findings(royalty('2.5%'), 'F1-ROY-001').outcome?.rating).toBe('partially-meets');
    expect(findings(royalty('1%'), 'F1-ROY-001')).toEqual({
      outcome: expect.objectContaining({ rating: 'does-not-meet' }),
      findings: ['Over the plan the royalties come to 1.00% of gross revenue, below 3.00%.'],
    });
  });

  it('sees through a net-smelter-return base: 4% of NSR with 40% deducted is 2.40% of gross revenue', () => {
    // Treatment charges of 3,600 USD/t (40% of 9,000) on 30,000 t: 108,000,000 USD a year deducted
    // from 270,000,000: NSR 162,000,000; 4% of it is
    // 6,480,000 a year, 2.4% of gross revenue: within one point of 3%, partially met.
    const nsr = 'revenue:\n  royalties:\n    - { id: nsr, commodity: copper, payee: gov, rate: "4%", base: net-smelter-return }\n  netSmelterReturn: { allowedDeductions: [treatment] }\n';
    const contract = exampleContract(nsr);
    const withDeductions = loadPlan(readFileSync(join(root, BASE_PLAN), 'utf8').replace('prices: { copper: "9000 USD/t" }', 'prices: { copper: "9000 USD/t" }\ndeductions: { copper: { treatment: "3600 USD/t" } }'), { filename: BASE_PLAN });
    if (!withDeductions.ok) throw new Error(withDeductions.diagnostics.map((d) => d.message).join('; '));
    const o = fiscalOutcomes(contract, withDeductions.value);
    if (!o.ok) throw new Error(o.diagnostics.map((d) => d.message).join('; '));
    const r = o.value.base.metrics.effectiveRoyaltyRate;
    expect(r.ok && r.value.toFixed(4)).toBe('0.0240');
    expect(checkContract(contract, { outcomes: o.value }).outcomes.find((x) => x.ruleId === 'F1-ROY-001')?.rating).toBe('partially-meets');
  });

  it('is not applicable without a plan', () => {
    expect(checkContract(exampleContract(royalty('1%'))).outcomes.find((o) => o.ruleId === 'F1-ROY-001')?.status).toBe('not-applicable');
  });
});
