// Bonuses, settlements and who pays (issue #14 item 7): a payer other than the project company,
// payment in instalments, due dates relative to the effective date or to an event the actuals
// report, and settlements.
//
// The model is the 2019–2020 Barrick–Tanzania settlement: "the payment of $300 million to settle all
// outstanding tax and other disputes"; "the initial payment will be followed by five annual payments
// of US$40 million each"; the first US$100 million was received by the Minister of Finance on
// Tuesday 26 May 2020 (Barrick press release, 20 Oct 2019, https://miningreport.co/finance/barrick-to-pay-300m-to-settle-tanzania-dispute-to-launch-twiga-minerals;
// Daily News, 27 May 2020, https://allafrica.com/stories/202005270135.html). The dates of the five
// annual payments are not public (one of about $40 million was paid on 13 Oct 2020, per Bloomberg),
// so the test counts them yearly from the first payment, as "5 × 40,000,000 USD yearly" says.
import { describe, expect, it } from 'vitest';
import { eitiPayments, explain, loadContract, type ContractInput } from 'fairlode';
import { BASE, amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

type Bonus = NonNullable<NonNullable<ContractInput['revenue']>['bonuses']>[number];

const quarters = (from: number, to: number) => Array.from({ length: (to - from + 1) * 4 }, (_, i) => `${from + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

describe('a settlement paid by the investor in instalments: 100,000,000 USD now and 5 × 40,000,000 USD yearly', () => {
  const settlement: Bonus = { id: 'twiga-settlement', ref: 'Framework Agreement', kind: 'settlement', amount: '100000000 USD', due: '2020-05-26', instalments: { amount: '40000000 USD', count: 5, every: 'year' }, payer: 'investor', payee: 'state' };
  const c = contractOf({
    signed: '2020-01-24', effective: '2020-01-24',
    ownership: [{ party: 'investor', share: '84%' }, { party: 'state', share: '16%', carried: { by: ['investor'], recovery: 'none' } }],
    revenue: { bonuses: [settlement] },
  });
  const statements = statementsOf(c, quarters(2020, 2025).map((period) => ({ period })));

  it('pays each instalment in the quarter of its due date: 2020-05-26, then every 26 May from 2021 to 2025', () => {
    const paid = statements.flatMap((s) => s.lines.filter((l) => l.clause === 'twiga-settlement').map((l) => [s.period.label, l.id, l.amount.amount.toFixed(2)]));
    expect(paid).toEqual([
      ['2020-Q2', 'twiga-settlement/1', '100000000.00'],
      ['2021-Q2', 'twiga-settlement/2', '40000000.00'],
      ['2022-Q2', 'twiga-settlement/3', '40000000.00'],
      ['2023-Q2', 'twiga-settlement/4', '40000000.00'],
      ['2024-Q2', 'twiga-settlement/5', '40000000.00'],
      ['2025-Q2', 'twiga-settlement/6', '40000000.00'],
    ]);
    // 100,000,000 + 5 × 40,000,000 = 300,000,000
    const total = paid.reduce((a, [, , v]) => a + Number(v), 0);
    expect(total).toBe(300_000_000);
  });

  it('is a settlement line from the investor to the state, outside the company\'s cash: no cash call, statement balanced', () => {
    const s = statements.find((x) => x.period.label === '2020-Q2')!;
    const line = lineOf(s, 'twiga-settlement/1');
    expect([line.kind, line.from, line.to, line.ref]).toEqual(['settlement', 'investor', 'state', 'Framework Agreement']);
    expect(s.lines.filter((l) => l.kind === 'cash-call' || l.kind === 'carried-cash-call')).toEqual([]);
    expect(s.conservation.sources.amount.toFixed(2)).toBe('0.00');
    expect(s.conservation.balanced).toBe(true);
    const text = explain(s, 'twiga-settlement/1');
    expect(text).toContain('payment 1 of 6, due 2020-05-26');
    expect(text).toContain('5 × 40000000.00 USD, one every year');
    expect(text).toContain('paid by: investor');
  });

  it('is reported to the EITI under fines, penalties and forfeits (143E), which include out-of-court settlements', () => {
    const sdt = eitiPayments(c, statements, { year: 'FY2020' });
    if (!sdt.ok) throw new Error('eiti');
    expect(sdt.value.rows.filter((r) => r.gfsCode === '143E').map((r) => r.value.amount.toFixed(2))).toEqual(['100000000.00']);
  });
});

describe('who pays a signature bonus', () => {
  // A quarter with no revenue: whatever the company pays is called from its holders. State 16%.
  const owners = [{ party: 'investor', share: '84%' }, { party: 'state', share: '16%' }];
  const bonus: Bonus = { id: 'signature-bonus', kind: 'signature', amount: '10000000 USD', due: '2026-02-01', payee: 'state' };

  it('paid by the company, it is called from the holders, so the state funds 16% of its own bonus', () => {
    const [s] = statementsOf(contractOf({ ownership: owners, revenue: { bonuses: [bonus] } }), [{ period: '2026-Q1' }]);
    // 16% × 10,000,000.00 = 1,600,000.00 called from the state
    expect(amountAt(s!, 'cash-calls/state')).toBe('1600000.00');
    expect(amountAt(s!, 'cash-calls/investor')).toBe('8400000.00');
  });

  it('paid by the investor, it is a line outside the company\'s cash: no cash call at all', () => {
    const [s] = statementsOf(contractOf({ ownership: owners, revenue: { bonuses: [{ ...bonus, payer: 'investor' }] } }), [{ period: '2026-Q1' }]);
    expect(s!.lines.map((l) => [l.id, l.kind, l.from, l.to, l.amount.amount.toFixed(2)])).toEqual([['signature-bonus', 'bonus', 'investor', 'state', '10000000.00']]);
    expect(s!.conservation.balanced).toBe(true);
  });
});

describe('due dates relative to an event', () => {
  it('within 30 days of the effective date: effective 2026-01-15, due 2026-02-14, paid in February', () => {
    const c = contractOf({ effective: '2026-01-15', revenue: { bonuses: [{ id: 'signature-bonus', ref: '§8.1', kind: 'signature', amount: '5000000 USD', within: { days: 30, of: 'effective-date' }, payee: 'state' }] } });
    const s = statementsOf(c, ['2026-01', '2026-02', '2026-03'].map((period) => ({ period })));
    // 2026-01-15 + 30 days = 2026-02-14 (16 days left in January, 14 in February)
    expect(s.map((x) => x.lines.some((l) => l.id === 'signature-bonus'))).toEqual([false, true, false]);
    expect(explain(s[1]!, 'signature-bonus')).toContain('within 30 days of the effective date 2026-01-15');
  });

  const production: Bonus = { id: 'production-bonus', kind: 'production', amount: '2000000 USD', within: { days: 30, of: { event: 'production-bonus' } }, payee: 'state' };

  it('within 30 days of commercial production, reported as an event: the state carries it to the quarter it falls due in', () => {
    const c = contractOf({ revenue: { bonuses: [production] } });
    const s = statementsOf(c, [
      { period: '2027-Q1', events: [{ clause: 'production-bonus', date: '2027-03-20', note: 'commercial production' }] },
      { period: '2027-Q2' },
      { period: '2027-Q3' },
    ]);
    // 2027-03-20 + 30 days = 2027-04-19 (11 days left in March, 19 in April): 2027-Q2
    expect(s.map((x) => x.lines.some((l) => l.id === 'production-bonus'))).toEqual([false, true, false]);
    expect(explain(s[1]!, 'production-bonus')).toContain('within 30 days of the event of "production-bonus" on 2027-03-20');
  });

  it('an event reported only after the due date has passed is paid in the period that reports it, and says so', () => {
    const c = contractOf({ revenue: { bonuses: [production] } });
    const s = statementsOf(c, [{ period: '2027-Q1' }, { period: '2027-Q2' }, { period: '2027-Q3', events: [{ clause: 'production-bonus', date: '2027-03-20' }] }]);
    expect(s.map((x) => x.lines.some((l) => l.id === 'production-bonus'))).toEqual([false, false, true]);
    expect(explain(s[2]!, 'production-bonus')).toContain('the event was reported after the due date 2027-04-19 had passed');
  });

  it('is never paid before its event is reported', () => {
    const c = contractOf({ revenue: { bonuses: [production] } });
    const s = statementsOf(c, quarters(2027, 2028).map((period) => ({ period })));
    expect(s.flatMap((x) => x.lines)).toEqual([]);
  });
});

describe('the clause as written', () => {
  it('refuses, located, a bonus with both a date and a relative due date, one paid by its own payee, and an unknown event clause', () => {
    const input = {
      ...BASE,
      revenue: {
        bonuses: [
          { id: 'a', kind: 'signature', amount: '1 USD', due: '2026-02-01', within: { days: 3, of: 'effective-date' }, payee: 'state' },
          { id: 'b', kind: 'signature', amount: '1 USD', due: '2026-02-01', payer: 'state', payee: 'state' },
        ],
      },
    };
    const r = loadContract(JSON.stringify(input, null, 2), { format: 'json', filename: 'deal.json' });
    expect(r.diagnostics.map((d) => [d.path?.join('.'), d.range !== undefined])).toEqual([['revenue.bonuses.0.due', true], ['revenue.bonuses.1.payer', true]]);
    const unknown = { ...BASE, revenue: { bonuses: [{ id: 'c', kind: 'production', amount: '1 USD', within: { days: 3, of: { event: 'comercial-production' } }, payee: 'state' }] }, processing: undefined };
    const r2 = loadContract(JSON.stringify(unknown, null, 2), { format: 'json', filename: 'deal.json' });
    expect(r2.diagnostics.map((d) => [d.code, d.path?.join('.'), d.range !== undefined])).toEqual([['contract/unknown-clause', 'revenue.bonuses.0.within.of.event', true]]);
  });
});

describe('instalments in another currency', () => {
  it('are a located error of computePayouts, not a thrown error', async () => {
    const { computePayouts } = await import('fairlode');
    const c = contractOf({ revenue: { bonuses: [{ id: 'signature-bonus', kind: 'signature', amount: '5000000 USD', due: '2026-02-01', instalments: { amount: '1000000 EUR', count: 2, every: 'year' }, payee: 'state' }] } });
    const r = computePayouts(c, []);
    expect(r.diagnostics.map((d) => [d.code, d.path?.join('.')])).toContainEqual(['payout/currency-mismatch', 'revenue.bonuses.0.instalments.amount']);
  });
});
