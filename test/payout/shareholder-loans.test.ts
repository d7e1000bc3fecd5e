// Shareholder loans (issue 14, item 6): interest on the principal outstanding is paid to each lender
// in its share before distributions, so a state that lends receives its share of the interest; the
// rate may be an index plus a margin (the carry's rate code); interest to a non-resident lender pays
// the withholding tax on interest; the interest is deducted from taxable income when the contract
// says so. The withholding rate is Zambia's on interest to non-residents, 20% (PwC Worldwide Tax
// Summaries, Zambia, Corporate - Withholding taxes, reviewed 29 June 2023:
// https://taxsummaries.pwc.com/zambia); SOFR + 6.5% is the reference-rate-plus-margin form of the
// carry tests (docs/payouts.md). Hand calculations in the comments.
import { describe, expect, it } from 'vitest';
import { classifyPayoutLine, computePayouts, explain, initialPayoutState, loadContract, type ContractInput } from 'fairlode';
import { BASE, actualsOf, amountAt, contractOf, statementsOf } from './payout-fixtures.js';

const PARTIES: ContractInput['parties'] = [
  { id: 'investor', name: 'Example Metals plc', role: 'investor', residence: 'GB' },
  { id: 'state', name: 'The State', role: 'host-government', level: 'national', residence: 'resident' },
  ...BASE.parties.slice(2),
];
const LOAN = {
  id: 'sponsor-loan',
  ref: '§7.4',
  lenders: [{ party: 'investor', share: '90%' }, { party: 'state', share: '10%' }],
  principal: '100000000 USD',
  interest: '6.5%',
  interestIndex: { basis: 'reference-rate', index: 'SOFR' },
};

function deal(loan: object = LOAN, extra: object = {}) {
  return contractOf({
    parties: PARTIES,
    ownership: [{ party: 'investor', share: '90%' }, { party: 'state', share: '10%' }],
    relatedParties: { id: 'related-parties', armsLength: true, shareholderLoans: [loan] },
    revenue: { withholdingTaxes: [{ id: 'interest-wht', ref: '§15.4', on: 'interest', rate: '20%', payee: 'state' }], ...extra },
  } as never);
}

// 2026-Q1: the principal is drawn (effective date 2026-01-01) and spent on capital.
// 2026-Q2: SOFR 5.31%, sales 1,000 t × 8,000 = 8,000,000. 2026-Q3: SOFR 5.00%, 40,000,000 repaid,
// sales 6,250 t × 8,000 = 50,000,000.
const QUARTERS = [
  { period: '2026-Q1', costs: { capital: '100000000 USD' } },
  { period: '2026-Q2', indices: { SOFR: '5.31' }, sales: [{ commodity: 'copper', quantity: '1000 t', price: '8000 USD/t' }] },
  { period: '2026-Q3', indices: { SOFR: '5.00' }, loans: [{ loan: 'sponsor-loan', repaid: '40000000 USD' }], sales: [{ commodity: 'copper', quantity: '6250 t', price: '8000 USD/t' }] },
  { period: '2026-Q4', indices: { SOFR: '5.00' } },
];

describe('a shareholder loan at SOFR + 6.5%, 10% lent by the state', () => {
  const c = deal();
  const [q1, q2, q3, q4] = statementsOf(c, QUARTERS);

  it('draws the principal from the lenders in their shares, with no interest in the quarter drawn', () => {
    // 100,000,000: investor 90,000,000, state 10,000,000, into the company.
    expect(amountAt(q1!, 'sponsor-loan/drawdown/investor')).toBe('90000000.00');
    expect(amountAt(q1!, 'sponsor-loan/drawdown/state')).toBe('10000000.00');
    expect(q1!.lines.some((l) => l.kind === 'shareholder-loan-interest')).toBe(false);
  });

  it('pays the interest to each lender in its share, the state its 10%', () => {
    // 100,000,000 × (5.31% + 6.5%) × 3/12 = 2,952,500.00; investor 90% = 2,657,250.00, of which 20%
    // withheld (a non-resident, GB): 531,450.00 to the state, 2,125,800.00 to the investor; the state
    // (resident) receives its 10% = 295,250.00 in full.
    expect(amountAt(q2!, 'sponsor-loan/interest/state')).toBe('295250.00');
    expect(amountAt(q2!, 'sponsor-loan/interest/investor')).toBe('2125800.00');
    expect(amountAt(q2!, 'interest-wht/sponsor-loan/interest/investor')).toBe('531450.00');
    const line = q2!.lines.find((l) => l.id === 'sponsor-loan/interest/state')!;
    expect([line.kind, line.clause, line.ref, line.from, line.to]).toEqual(['shareholder-loan-interest', 'sponsor-loan', '§7.4', 'company', 'state']);
    // Paid before distributions: 8,000,000 − 2,952,500 = 5,047,500 shared 90/10.
    expect(amountAt(q2!, 'distributions/investor')).toBe('4542750.00');
    expect(amountAt(q2!, 'distributions/state')).toBe('504750.00');
  });

  it('repays principal to the lenders, interest on the balance brought into the quarter', () => {
    // Q3: 100,000,000 × (5% + 6.5%) × 3/12 = 2,875,000.00, state 287,500.00; repaid 40,000,000:
    // investor 36,000,000, state 4,000,000. Q4: 60,000,000 × 11.5% × 3/12 = 1,725,000.00, state 172,500.00.
    expect(amountAt(q3!, 'sponsor-loan/interest/state')).toBe('287500.00');
    expect(amountAt(q3!, 'sponsor-loan/repayment/investor')).toBe('36000000.00');
    expect(amountAt(q3!, 'sponsor-loan/repayment/state')).toBe('4000000.00');
    expect(amountAt(q4!, 'sponsor-loan/interest/state')).toBe('172500.00');
    for (const s of [q1, q2, q3, q4]) expect(s!.conservation.balanced).toBe(true);
  });

  it('explains the interest: balance, index, margin, the lender\'s share, the clause', () => {
    const text = explain(q2!, 'sponsor-loan/interest/state');
    expect(text).toContain('§7.4');
    expect(text).toContain('principal outstanding at the start of 2026-Q2');
    expect(text).toContain('SOFR in 2026-Q2');
    expect(text).toContain('10%');
  });

  it('classifies the state\'s interest for EITI as interest (GFSM 2014 1411)', () => {
    const line = q2!.lines.find((l) => l.id === 'sponsor-loan/interest/state')!;
    expect(classifyPayoutLine(c, line)).toEqual({ gfsCode: '1411E', stream: 'Interest on shareholder loans' });
  });
});

describe('income tax and the loan interest', () => {
  const tax = { incomeTax: { id: 'income-tax', ref: '§11', rate: '30%', payee: 'state', depreciation: { method: 'straight-line', years: 5 } } };
  const taxOf = (deductible: boolean | undefined) => {
    const statements = statementsOf(deal(deductible === undefined ? LOAN : { ...LOAN, deductible }, tax), QUARTERS);
    return { amount: amountAt(statements[3]!, 'income-tax'), notes: statements.flatMap((s) => s.notes) };
  };

  it('deducts the interest when the contract says so, lowering the tax by 30% of it', () => {
    // FY2026: revenue 8,000,000 + 50,000,000 = 58,000,000; depreciation 100,000,000 ÷ 5 =
    // 20,000,000; interest 2,952,500 + 2,875,000 + 1,725,000 = 7,552,500.
    // Deductible: 30% × (58,000,000 − 20,000,000 − 7,552,500) = 30% × 30,447,500 = 9,134,250.00.
    // Not: 30% × 38,000,000 = 11,400,000.00; the difference is 30% × 7,552,500 = 2,265,750.00.
    expect(taxOf(true).amount).toBe('9134250.00');
    expect(taxOf(false).amount).toBe('11400000.00');
  });

  it('says so when the contract does not state whether the interest is deductible, and does not deduct it', () => {
    const unstated = taxOf(undefined);
    expect(unstated.amount).toBe(taxOf(false).amount);
    expect(unstated.notes).toContain('Note: the interest on shareholder loan "sponsor-loan" (§7.4) in 2026-Q2 (2952500.00 USD) is not deducted from the taxable income of "income-tax": the contract does not say whether it is deductible (state deductible: true or false).');
  });
});

describe('what the engine refuses or warns about', () => {
  it('a missing index is never zero: no interest, and a warning naming the loan', () => {
    const c = deal();
    const [, q2] = statementsOf(c, [QUARTERS[0]!, { ...QUARTERS[1]!, indices: {} }]);
    expect(q2!.lines.some((l) => l.kind === 'shareholder-loan-interest')).toBe(false);
    expect(q2!.notes).toContain('Warning: interest on shareholder loan "sponsor-loan" (§7.4) for 2026-Q2: the actuals give no value of the index "SOFR" (add indices: { SOFR: "<value>" }), so no interest is paid this period.');
  });

  it('a fold starting part-way without the loan\'s balance, located at the loan', () => {
    const text = JSON.stringify({ ...BASE, parties: PARTIES, relatedParties: { id: 'related-parties', armsLength: true, shareholderLoans: [LOAN] } }, null, 2);
    const loaded = loadContract(text, { format: 'json', filename: 'deal.json' });
    if (!loaded.ok) throw new Error('does not load');
    const c = loaded.value.contract;
    const later = actualsOf(c, { period: '2026-Q2', indices: { SOFR: '5.31' } } as never);
    const refused = computePayouts(loaded.value, [later], { opening: initialPayoutState(c, { lastPeriod: '2026-Q1' }) });
    expect(refused.diagnostics.map((d) => [d.code, d.file, d.path])).toEqual([['payout/loan-balance-unknown', 'deal.json', ['relatedParties', 'shareholderLoans', 0]]]);
    // With the opening balance: 100,000,000 × 11.81% × 3/12 = 2,952,500.00, the state's 10% 295,250.00.
    const given = computePayouts(loaded.value, [later], { opening: initialPayoutState(c, { lastPeriod: '2026-Q1', shareholderLoans: [{ loan: 'sponsor-loan', balance: '100000000 USD' }] }) });
    if (!given.ok) throw new Error('did not compute');
    expect(amountAt(given.value.statements[0]!, 'sponsor-loan/interest/state')).toBe('295250.00');
  });

  it('an unknown loan in the actuals, or more repaid than is owed', () => {
    const c = deal();
    const unknown = computePayouts(c, [actualsOf(c, { period: '2026-Q1', loans: [{ loan: 'spnsor-loan', drawn: '5 USD' }] } as never)]);
    expect(unknown.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/unknown-loan', ['loans', 0, 'loan']]]);
    const over = computePayouts(c, [actualsOf(c, { period: '2026-Q1', loans: [{ loan: 'sponsor-loan', repaid: '100000000.01 USD' }] } as never)]);
    expect(over.diagnostics.map((d) => [d.code, d.path])).toEqual([['payout/loan-overpaid', ['relatedParties', 'shareholderLoans', 0]]]);
  });

  it('lenders whose shares do not sum to 100%, located at the lenders', () => {
    const r = loadContract(JSON.stringify({ ...BASE, relatedParties: { id: 'rp', armsLength: true, shareholderLoans: [{ ...LOAN, lenders: [{ party: 'investor', share: '90%' }] }] } }), { format: 'json', filename: 'deal.json' });
    expect(r.diagnostics.map((d) => [d.path, d.message.includes('not 100%')])).toEqual([[['relatedParties', 'shareholderLoans', 0, 'lenders'], true]]);
  });
});
