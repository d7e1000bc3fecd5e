import { beforeAll, describe, expect, it } from 'vitest';
import type { PayoutJson } from 'fairlode';
import { ensureBuilt, fairlode } from './run-cli.js';

beforeAll(ensureBuilt);

const contract = 'examples/contracts/chagai-partnership.yaml';
const opening = 'examples/opening/chagai-partnership-2027-Q2.yaml';
// FY2028 (July 2027 to June 2028: Pakistan's fiscal year) from its first quarter to the one that
// closes it, so that its income tax is assessed in 2028-Q2.
const fy2028 = [
  'examples/actuals/chagai-partnership/2027-Q3.yaml',
  'examples/actuals/chagai-partnership/2027-Q4.yaml',
  'examples/scenarios/chagai-2028-2031/2028-Q1.yaml',
  'examples/scenarios/chagai-2028-2031/2028-Q2.yaml',
];

const incomeTax = (run: { stdout: string }) => {
  const json = JSON.parse(run.stdout) as PayoutJson;
  const closing = json.statements.find((s) => s.period === '2028-Q2')!;
  return closing.lines.find((l) => l.id === 'income-tax')!.amount;
};

describe('payout --opening', () => {
  it('starts from the loss the opening balances bring forward: FY2028 income tax falls by 29% of it', () => {
    const without = fairlode(['payout', contract, ...fy2028, '-f', 'json']);
    const withLoss = fairlode(['payout', contract, ...fy2028, '-f', 'json', '--opening', opening]);
    expect(without.status).toBe(0);
    expect(withLoss.status, withLoss.stderr).toBe(0);
    // Hand calculation: the example brings forward a FY2027 loss of 1,000,000.00 USD; the contract's
    // income tax is 29% (§11) with losses carried six years, uncapped, and FY2028's taxable income
    // (109,966,007.70 / 0.29 ≈ 379.2 million) is far above the loss, so all of it is deducted:
    // tax falls by 0.29 × 1,000,000.00 = 290,000.00 USD, from 109,966,007.70 to 109,676,007.70.
    expect(incomeTax(without)).toBe('109966007.70');
    expect(incomeTax(withLoss)).toBe('109676007.70');
  });

  it('refuses actuals that do not follow the opening balances (exit 2)', () => {
    const run = fairlode(['payout', contract, 'examples/scenarios/chagai-2028-2031/2028-Q1.yaml', '--opening', opening]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('payout/not-next-period');
    expect(run.stderr).toContain('start with 2027-Q3');
  });

  it('names a misspelt key at its line, with a did-you-mean (exit 2)', () => {
    const run = fairlode(['payout', contract, ...fy2028, '--opening', 'test/fixtures/opening/misspelt-key.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the opening balances test/fixtures/opening/misspelt-key.yaml cannot be used');
    expect(run.stderr).toMatch(/test\/fixtures\/opening\/misspelt-key\.yaml:3:1: error: .*lossesCarriedFoward/);
    expect(run.stderr).toContain('lossesCarriedForward');
  });

  it('refuses a balance in another currency and a holder that is not carried, each at its line (exit 2)', () => {
    const currency = fairlode(['payout', contract, ...fy2028, '--opening', 'test/fixtures/opening/wrong-currency.yaml']);
    expect(currency.status).toBe(2);
    expect(currency.stderr).toMatch(/wrong-currency\.yaml:4:\d+: error: .*PKR.*\[opening\/currency-mismatch\]/);
    const carried = fairlode(['payout', contract, ...fy2028, '--opening', 'test/fixtures/opening/not-carried.yaml']);
    expect(carried.status).toBe(2);
    expect(carried.stderr).toMatch(/not-carried\.yaml:4:\d+: error: .*"gop".*\[opening\/not-carried\]/);
    expect(carried.stderr).toContain('did you mean "gob"?');
  });

  it('says which file is missing (exit 2)', () => {
    const run = fairlode(['payout', contract, ...fy2028, '--opening', 'test/fixtures/opening/no-such-file.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-file.yaml');
  });

  it('warns, naming the quarter, when the opening balances end inside a fiscal year without its totals so far', () => {
    const run = fairlode(['payout', contract, ...fy2028.slice(1), '-f', 'json', '--opening', 'test/fixtures/opening/half-year.yaml']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('payout/fiscal-year-incomplete');
    expect(run.stderr).toContain('FY2028 is assessed without 2027-Q3: the opening balances end at 2027-Q3 without the year-to-date totals of FY2028');
    const closing = (JSON.parse(run.stdout) as PayoutJson).statements.find((s) => s.period === '2028-Q2')!;
    expect(closing.notes.join(' ')).toContain('FY2028 is assessed without 2027-Q3');
  });
});

describe('track and report --opening', () => {
  it('track reads the opening balances and refuses ones that do not fit (exit 2)', () => {
    expect(fairlode(['track', contract, ...fy2028, '--opening', opening]).status).toBe(0);
    const run = fairlode(['track', contract, ...fy2028, '--opening', 'test/fixtures/opening/half-year.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('payout/not-next-period');
  });

  it('report reads the opening balances and refuses a broken file (exit 2)', () => {
    const ok = fairlode(['report', contract, '--actuals', ...fy2028, '--opening', opening]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('<html');
    const bad = fairlode(['report', contract, '--actuals', ...fy2028, '--opening', 'test/fixtures/opening/wrong-currency.yaml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('opening/currency-mismatch');
  });

  it('is refused on a deal rather than ignored: payout, track and report exit 2 saying so', () => {
    const deal = 'test/fixtures/deals/copper-chain';
    for (const args of [['payout', deal, `${deal}/actuals`], ['track', deal, `${deal}/actuals`], ['report', deal, '--actuals', `${deal}/actuals`]]) {
      const run = fairlode([...args, '--opening', opening]);
      expect(run.status, args[0]).toBe(2);
      expect(run.stderr).toContain('--opening is read for one contract, not yet for a deal');
    }
  });
});
