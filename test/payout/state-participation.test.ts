// State participation beyond a fixed-rate carry (issue #14 item 6): carry interest at an index plus
// a margin, recovery from a share of the carried holder's dividends, and write-offs of the balance.
// Published examples of carried state stakes: Ghana's Minerals and Mining Act 2006 (Act 703), s. 43(1),
// a 10% free carried interest for the Republic; Tanzania's Mining Act 2010 as amended in 2017, s. 10,
// a free carried interest of not less than 16%; the Reko Diq arrangements (2022), where Balochistan's
// 10% share of the project's funding is carried by the investor and recovered from its dividends
// (examples/contracts/reko-diq-style.yaml). The index-plus-margin terms (SOFR + 6.5%, CPI + 9.9%) are
// the forms of the issue; the figures below are hand calculations.
import { describe, expect, it } from 'vitest';
import { computePayouts, explain, loadContract } from 'fairlode';
import { BASE, actualsOf, amountAt, contractOf, statementsOf } from './payout-fixtures.js';

const carried = (carry: object) => contractOf({
  ownership: [{ party: 'investor', share: '90%' }, { party: 'state', share: '10%', ref: '§7', carried: { by: ['investor'], recovery: 'from-dividends', ...carry } }],
} as never);
const sale = (usd: string) => [{ commodity: 'copper', quantity: '1 t', price: `${usd} USD/t` }];
const balances = (s: { balances: { carriedInterest: readonly { balance: { amount: { toFixed(n: number): string } } }[] } }) => s.balances.carriedInterest.map((b) => b.balance.amount.toFixed(2));
const added = (s: { balances: { carryInterestAdded: readonly { balance: { amount: { toFixed(n: number): string } } }[] } }) => s.balances.carryInterestAdded.map((b) => b.balance.amount.toFixed(2));

describe('carry interest at an index plus a margin', () => {
  it('reference rate + margin: balance × (SOFR% + 6.5%) × months / 12; no SOFR given: no interest and a warning', () => {
    const c = carried({ interest: '6.5%', interestIndex: { basis: 'reference-rate', index: 'SOFR' } });
    const s = statementsOf(c, [
      { period: '2027-Q1', costs: { capital: '1000000 USD' } },
      { period: '2027-Q2', indices: { SOFR: '5.31' } },
      { period: '2027-Q3' },
    ]);
    // Q1: the state's 10% of the 1,000,000 call, 100,000.00, is paid by the investor: the balance
    expect(balances(s[0]!)).toEqual(['100000.00']);
    // Q2: 100,000 × (5.31% + 6.5%) × 3/12 = 100,000 × 11.81% / 4 = 2,952.50
    expect(added(s[1]!)).toEqual(['2952.50']);
    expect(balances(s[1]!)).toEqual(['102952.50']);
    // Q3: the actuals give no SOFR: nothing is added, and the notes say why
    expect(added(s[2]!)).toEqual([]);
    expect(s[2]!.notes.join('\n')).toMatch(/carry interest of state \(§7\) for 2027-Q3: the actuals give no value of the index "SOFR".*no interest is added/);
  });

  it('inflation + margin: balance × (CPI ÷ previous CPI − 1 + 9.9% × months / 12); a missing CPI defers the rise', () => {
    const c = carried({ interest: '9.9%', interestIndex: { basis: 'inflation', index: 'US-CPI' } });
    const s = statementsOf(c, [
      { period: '2027-Q1', costs: { capital: '1000000 USD' }, indices: { 'US-CPI': '300' } },
      { period: '2027-Q2', indices: { 'US-CPI': '303' } },
      { period: '2027-Q3' },
      { period: '2027-Q4', indices: { 'US-CPI': '309.06' } },
    ]);
    // Q2: 100,000 × (303 / 300 − 1 + 9.9% × 3/12) = 100,000 × (0.01 + 0.02475) = 3,475.00
    expect(added(s[1]!)).toEqual(['3475.00']);
    // Q3: no CPI: the margin only, 103,475 × 0.02475 = 2,561.00625 → 2,561.01 (half-even)
    expect(added(s[2]!)).toEqual(['2561.01']);
    expect(s[2]!.notes.join('\n')).toMatch(/only the margin is added; the index's rise is counted when it is next given/);
    // Q4: the rise since Q2's 303: 309.06 / 303 = 1.02; 106,036.01 × (0.02 + 0.02475) = 4,745.1114… → 4,745.11
    expect(added(s[3]!)).toEqual(['4745.11']);
    expect(balances(s[3]!)).toEqual(['110781.12']);
  });

  it('refuses an index without the margin over it', () => {
    const r = loadContract(JSON.stringify({ ...BASE, ownership: [{ party: 'investor', share: '90%' }, { party: 'state', share: '10%', carried: { by: ['investor'], interestIndex: { basis: 'reference-rate', index: 'SOFR' } } }] }), { format: 'json', filename: 'deal.json' });
    expect(r.diagnostics.map((d) => [d.path?.join('.'), d.message])).toEqual([['ownership.1.carried.interest', '"ownership[1].carried.interest": an interestIndex needs the margin over it in "interest" (write "0%" for none).']]);
  });
});

describe('recovery from a share of the dividends', () => {
  it('repays the carry from 50% of each distribution; the holder receives the rest', () => {
    const c = carried({ recoveryShare: '50%' });
    const s = statementsOf(c, [
      { period: '2027-Q1', costs: { capital: '1000000 USD' } },
      { period: '2027-Q2', sales: sale('600000') },
      { period: '2027-Q3', sales: sale('2000000') },
    ]);
    // Q2: the state's 10% of 600,000 is 60,000; half, 30,000, repays the investor; the state receives 30,000
    expect(amountAt(s[1]!, 'carry-repayments/state/investor')).toBe('30000.00');
    expect(amountAt(s[1]!, 'distributions/state')).toBe('30000.00');
    expect(balances(s[1]!)).toEqual(['70000.00']);
    expect(explain(s[1]!, 'carry-repayments/state/investor')).toContain('the smaller of 50% of the distribution (rounded half-even) and the balance');
    // Q3: 10% of 2,000,000 = 200,000; half is 100,000 but only 70,000 is owed: 70,000 repaid, 130,000 received
    expect(amountAt(s[2]!, 'carry-repayments/state/investor')).toBe('70000.00');
    expect(amountAt(s[2]!, 'distributions/state')).toBe('130000.00');
    expect(balances(s[2]!)).toEqual([]);
  });

  it('is refused on a carry that is not recovered', () => {
    const r = loadContract(JSON.stringify({ ...BASE, ownership: [{ party: 'investor', share: '90%' }, { party: 'state', share: '10%', carried: { by: ['investor'], recovery: 'none', recoveryShare: '50%' } }] }), { format: 'json', filename: 'deal.json' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.message).toMatch(/recoveryShare and writeOffs apply only to a carry recovered from dividends/);
  });
});

describe('write-off of part of the carry', () => {
  it('writes off the share of the balance brought into the period holding the date, before its interest', () => {
    const c = carried({ interest: '8%', writeOffs: [{ date: '2027-05-15', share: '50%', ref: '§7.4' }] });
    const s = statementsOf(c, [
      { period: '2027-Q1', costs: { capital: '1000000.10 USD' } },
      { period: '2027-Q2' },
    ]);
    // Q1: 10% of 1,000,000.10 = 100,000.01, paid by the investor
    expect(balances(s[0]!)).toEqual(['100000.01']);
    // Q2: 50% × 100,000.01 = 50,000.005 → 50,000.00 (half-even); then 8% × 3/12 on 50,000.01 = 1,000.0002 → 1,000.00
    expect(s[1]!.balances.carryWrittenOff.map((w) => w.balance.amount.toFixed(2))).toEqual(['50000.00']);
    expect(added(s[1]!)).toEqual(['1000.00']);
    expect(balances(s[1]!)).toEqual(['51000.01']);
    expect(s[1]!.notes).toContain("50% of state's carry owed to investor written off on 2027-05-15 (§7.4): 50000.00 USD of 100000.01 USD; it is never recovered.");
    // not a payment: no line moves money for it
    expect(s[1]!.lines.some((l) => l.onBehalfOf === 'state')).toBe(false);
  });
});

describe('an option to acquire more equity', () => {
  // Like the 2011 Simandou settlement (the Government of Guinea may take up to 35%, in stages;
  // http://www.womp-int.com/story/2011vol04/story018.htm): here the state holds 10% and may buy a
  // further 20% from the investor for 250,000,000 USD between 2028 and 2030.
  const option = (extra: object = {}) => contractOf({
    ownership: [
      { party: 'investor', share: '90%' },
      { party: 'state', share: '10%', options: [{ id: 'state-option', ref: '§5.3', from: [{ party: 'investor', share: '20%' }], price: '250000000 USD', exercisableFrom: '2028-01-01', exercisableTo: '2030-12-31', ...extra }] },
    ],
  } as never);

  it('changes the shares from the period of its exercise on; the state pays the price to the investor', () => {
    const s = statementsOf(option(), [
      { period: '2028-Q1', sales: sale('1000000') },
      { period: '2028-Q2', sales: sale('1000000'), events: [{ clause: 'state-option', date: '2028-05-10', kind: 'exercised' }] },
      { period: '2028-Q3', sales: sale('1000000') },
    ]);
    // Q1: 90/10 of 1,000,000
    expect([amountAt(s[0]!, 'distributions/investor'), amountAt(s[0]!, 'distributions/state')]).toEqual(['900000.00', '100000.00']);
    // Q2: exercised: investor 90% − 20% = 70%, state 10% + 20% = 30%, for this period's distribution on
    expect([amountAt(s[1]!, 'distributions/investor'), amountAt(s[1]!, 'distributions/state')]).toEqual(['700000.00', '300000.00']);
    const price = s[1]!.lines.find((l) => l.id === 'state-option/investor')!;
    expect([price.kind, price.from, price.to, price.amount.amount.toFixed(2), price.ref]).toEqual(['equity-purchase', 'state', 'investor', '250000000.00', '§5.3']);
    expect(s[1]!.notes).toContain('The option "state-option" (§5.3) was exercised on 2028-05-10: state acquired 20% for 250000000.00 USD; from this period\'s distributions and cash calls on the shares are investor 70%, state 30%.');
    // explain: the price line says where its amount comes from
    expect(explain(s[1]!, 'state-option/investor')).toContain('state pays investor for 20% of the equity: 250000000.00 USD');
    expect(explain(s[1]!, 'state-option/investor')).toContain('option exercised on: 2028-05-10');
    // Q3: the new shares hold on
    expect([amountAt(s[2]!, 'distributions/investor'), amountAt(s[2]!, 'distributions/state')]).toEqual(['700000.00', '300000.00']);
  });

  it('is refused outside its dates, and when exercised twice', () => {
    const c = option();
    const early = computePayouts(c, [actualsOf(c, { period: '2027-Q4', events: [{ clause: 'state-option', date: '2027-12-01' }] })]);
    expect(early.ok).toBe(false);
    expect(early.diagnostics.map((d) => d.code)).toContain('payout/option-outside-dates');
    const twice = computePayouts(c, [actualsOf(c, { period: '2028-Q1', events: [{ clause: 'state-option', date: '2028-02-01' }] }), actualsOf(c, { period: '2028-Q2', events: [{ clause: 'state-option', date: '2028-05-01' }] })]);
    expect(twice.diagnostics.map((d) => d.code)).toContain('payout/option-exercised-twice');
  });
});
