// Values that make no payment sense (issue 13, "Nonsense"): the payout engine never answers "this is
// a bug in fairlode" for a user's data. The loader refuses most such values; a contract built in
// code, or one the loader let through, gets a located diagnostic naming the clause and the period.
import { describe, expect, it } from 'vitest';
import { computePayouts, computePeriod, Decimal, FairlodeError, initialPayoutState, loadContract, type Contract, type LoadedContract } from 'fairlode';
import { actualsOf, BASE, contractOf } from './payout-fixtures.js';

const BONUS = { id: 'signing', kind: 'signature', amount: '5000 USD', due: '2026-01-15', payee: 'state' };

/** The contract with its bonus made negative, as a caller building the contract in code could. */
function withNegativeBonus(c: Contract): Contract {
  const [bonus] = c.revenue.bonuses;
  return { ...c, revenue: { ...c.revenue, bonuses: [{ ...bonus!, amount: { ...bonus!.amount, amount: new Decimal('-5000') } }] } };
}

describe('a negative bonus', () => {
  const c = contractOf({ revenue: { bonuses: [BONUS] } as never });
  const january = actualsOf(c, { period: '2026-01', sales: [] } as never);

  it('is refused before the fold, located at the amount and naming the bonus', () => {
    const r = computePayouts(withNegativeBonus(c), [january]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([expect.objectContaining({
      code: 'payout/negative-amount',
      severity: 'error',
      message: 'The bonus "signing" is -5000; it cannot be negative.',
      path: ['revenue', 'bonuses', 0, 'amount'],
    })]);
  });

  it('stops computePeriod with an error naming the clause and the period, not a bug', () => {
    // Before: FairlodeError payout/internal-negative-line, "… this is a bug in fairlode."
    const negative = withNegativeBonus(c);
    let thrown: unknown;
    try {
      computePeriod(negative, january, initialPayoutState(negative));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FairlodeError);
    expect((thrown as FairlodeError).code).toBe('payout/negative-payment');
    expect((thrown as FairlodeError).message).toContain('Clause "signing" comes to a negative payment of -5000 USD from company to state in 2026-01.');
    expect((thrown as FairlodeError).message).not.toMatch(/bug/);
  });

  it('is reported with the file, line and column of the amount when the contract was loaded from text', () => {
    const text = JSON.stringify({ ...BASE, revenue: { bonuses: [BONUS] } }, null, 2);
    const r = loadContract(text, { format: 'json', filename: 'deal.json' });
    if (!r.ok) throw new Error('the contract does not load');
    const loaded: LoadedContract = { ...r.value, contract: withNegativeBonus(r.value.contract) };
    const run = computePayouts(loaded, [january]);
    const d = run.diagnostics.find((x) => x.code === 'payout/negative-amount');
    // The amount is on the line of `"amount": "5000 USD"` in the pretty-printed JSON.
    const line = text.split('\n').findIndex((l) => l.includes('"amount": "5000 USD"')) + 1;
    expect(d).toMatchObject({ file: 'deal.json', path: ['revenue', 'bonuses', 0, 'amount'], range: { start: { line } } });
  });
});

describe('negative rates and amounts in a contract built in code', () => {
  const c = contractOf({
    revenue: {
      royalties: [{ id: 'copper-royalty', commodity: 'copper', payee: 'state', rate: '5%', minimumPerPeriod: '100 USD' }],
      communityFunds: [{ id: 'fund', modality: 'shall', payee: 'community', rate: '1%', base: 'gross-revenue', minimumAnnual: '1000 USD' }],
      governmentShares: [{ of: 'copper-royalty', split: { state: '80%', county: '20%' } }],
      distributions: { retain: '10%' },
    } as never,
  });
  const minus = (d: Decimal) => d.negated();
  const roy = c.revenue.royalties[0]!;
  const fund = c.revenue.communityFunds[0]!;
  const share = c.revenue.governmentShares[0]!;
  const cases: [string, Contract, (string | number)[]][] = [
    ['a royalty rate', { ...c, revenue: { ...c.revenue, royalties: [{ ...roy, rate: minus(roy.rate as Decimal) }] } }, ['revenue', 'royalties', 0, 'rate']],
    ['a royalty minimum', { ...c, revenue: { ...c.revenue, royalties: [{ ...roy, minimumPerPeriod: { ...roy.minimumPerPeriod!, amount: minus(roy.minimumPerPeriod!.amount) } }] } }, ['revenue', 'royalties', 0, 'minimumPerPeriod']],
    ['a fund minimum', { ...c, revenue: { ...c.revenue, communityFunds: [{ ...fund, minimumAnnual: { ...fund.minimumAnnual!, amount: minus(fund.minimumAnnual!.amount) } }] } }, ['revenue', 'communityFunds', 0, 'minimumAnnual']],
    ['a government share', { ...c, revenue: { ...c.revenue, governmentShares: [{ ...share, split: { state: new Decimal('1.2'), county: new Decimal('-0.2') } }] } }, ['revenue', 'governmentShares', 0, 'split', 'county']],
    ['the share retained', { ...c, revenue: { ...c.revenue, distributions: { ...c.revenue.distributions!, retain: new Decimal('-0.1') } } }, ['revenue', 'distributions', 'retain']],
  ];
  it.each(cases)('refuses %s below zero, located at it', (_what, contract, path) => {
    const r = computePayouts(contract, [actualsOf(c, { period: '2026-01', sales: [{ commodity: 'copper', quantity: '10 t', price: '8000 USD/t' }], costs: { operating: '1000 USD' } } as never)]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/negative-amount', path]]);
  });
});

describe('line ids that collide', () => {
  // A holder named "retained" gets the distribution line "distributions/retained", the id of the
  // cash the company retains. Before: the statement came out unbalanced ("used twice"), exit 1.
  it('stop the fold with a diagnostic located at the clause and naming the period', () => {
    const c = contractOf({
      parties: [...BASE.parties, { id: 'retained', name: 'Retained Holdings Ltd', role: 'investor' }],
      ownership: [{ party: 'investor', share: '60%' }, { party: 'retained', share: '40%' }],
      revenue: { distributions: { retain: '10%' } },
    } as never);
    const r = computePayouts(c, [actualsOf(c, { period: '2026-01', sales: [{ commodity: 'copper', quantity: '10 t', price: '8000 USD/t' }] } as never)]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([expect.objectContaining({
      code: 'payout/duplicate-line-id',
      message: 'Clause "distributions" makes a second line "distributions/retained" in 2026-01; each line of a statement needs its own id.',
      path: ['revenue', 'distributions'],
    })]);
  });
});

describe('a clause on a commodity the contract does not list, in a contract built in code', () => {
  // Before: a TypeError ("Cannot read properties of undefined (reading 'sales')") from the fold.
  it('is refused, located at the commodity', () => {
    const c = contractOf({ revenue: { royalties: [{ id: 'copper-royalty', commodity: 'copper', payee: 'state', rate: '5%' }] } as never });
    const roy = c.revenue.royalties[0]!;
    const wrong: Contract = { ...c, revenue: { ...c.revenue, royalties: [{ ...roy, commodity: 'coper' }] } };
    const r = computePayouts(wrong, [actualsOf(c, { period: '2026-01', sales: [] } as never)]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/unknown-commodity', ['revenue', 'royalties', 0, 'commodity']]]);
  });
});
