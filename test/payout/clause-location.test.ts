// A problem the payout fold meets in a clause is located at that clause (file, line, column), with
// the period's actuals as the related place: for every clause list, not only the first four. Review
// finding: fold errors raised by fees (and withholding taxes, benefit sharing, equity options) were
// placed at the actuals' `period` because `clausePath` did not know their lists.
import { describe, expect, it } from 'vitest';
import { computePayouts, Decimal, loadContract, type Contract, type LoadedContract } from 'fairlode';
import { clausePath } from '../../src/payout/payout-checks.js';
import { BASE, actualsOf, contractOf } from './payout-fixtures.js';

const LICENCE = { id: 'licence-fee', ref: '§9.1', payee: 'state', amount: '1200 USD', per: 'year', eitiStream: 'licence-fee' };
const RENT = { id: 'surface-rent', ref: '§9.2', payee: 'state', amount: '600 USD', per: 'year', eitiStream: 'surface-rent' };

function loaded(): LoadedContract {
  const text = JSON.stringify({ ...BASE, revenue: { fees: [LICENCE, RENT] } }, null, 2);
  const r = loadContract(text, { format: 'json', filename: 'deal.json' });
  if (!r.ok) throw new Error('the contract does not load');
  return r.value;
}

function lineOfText(needle: string): number {
  const text = JSON.stringify({ ...BASE, revenue: { fees: [LICENCE, RENT] } }, null, 2);
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('a fold error raised by a fee', () => {
  it('is located at the fee clause in the contract file, the actuals related', () => {
    // Two fees with one id, as a contract built in code can have (the loader refuses it): the second
    // fee's line repeats the first's id. Before the fix: placed at the actuals' period ("2026-01.json").
    const base = loaded();
    const [first, second] = base.contract.revenue.fees;
    const twice: LoadedContract = { ...base, contract: { ...base.contract, revenue: { ...base.contract.revenue, fees: [first!, { ...second!, id: first!.id }] } } };
    const january = actualsOf(base.contract, { period: '2026-01' });
    const run = computePayouts(twice, [january]);
    expect(run.ok).toBe(false);
    const d = run.diagnostics.find((x) => x.code === 'payout/duplicate-line-id');
    // `{` of revenue.fees[0] is the line before `"id": "licence-fee"` in the pretty-printed JSON.
    expect(d).toMatchObject({ file: 'deal.json', path: ['revenue', 'fees', 0], range: { start: { line: lineOfText('"id": "licence-fee"') - 1 } } });
    expect(d?.related?.[0]?.message).toBe('the actuals for 2026-01');
  });

  it('a negative fee amount is refused before the fold, located at the amount', () => {
    // Before: not checked, so the fold raised payout/negative-payment at the actuals' period.
    const base = loaded();
    const [fee, rent] = base.contract.revenue.fees;
    const negative: LoadedContract = { ...base, contract: { ...base.contract, revenue: { ...base.contract.revenue, fees: [{ ...fee!, amount: { ...fee!.amount, amount: new Decimal('-1200') } }, rent!] } } };
    const run = computePayouts(negative, [actualsOf(base.contract, { period: '2026-01' })]);
    expect(run.diagnostics).toEqual([expect.objectContaining({
      code: 'payout/negative-amount',
      message: 'The fee "licence-fee" is -1200; it cannot be negative.',
      file: 'deal.json',
      path: ['revenue', 'fees', 0, 'amount'],
      range: expect.objectContaining({ start: expect.objectContaining({ line: lineOfText('"amount": "1200 USD"') }) }),
    })]);
  });
});

describe('clausePath', () => {
  const c: Contract = contractOf({
    ownership: [
      { party: 'investor', share: '90%' },
      { party: 'state', share: '10%', options: [{ id: 'state-option', from: [{ party: 'investor', share: '20%' }], price: '1000 USD' }] },
    ],
    revenue: {
      fees: [LICENCE],
      withholdingTaxes: [{ id: 'dividend-wht', on: 'dividends', rate: '10%', payee: 'state' }],
      benefitSharing: [{ id: 'fifty-fifty', share: '50%', state: ['state'], counts: ['royalty'], payer: 'investor', payee: 'state' }],
    } as never,
  });

  it('finds every clause list the fold computes from', () => {
    expect(clausePath(c, 'licence-fee')).toEqual(['revenue', 'fees', 0]);
    expect(clausePath(c, 'dividend-wht')).toEqual(['revenue', 'withholdingTaxes', 0]);
    expect(clausePath(c, 'fifty-fifty')).toEqual(['revenue', 'benefitSharing', 0]);
    expect(clausePath(c, 'state-option')).toEqual(['ownership', 1, 'options', 0]);
    expect(clausePath(c, 'distributions')).toEqual(['ownership']);
    expect(clausePath(c, 'no-such-clause')).toBeUndefined();
  });
});
