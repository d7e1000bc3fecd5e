// Distributions, cash calls and carried interests, with hand calculations; and the Reko Diq-style
// example's ownership: three state enterprises in equal thirds, a free-carried province, a
// federally funded provincial enterprise.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePayouts, loadActuals, loadContract, type PayoutStatement } from 'fairlode';
import { amountAt, contractOf, lineOf, netOf, statementsOf } from './payout-fixtures.js';

const cents = (text: string) => Math.round(Number(text) * 100);

describe('distributions', () => {
  const owners = [{ party: 'investor', share: '50%' }, { party: 'state', share: '25%' }, { party: 'county', share: '25%' }];

  it('retain a share, then pay the holders pro rata by largest remainder', () => {
    const c = contractOf({ ownership: owners, revenue: { distributions: { ref: '§12', retain: '10%' } } as never });
    const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '1000000.03 USD/t' }] }]);
    // cash 1,000,000.03; retained 10% = 100,000.003 → 100,000.00; distributed 900,000.03
    // exact shares 450,000.015 / 225,000.0075 / 225,000.0075: floors 450,000.01 + 225,000.00 + 225,000.00
    // leave 2 cents for the largest remainders (0.75, 0.75 before 0.5): state and county
    expect(amountAt(s!, 'distributions/retained')).toBe('100000.00');
    expect(['investor', 'state', 'county'].map((p) => amountAt(s!, `distributions/${p}`))).toEqual(['450000.01', '225000.01', '225000.01']);
    expect(s!.balances.reserve.amount.toFixed(2)).toBe('100000.00');
    expect(lineOf(s!, 'distributions/state').ref).toBe('§12');
  });

  it('cover a shortfall from the reserve first, then by cash calls pro rata', () => {
    const c = contractOf({ ownership: owners, revenue: { distributions: { retain: '50%' } } as never });
    const s = statementsOf(c, [
      { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '200000 USD/t' }] },
      { period: '2027-Q2', costs: { capital: '500000 USD' } },
    ]);
    // Q1: 200,000 cash, 100,000 retained. Q2: shortfall 500,000, 100,000 drawn, 400,000 called 200/100/100
    expect(amountAt(s[1]!, 'distributions/reserve-drawdown')).toBe('100000.00');
    expect(['investor', 'state', 'county'].map((p) => amountAt(s[1]!, `cash-calls/${p}`))).toEqual(['200000.00', '100000.00', '100000.00']);
    expect(lineOf(s[1]!, 'cash-calls/state').from).toBe('state');
    expect(netOf(s[1]!, 'investor')).toBe('-200000.00');
    expect(s[1]!.balances.reserve.amount.toFixed(2)).toBe('0.00');
  });
});

describe('carried interests', () => {
  const carried = (interest: string) => contractOf({
    ownership: [
      { party: 'investor', share: '70%' },
      { party: 'state', share: '20%' },
      { party: 'county', share: '10%', carried: { by: ['investor', 'state'], recovery: 'from-dividends', interest } },
    ],
  } as never);

  it("the carriers pay the carried holder's cash call in proportion to their equity, and recover it from its distributions", () => {
    const s = statementsOf(carried('0%'), [
      { period: '2027-Q1', costs: { capital: '1000000 USD' } },
      { period: '2027-Q2', sales: [{ commodity: 'copper', quantity: '1 t', price: '3000000 USD/t' }] },
    ]);
    // Q1: call 1,000,000: investor 700,000, state 200,000, county's 100,000 paid by its carriers
    // in proportion 70 : 20 → investor 77,777.78, state 22,222.22
    expect(amountAt(s[0]!, 'cash-calls/county/investor')).toBe('77777.78');
    expect(amountAt(s[0]!, 'cash-calls/county/state')).toBe('22222.22');
    expect(lineOf(s[0]!, 'cash-calls/county/investor').onBehalfOf).toBe('county');
    expect(s[0]!.lines.some((l) => l.from === 'county')).toBe(false);
    expect(s[0]!.balances.carriedInterest.map((b) => `${b.holder}/${b.carrier} ${b.balance.amount.toFixed(2)}`)).toEqual(['county/investor 77777.78', 'county/state 22222.22']);
    // Q2: 3,000,000 distributed 2,100,000 / 600,000 / 300,000; county's 300,000 first repays 100,000
    // to its carriers (77,777.78 and 22,222.22), then county receives 200,000
    expect(amountAt(s[1]!, 'carry-repayments/county/investor')).toBe('77777.78');
    expect(amountAt(s[1]!, 'carry-repayments/county/state')).toBe('22222.22');
    expect(amountAt(s[1]!, 'distributions/county')).toBe('200000.00');
    expect(s[1]!.balances.carriedInterest).toEqual([]);
  });

  it('adds the carry interest per period: balance × annual rate × months / 12', () => {
    const s = statementsOf(carried('12%'), [
      { period: '2027-Q1', costs: { capital: '1000000 USD' } },
      { period: '2027-Q2' },
    ]);
    // Q2: 77,777.78 × 12% × 3/12 = 2,333.3334 → 2,333.33; 22,222.22 × 3% = 666.6666 → 666.67
    expect(s[1]!.balances.carryInterestAdded.map((i) => i.balance.amount.toFixed(2))).toEqual(['2333.33', '666.67']);
    expect(s[1]!.balances.carriedInterest.map((b) => b.balance.amount.toFixed(2))).toEqual(['80111.11', '22888.89']);
  });
});

describe('the Reko Diq-style example', () => {
  const root = join(import.meta.dirname, '..', '..');
  const loaded = loadContract(readFileSync(join(root, 'examples', 'contracts', 'reko-diq-style.yaml'), 'utf8'), { filename: 'examples/contracts/reko-diq-style.yaml' });
  if (!loaded.ok) throw new Error('the example does not load');
  const contract = loaded.value.contract;
  const dir = join(root, 'examples', 'actuals', 'reko-diq-style');
  const examples = readdirSync(dir).sort().map((f) => {
    const a = loadActuals(readFileSync(join(dir, f), 'utf8'), { contract, filename: f });
    if (!a.ok) throw new Error(f);
    return a.value;
  });
  // A construction quarter before the example's production quarters: 400,000,000 of capital, no sales.
  const construction = loadActuals('contract: reko-diq-style\nperiod: 2027-Q4\ncosts: { operating: "5000000 USD", capital: "400000000 USD" }\n', { contract, filename: '2027-Q4.yaml' });
  if (!construction.ok) throw new Error('construction actuals');
  const run = computePayouts(loaded.value, [construction.value, ...examples]);
  if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
  const [build, q1, q2, q3] = run.value.statements as [PayoutStatement, PayoutStatement, PayoutStatement, PayoutStatement];
  const thirds = ['ogdcl', 'ppl', 'ghpl'];

  it('balances every period to the cent', () => {
    for (const s of run.value.statements) expect([s.period.label, s.conservation.balanced]).toEqual([s.period.label, true]);
  });

  it("the construction quarter's cash calls: the investor pays the province's 10%, the federation BMRL's 15%", () => {
    // shortfall 405,000,000: investor 50% = 202,500,000 plus gob's 10% = 40,500,000 (free carry,
    // repaid from dividends); gop pays bmrl's 15% = 60,750,000 (recovery: none); the thirds 33,750,000 each
    expect(amountAt(build, 'cash-calls/investor')).toBe('202500000.00');
    expect(amountAt(build, 'cash-calls/gob/investor')).toBe('40500000.00');
    expect(amountAt(build, 'cash-calls/bmrl/gop')).toBe('60750000.00');
    expect(thirds.map((p) => amountAt(build, `cash-calls/${p}`))).toEqual(['33750000.00', '33750000.00', '33750000.00']);
    expect(build.balances.carriedInterest.map((b) => [b.holder, b.carrier, b.balance.amount.toFixed(2)])).toEqual([['gob', 'investor', '40500000.00']]);
  });

  it('distributions to the holders sum exactly to the cash distributed; the thirds differ by at most a cent', () => {
    for (const s of [q1, q2, q3]) {
      const distributed = s.lines.filter((l) => l.kind === 'distribution' || l.kind === 'carry-repayment').reduce((a, l) => a + cents(l.amount.amount.toFixed(2)), 0);
      const retained = s.lines.filter((l) => l.kind === 'retained-cash').reduce((a, l) => a + cents(l.amount.amount.toFixed(2)), 0);
      const cashLeft = cents(s.conservation.sources.amount.toFixed(2)) - s.lines.filter((l) => l.from === 'company' && !['distribution', 'carry-repayment', 'retained-cash'].includes(l.kind)).reduce((a, l) => a + cents(l.amount.amount.toFixed(2)), 0);
      expect(distributed + retained).toBe(cashLeft);
      const parts = thirds.map((p) => cents(amountAt(s, `distributions/${p}`)));
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    }
    // 2028-Q2: the thirds' 25% is 49,744,921.87; a third is 16,581,640.623…, so the floors
    // 16,581,640.62 × 3 leave one cent, which goes to the first declared (equal remainders)
    expect(lineOf(q2, 'distributions/ppl').base?.amount?.amount.toFixed(2)).toBe('49744921.87');
    expect(thirds.map((p) => amountAt(q2, `distributions/${p}`))).toEqual(['16581640.63', '16581640.62', '16581640.62']);
  });

  it('the free-carried province receives nothing until its carry is repaid', () => {
    // 2028-Q1: gob's 10% share (23,810,100.00) all goes to the investor against the 40,500,000 carry
    expect(q1.lines.find((l) => l.id === 'distributions/gob')).toBeUndefined();
    expect(amountAt(q1, 'carry-repayments/gob/investor')).toBe('23810100.00');
    expect(lineOf(q1, 'carry-repayments/gob/investor').onBehalfOf).toBe('gob');
    expect(q1.balances.carriedInterest[0]!.balance.amount.toFixed(2)).toBe('16689900.00');
    // 2028-Q2: the rest of the carry is repaid first, then gob receives what is left of its share
    const share = cents(amountAt(q2, 'carry-repayments/gob/investor')) + cents(amountAt(q2, 'distributions/gob'));
    expect(amountAt(q2, 'carry-repayments/gob/investor')).toBe('16689900.00');
    expect(share).toBeGreaterThan(cents('16689900.00'));
    expect(q2.balances.carriedInterest).toEqual([]);
    // 2028-Q3: nothing owed; gob receives its whole 10%
    expect(q3.lines.some((l) => l.kind === 'carry-repayment')).toBe(false);
    // bmrl's carry is free (recovery: none): it receives its distributions from the first quarter
    expect(netOf(q1, 'bmrl')).not.toBe('0.00');
  });
});
