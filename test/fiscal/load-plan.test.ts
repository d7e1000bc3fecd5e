import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { loadPlan, planJsonSchema } from '../../src/fiscal/index.js';
import { chagai, MINI_CONTRACT, MINI_PLAN, mini } from './fixtures.js';

function contract() {
  const c = loadContract(MINI_CONTRACT);
  if (!c.ok) throw new Error('contract');
  return c.value.contract;
}

function problems(text: string, withContract = true) {
  const r = loadPlan(text, { filename: 'plan.yaml', ...(withContract ? { contract: contract() } : {}) });
  return r.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}`);
}

describe('loadPlan', () => {
  it('loads the bundled Chagai plan: 30 fiscal years, prices filled in, a warning for the years after the term', () => {
    const { plan } = chagai();
    expect(plan.plan.periods).toHaveLength(30);
    expect(plan.plan.periods[0]!.period.label).toBe('FY2026');
    expect(plan.plan.periods[29]!.period.label).toBe('FY2055');
    expect(String(plan.plan.periods[3]!.prices.copper!.amount)).toBe('8700');
    expect(String(plan.plan.deductions.gold!.refining!.amount)).toBe('6');
  });

  it('reports the years beyond the contract term once, as a warning at the first of them', () => {
    const c = chagai();
    const again = loadPlan(c.plan.source.text, { filename: 'examples/plans/chagai-partnership.yaml', contract: c.contract.contract });
    expect(again.ok).toBe(true);
    expect(again.diagnostics).toHaveLength(1);
    expect(again.diagnostics[0]).toMatchObject({ code: 'plan/beyond-term', severity: 'warning', path: ['periods', 26, 'period'] });
    expect(again.diagnostics[0]!.message).toContain('FY2052 to FY2055');
    expect(again.diagnostics[0]!.range?.start.line).toBe(46);
  });

  it('loads without a contract when no period needs a fiscal year', () => {
    expect(loadPlan(MINI_PLAN).ok).toBe(true);
    expect(problems(MINI_PLAN.replace('"2027"', 'FY2027'), false)).toEqual(['6:15 error period/fiscal-year-start-missing']);
  });

  it('schema problems are located, with the contract loader\'s hints, under plan/ codes', () => {
    const text = `fairlode: 1
id: p
contract: mini
prices: { ore: 100 }
periods:
  - { perod: "2027" }
`;
    const r = loadPlan(text, { filename: 'plan.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.range?.start.line, d.hint])).toEqual([
      ['plan/bare-number', 4, 'write it with currency and unit, e.g. "100 USD/t"'],
      ['plan/unknown-key', 6, 'did you mean "period"?'],
    ]);
  });

  it('checks the plan against the contract: id, commodities, prices, currencies, units', () => {
    const text = `fairlode: 1
id: p
contract: other
prices: { ore: "100 EUR/t", rock: "5 USD/t" }
deductions: { ore: { refining: "1 EUR/t" } }
periods:
  - { period: "2027", production: { ore: "10 m3" }, costs: { operating: "5 EUR" } }
`;
    expect(problems(text)).toEqual([
      '3:11 error plan/wrong-contract',
      '4:16 error plan/currency-mismatch',
      '4:29 error plan/unknown-commodity',
      '5:32 error plan/currency-mismatch',
      '7:42 error plan/incompatible-units',
      '7:73 error plan/currency-mismatch',
    ]);
  });

  it('a commodity produced without a price', () => {
    const text = MINI_PLAN.replace('prices: { ore: "100 USD/t" }\n', '');
    expect(problems(text)).toEqual(['6:42 error plan/missing-price', '7:42 error plan/missing-price']);
    // A period's own price is enough.
    expect(problems(text.replace('production: { ore: "10 t" }, costs: { operating: "200 USD" } }\n  - { period: "2029"', 'production: { ore: "10 t" }, prices: { ore: "90 USD/t" }, costs: { operating: "200 USD" } }\n  - { period: "2029"'))).toEqual(['7:42 error plan/missing-price']);
  });

  it('periods: one kind, in order, no gaps or repeats, inside the term, not straddling a fiscal year', () => {
    const base = `fairlode: 1\nid: p\ncontract: mini\nperiods:\n`;
    expect(problems(`${base}  - { period: "2027" }\n  - { period: "2029" }\n`)).toEqual(['6:15 error plan/gap']);
    expect(problems(`${base}  - { period: "2027" }\n  - { period: "2027" }\n`)).toEqual(['6:15 error plan/duplicate-period']);
    expect(problems(`${base}  - { period: "2027" }\n  - { period: "2028-01" }\n`)).toEqual(['6:15 error plan/mixed-period-kinds']);
    expect(problems(`${base}  - { period: "2026" }\n`)).toEqual(['5:15 error plan/before-term']);
    expect(problems(`${base}  - { period: "2037" }\n`)).toEqual(['5:15 warning plan/beyond-term']);
    expect(problems(`${base}  - { period: "2027-13" }\n`)).toEqual(['5:15 error plan/invalid-format']);
    const c = chagai();
    const r = loadPlan(`${base.replace('mini', 'chagai-partnership')}  - { period: "2030" }\n`, { contract: c.contract.contract });
    expect(r.diagnostics.map((d) => [d.code, d.hint])).toEqual([['plan/period-straddles-fiscal-year', 'write the fiscal year instead: "FY2031"']]);
  });

  it('a document that is not a mapping', () => {
    expect(loadPlan('- 1\n- 2\n').diagnostics[0]).toMatchObject({ code: 'plan/not-a-mapping' });
    expect(loadPlan('{ "fairlode": 1', { filename: 'p.json' }).ok).toBe(false);
  });

  it('reads JSON too, and ships a JSON Schema of the format', () => {
    const { plan } = mini();
    const json = JSON.stringify({ fairlode: 1, id: 'j', contract: 'mini', prices: { ore: '100 USD/t' }, periods: [{ period: '2027', production: { ore: '1 t' } }] });
    expect(loadPlan(json, { filename: 'p.json', contract: contract() }).ok).toBe(true);
    expect(plan.plan.id).toBe('mini-plan');
    const schema = planJsonSchema();
    expect(schema.title).toBe('fairlode life-of-mine plan');
    expect(Object.keys(schema.properties as object)).toContain('periods');
  });
});
