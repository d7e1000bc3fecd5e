import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContract, type LoadedContract } from '../../src/contract/index.js';
import { loadPlan, type LoadedPlan } from '../../src/fiscal/index.js';

const root = join(import.meta.dirname, '..', '..');

/** A contract small enough to check every figure by hand: one royalty, one investor, no retention. */
export const MINI_CONTRACT = `fairlode: 1
id: mini
title: Minimal royalty contract
jurisdiction: { country: PK }
signed: 2026-12-01
effective: 2027-01-01
term: { years: 10 }
currency: USD
fiscalYear: { startMonth: 1 }
commodities: [ { id: ore, unit: t } ]
parties:
  - { id: inv, name: Investor, role: investor }
  - { id: gov, name: Government, role: host-government }
ownership: [ { party: inv, share: "100%" } ]
revenue:
  royalties: [ { id: royalty, commodity: ore, payee: gov, rate: "5%" } ]
`;

/** Three years: build, then two years of 10 t at 100 USD/t with 200 USD of operating costs. */
export const MINI_PLAN = `fairlode: 1
id: mini-plan
contract: mini
prices: { ore: "100 USD/t" }
periods:
  - { period: "2027", costs: { capital: "1000 USD" } }
  - { period: "2028", production: { ore: "10 t" }, costs: { operating: "200 USD" } }
  - { period: "2029", production: { ore: "10 t" }, costs: { operating: "200 USD" } }
`;

export function mini(planText = MINI_PLAN): { contract: LoadedContract; plan: LoadedPlan } {
  const c = loadContract(MINI_CONTRACT, { filename: 'mini.yaml' });
  if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('; '));
  const p = loadPlan(planText, { filename: 'mini-plan.yaml', contract: c.value.contract });
  if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return { contract: c.value, plan: p.value };
}

export function chagai(): { contract: LoadedContract; plan: LoadedPlan } {
  const contractFile = 'examples/contracts/chagai-partnership.yaml';
  const planFile = 'examples/plans/chagai-partnership.yaml';
  const c = loadContract(readFileSync(join(root, contractFile), 'utf8'), { filename: contractFile });
  if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('; '));
  const p = loadPlan(readFileSync(join(root, planFile), 'utf8'), { filename: planFile, contract: c.value.contract });
  if (!p.ok) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return { contract: c.value, plan: p.value };
}
