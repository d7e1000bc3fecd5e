// Builders for payout tests: small contracts and actuals written as plain objects, loaded through
// the real loader (so every test contract is a valid contract), and helpers to read statements.
import { expect } from 'vitest';
import {
  computePayouts,
  loadActuals,
  loadContract,
  type Actuals,
  type Contract,
  type ContractInput,
  type ActualsInput,
  type Money,
  type PayoutLine,
  type PayoutStatement,
} from 'fairlode';

/** A one-commodity copper deal: an investor holding everything, a state and a community fund. */
export const BASE: ContractInput = {
  fairlode: 1,
  id: 'test-deal',
  title: 'Test Copper Deal',
  jurisdiction: { country: 'ZM' },
  signed: '2025-12-01',
  effective: '2026-01-01',
  term: { years: 10 },
  currency: 'USD',
  fiscalYear: { startMonth: 1 },
  commodities: [{ id: 'copper', unit: 't' }],
  parties: [
    { id: 'investor', name: 'Example Metals', role: 'investor' },
    { id: 'state', name: 'The State', role: 'host-government', level: 'national' },
    { id: 'county', name: 'The County', role: 'subnational-government', level: 'provincial' },
    { id: 'community', name: 'The Community', role: 'community-entity', level: 'community' },
  ],
  ownership: [{ party: 'investor', share: '100%' }],
  revenue: {},
};

/** Loads a contract given as an object (BASE with changes), failing the test on any diagnostic. */
export function contractOf(input: Partial<ContractInput> = {}): Contract {
  const r = loadContract(JSON.stringify({ ...BASE, ...input }), { format: 'json', filename: 'test-deal.json' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]); // warnings (e.g. a bidi control a test plants on purpose) are allowed
  if (!r.ok) throw new Error('the test contract does not load');
  return r.value.contract;
}

/** Loads one period's actuals for a contract. */
export function actualsOf(contract: Contract, input: Omit<ActualsInput, 'contract'>): Actuals {
  const r = loadActuals(JSON.stringify({ contract: contract.id, ...input }), { format: 'json', contract, filename: `${input.period}.json` });
  expect(r.diagnostics).toEqual([]);
  if (!r.ok) throw new Error('the test actuals do not load');
  return r.value.actuals;
}

/** Runs the fold over the periods, failing the test on any error. */
export function statementsOf(contract: Contract, periods: Omit<ActualsInput, 'contract'>[]): readonly PayoutStatement[] {
  const r = computePayouts(contract, periods.map((p) => actualsOf(contract, p)));
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  for (const s of r.value.statements) expect(s.conservation.problems).toEqual([]);
  return r.value.statements;
}

/** The line with this id, failing the test if there is none. */
export function lineOf(statement: PayoutStatement, id: string): PayoutLine {
  const l = statement.lines.find((x) => x.id === id);
  if (l === undefined) throw new Error(`no line "${id}" in ${statement.period.label}; lines: ${statement.lines.map((x) => x.id).join(', ')}`);
  return l;
}

/** An amount as exact text with its currency's minor unit: '6667000.00'. */
export function amountOf(m: Money): string {
  return m.amount.toFixed(Math.max(2, m.amount.decimalPlaces()));
}

/** The amount of a line, as text. */
export function amountAt(statement: PayoutStatement, id: string): string {
  return amountOf(lineOf(statement, id).amount);
}

/** The net total of a party, as text ('0.00' when it has no line). */
export function netOf(statement: PayoutStatement, party: string): string {
  const t = statement.totals.find((x) => x.party === party);
  return t === undefined ? '0.00' : amountOf(t.net);
}
