// Dilution of a holder that does not meet a cash call (issue 14, item 6): the actuals say what the
// holder paid (`cashCalls`), the other uncarried holders pay the rest (`defaulted-cash-call`), and
// from the next period the shares are each holder's contributions ÷ all contributions (the standard
// dilution formula, "simple dilution": participating interest = own contributions ÷ all contributions;
// J. C. Lacy, "Alternate Ways of Paying the Piper: Dilution and Nonconsent Mechanisms in Mining
// Venture Agreements", 31 Rocky Mt. Min. L. Inst. (1985); K. J. C. Harries, "Non-participation &
// Default Provisions in Mining Agreements", Mining Agreements III (1991), "Simple Dilution"), with
// an optional penalty factor. A carried holder's calls are paid by its carrier and count as its own
// contributions, so it is never diluted. Hand calculations in the comments.
import { describe, expect, it } from 'vitest';
import { computePayouts, explain, loadActuals, loadContract, type ContractInput } from 'fairlode';
import { BASE, actualsOf, amountAt, contractOf, statementsOf } from './payout-fixtures.js';

const PARTIES = [...BASE.parties, { id: 'partner', name: 'Partner Resources', role: 'investor' as const }];
// investor 60%, partner 30%, state 10% carried free by the investor.
const OWNERS: ContractInput['ownership'] = [
  { party: 'investor', share: '60%' },
  { party: 'partner', share: '30%' },
  { party: 'state', share: '10%', carried: { by: ['investor'], recovery: 'none' } },
];

function deal(penalty?: string) {
  return contractOf({
    parties: PARTIES,
    ownership: OWNERS,
    revenue: { distributions: { ref: '§12', dilution: { id: 'dilution', ref: '§8.4', method: 'contributions', contributedBefore: '1000000 USD', ...(penalty === undefined ? {} : { penalty }) } } } as never,
  });
}

// 2026-Q1: capital 1,000,000, no sales: a cash call of 1,000,000, 600,000 / 300,000 / 100,000; the
// partner pays 100,000 of its 300,000. 2026-Q2: 1,000 t at 8,000 USD/t = 8,000,000 distributed.
const Q1 = { period: '2026-Q1', costs: { capital: '1000000 USD' }, cashCalls: [{ party: 'partner', paid: '100000 USD' }] };
const Q2 = { period: '2026-Q2', sales: [{ commodity: 'copper', quantity: '1000 t', price: '8000 USD/t' }] };

describe('standard dilution: shares = contributions ÷ all contributions', () => {
  const c = deal();
  const [q1, q2] = statementsOf(c, [Q1, Q2]);

  it('takes what the defaulting holder paid and has the uncarried holder that paid pay the rest', () => {
    // The investor pays its own 600,000, the state's 100,000 (carried), and the partner's unpaid
    // 300,000 − 100,000 = 200,000: it is the only uncarried holder that paid its call.
    expect(amountAt(q1!, 'cash-calls/investor')).toBe('600000.00');
    expect(amountAt(q1!, 'cash-calls/partner')).toBe('100000.00');
    expect(amountAt(q1!, 'cash-calls/investor/for/partner')).toBe('200000.00');
    const cover = q1!.lines.find((l) => l.id === 'cash-calls/investor/for/partner')!;
    expect([cover.kind, cover.clause, cover.ref, cover.from, cover.to, cover.onBehalfOf]).toEqual(['defaulted-cash-call', 'dilution', '§8.4', 'investor', 'company', 'partner']);
    expect(q1!.conservation.balanced).toBe(true);
  });

  it('dilutes the partner from the next period, not the carried state', () => {
    // Contributions: before 1,000,000 × shares = 600,000 / 300,000 / 100,000; Q1 adds investor
    // 600,000 + 200,000, partner 100,000, state 100,000 (its carried call): 1,400,000 / 400,000 /
    // 200,000 of 2,000,000 → 70% / 20% / 10%. Q2's 8,000,000 is then 5,600,000 / 1,600,000 / 800,000
    // (at the contract's 60/30/10 it would have been 4,800,000 / 2,400,000 / 800,000).
    expect(q1!.notes).toContain('partner paid 100000.00 USD of its cash call of 300000.00 USD in 2026-Q1; under dilution "dilution" (§8.4) its share falls from 30% to 20%.');
    expect(['investor', 'partner', 'state'].map((p) => amountAt(q2!, `distributions/${p}`))).toEqual(['5600000.00', '1600000.00', '800000.00']);
  });

  it('carries the new shares and the contributions in the state', () => {
    const r = computePayouts(c, [actualsOf(c, Q1 as never)]);
    if (!r.ok) throw new Error('did not compute');
    expect(r.value.state.equityShares?.map((e) => `${e.holder} ${e.share.toString()}`)).toEqual(['investor 0.7', 'partner 0.2', 'state 0.1']);
    expect(r.value.state.contributions?.map((e) => `${e.holder} ${e.amount.toString()}`)).toEqual(['investor 1400000', 'partner 400000', 'state 200000']);
  });

  it('explains the defaulted call: the unpaid amount, the share paid, the clause', () => {
    const text = explain(q1!, 'cash-calls/investor/for/partner');
    expect(text).toContain('§8.4');
    expect(text).toContain('cash call left unpaid by partner');
  });
});

describe('penalty dilution', () => {
  it('counts the amount paid for the defaulter 150%, taken from the defaulter, the state untouched', () => {
    // Investor 600,000 + 600,000 + 150% × 200,000 = 1,500,000; partner 300,000 + 100,000 − 50% ×
    // 200,000 = 300,000; state 200,000; total 2,000,000 → 75% / 15% / 10%.
    // Q2: 8,000,000 × 75% = 6,000,000; × 15% = 1,200,000; × 10% = 800,000.
    const [, q2] = statementsOf(deal('150%'), [Q1, Q2]);
    expect(['investor', 'partner', 'state'].map((p) => amountAt(q2!, `distributions/${p}`))).toEqual(['6000000.00', '1200000.00', '800000.00']);
  });

  it('takes the penalty from the defaulting holder only down to zero, so the state keeps its 10%', () => {
    // 50,000,000 before: 27,500,000 / 17,500,000 / 5,000,000. A call of 200,000,000: investor
    // 110,000,000 + the partner's unpaid 70,000,000, state 20,000,000 (carried): 207,500,000 /
    // 17,500,000 / 25,000,000 of 250,000,000. The penalty's excess, 50% × 70,000,000 = 35,000,000,
    // is more than the partner's 17,500,000: only 17,500,000 moves to the investor, so the total
    // stays 250,000,000: 225,000,000 / 0 / 25,000,000 → 90% / 0% / 10%. (Before: the investor was
    // credited the full 150% and the state fell to 25 ÷ 267.5 = 9.345794%.)
    const c = contractOf({ parties: PARTIES, ownership: OWNERS, revenue: { distributions: { dilution: { id: 'dilution', method: 'contributions', contributedBefore: '50000000 USD', penalty: '150%' } } } as never });
    const r = computePayouts(c, [actualsOf(c, { period: '2026-Q1', costs: { capital: '200000000 USD' }, cashCalls: [{ party: 'partner', paid: '0 USD' }] } as never)]);
    if (!r.ok) throw new Error('did not compute');
    expect(r.value.state.equityShares!.map((e) => e.share.toString())).toEqual(['0.9', '0', '0.1']);
  });

  it('rounds shares to a millionth of a percent, allocated so they sum to exactly 100%', () => {
    // 7,000 contributed before: 4,200 / 2,100 / 700. Q1's call of 1,000,000, the partner paying
    // 50,000 of its 300,000: investor 600,000 + 250,000, partner 50,000, state 100,000 (carried).
    // Contributions 854,200 / 52,100 / 100,700 of 1,007,000:
    //   investor 854,200 ÷ 1,007,000 = 0.848262164846… → 84,826,216.48 units of 10^-8
    //   partner   52,100 ÷ 1,007,000 = 0.051737835153… →  5,173,783.52 units
    //   state    100,700 ÷ 1,007,000 = 0.1 exactly      → 10,000,000 units
    // Floors 84,826,216 + 5,173,783 + 10,000,000 = 99,999,999; the unit left goes to the larger
    // remainder (.52, the partner): 0.84826216 + 0.05173784 + 0.1 = 1 exactly.
    const c = contractOf({ parties: PARTIES, ownership: OWNERS, revenue: { distributions: { dilution: { id: 'dilution', method: 'contributions', contributedBefore: '7000 USD' } } } as never });
    const r = computePayouts(c, [actualsOf(c, { ...Q1, cashCalls: [{ party: 'partner', paid: '50000 USD' }] } as never)]);
    if (!r.ok) throw new Error('did not compute');
    const shares = r.value.state.equityShares!.map((e) => e.share);
    expect(shares.map((s) => s.toString())).toEqual(['0.84826216', '0.05173784', '0.1']);
    expect(shares.reduce((a, s) => a.plus(s)).toString()).toBe('1');
  });
});

describe('what the engine refuses', () => {
  const c = deal();
  it('an unpaid call without a dilution clause, located at cashCalls', () => {
    const plain = contractOf({ parties: PARTIES, ownership: OWNERS });
    const r = computePayouts(plain, [actualsOf(plain, Q1 as never)]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/dilution-undefined', ['cashCalls']]]);
  });

  it('a carried holder or a non-holder listed as defaulting', () => {
    const r = computePayouts(c, [actualsOf(c, { ...Q1, cashCalls: [{ party: 'state', paid: '0 USD' }, { party: 'county', paid: '0 USD' }] } as never)]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/cash-call-carried', ['cashCalls', 0, 'party']], ['payout/cash-call-not-a-holder', ['cashCalls', 1, 'party']]]);
  });

  it('a holder said to pay more than its call, or a default in a period without a call, located at the dilution clause', () => {
    const text = JSON.stringify({ ...BASE, parties: PARTIES, ownership: OWNERS, revenue: { distributions: { dilution: { id: 'dilution', method: 'contributions', contributedBefore: '0 USD' } } } }, null, 2);
    const loaded = loadContract(text, { format: 'json', filename: 'deal.json' });
    if (!loaded.ok) throw new Error('does not load');
    const over = computePayouts(loaded.value, [actualsOf(loaded.value.contract, { ...Q1, cashCalls: [{ party: 'partner', paid: '400000 USD' }] } as never)]);
    expect(over.diagnostics.map((d) => [d.code, d.file, d.path])).toEqual([['payout/cash-call-overpaid', 'deal.json', ['revenue', 'distributions', 'dilution']]]);
    const none = computePayouts(loaded.value, [actualsOf(loaded.value.contract, { ...Q2, cashCalls: [{ party: 'partner', paid: '0 USD' }] } as never)]);
    expect(none.diagnostics.map((d) => d.code)).toEqual(['payout/no-cash-call']);
  });

  it('two entries for one holder in a period, located at the second', () => {
    const r = loadActuals(JSON.stringify({ contract: c.id, ...Q1, cashCalls: [{ party: 'partner', paid: '0 USD' }, { party: 'partner', paid: '5 USD' }] }), { format: 'json', contract: c, filename: 'q1.json' });
    expect(r.diagnostics.map((d) => [d.path, d.message])).toEqual([[['cashCalls', 1, 'party'], expect.stringContaining('a second entry for "partner" in the period; add the two up into one')]]);
  });
});
