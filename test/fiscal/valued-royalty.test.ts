// A fiscal analysis of a contract whose royalty is valued at a reference price: under a price
// scenario the scenario's price is the market's, so it is the reference price too, and the analysis
// computes instead of stopping at a missing reference price.
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contract/index.js';
import { analyse, loadPlan } from '../../src/fiscal/index.js';
import { MINI_CONTRACT, MINI_PLAN } from './fixtures.js';

describe('analyse: a royalty valued at a reference price', () => {
  it('takes the scenario price as the reference price: 5% × 10 t × 100 USD/t = 50 a producing year', () => {
    const text = MINI_CONTRACT.replace('rate: "5%" }', 'rate: "5%", valuation: { price: higher-of-realised-and-reference } }');
    expect(text).not.toBe(MINI_CONTRACT);
    const c = loadContract(text, { filename: 'mini.yaml' });
    if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('; '));
    const p = loadPlan(MINI_PLAN, { filename: 'mini-plan.yaml', contract: c.value.contract });
    if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
    const a = analyse(c.value, p.value);
    if (!a.ok) throw new Error(a.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; '));
    expect(a.value.cashFlows.government.flows.map(String)).toEqual(['0', '50', '50']);
  });
});
