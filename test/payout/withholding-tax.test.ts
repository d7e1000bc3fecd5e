// Withholding taxes (revenue.withholdingTaxes, `kind: withholding-tax`): the project company
// withholds tax from dividends, interest and management or service fees paid to non-residents and
// pays it to the government; the recipient receives the net amount. Rates from Zambia (the test
// deal's host country, ZM):
// - statutory WHT on payments to non-residents: dividends 20%, interest 20%, management or
//   consultancy fees 20% (PwC Worldwide Tax Summaries, Zambia, Corporate - Withholding taxes, last
//   reviewed 29 June 2023: https://taxsummaries.pwc.com/zambia);
// - the Zambia–United Kingdom treaty rate on dividends: 15%, or 5% to a UK company controlling at
//   least 25% of the voting power (HMRC Double Taxation Relief Manual DT20855:
//   https://www.gov.uk/hmrc-internal-manuals/double-taxation-relief/dt20855).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayouts, eitiPayments, explain, loadActuals, loadContract, type ContractInput } from 'fairlode';
import { BASE, amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

type Party = ContractInput['parties'][number];
type Revenue = NonNullable<ContractInput['revenue']>;

const UK_TREATY = { treaty: 'Zambia–United Kingdom double taxation agreement, art. 10 (dividends), 25% control', country: 'GB', rate: '5%' };
const dividendWht = { id: 'dividend-wht', ref: '§15.3', on: 'dividends' as const, rate: '20%', payee: 'state' };

function deal(investorResidence: string | undefined, revenue: Revenue, extraParties: Party[] = []) {
  const investor: Party = { id: 'investor', name: 'Example Metals plc', role: 'investor', ...(investorResidence === undefined ? {} : { residence: investorResidence }) };
  return contractOf({ parties: [investor, ...BASE.parties.slice(1), ...extraParties], revenue });
}

// One quarter: 1,000 t × 9,000 USD/t = 9,000,000.00 revenue, 4,000,000.00 operating costs: the
// company has 5,000,000.00 left, all distributed to the investor (100% holder, nothing retained).
const QUARTER = { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1000 t', price: '9000 USD/t' }], costs: { operating: '4000000 USD' } };

describe('withholding tax on dividends', () => {
  it('withholds the statutory rate from a non-resident holder: the holder gets the net, the state the tax', () => {
    const [s] = statementsOf(deal('non-resident', { withholdingTaxes: [dividendWht] }), [QUARTER]);
    // tax = 20% × 5,000,000.00 = 1,000,000.00; net = 5,000,000.00 − 1,000,000.00 = 4,000,000.00
    expect(amountAt(s!, 'distributions/investor')).toBe('4000000.00');
    const tax = lineOf(s!, 'dividend-wht/distributions/investor');
    expect([tax.kind, tax.clause, tax.ref, tax.from, tax.to, tax.onBehalfOf]).toEqual(['withholding-tax', 'dividend-wht', '§15.3', 'company', 'state', 'investor']);
    expect(tax.amount.amount.toFixed(2)).toBe('1000000.00');
    expect(tax.base?.amount?.amount.toFixed(2)).toBe('5000000.00');
    expect(s!.conservation.balanced).toBe(true);
    expect(s!.notes).toEqual([]);
  });

  it('applies the treaty rate to a holder resident in the treaty partner, naming the treaty in the trace', () => {
    const [s] = statementsOf(deal('GB', { withholdingTaxes: [{ ...dividendWht, treaties: [UK_TREATY] }] }), [QUARTER]);
    // tax = 5% × 5,000,000.00 = 250,000.00; net 4,750,000.00
    expect(amountAt(s!, 'dividend-wht/distributions/investor')).toBe('250000.00');
    expect(amountAt(s!, 'distributions/investor')).toBe('4750000.00');
    const text = explain(s!, 'dividend-wht/distributions/investor');
    expect(text).toContain('treaty rate: Zambia–United Kingdom double taxation agreement, art. 10');
    expect(text).toContain('§15.3');
    const net = explain(s!, 'distributions/investor');
    expect(net).toContain('after withholding tax');
    expect(net).toContain('gross payment − tax withheld');
  });

  it('uses the statutory rate for a residence no treaty names', () => {
    const [s] = statementsOf(deal('CA', { withholdingTaxes: [{ ...dividendWht, treaties: [UK_TREATY] }] }), [QUARTER]);
    expect(amountAt(s!, 'dividend-wht/distributions/investor')).toBe('1000000.00');
  });

  it('does not tax a resident, nor a government (resident by its role)', () => {
    const owners = [{ party: 'investor', share: '80%' }, { party: 'state', share: '20%' }];
    const c = contractOf({ parties: [{ id: 'investor', name: 'Local Mining Ltd', role: 'investor', residence: 'ZM' }, ...BASE.parties.slice(1)], ownership: owners, revenue: { withholdingTaxes: [dividendWht] } });
    const [s] = statementsOf(c, [QUARTER]);
    expect(s!.lines.filter((l) => l.kind === 'withholding-tax')).toEqual([]);
    expect(amountAt(s!, 'distributions/investor')).toBe('4000000.00');
    expect(amountAt(s!, 'distributions/state')).toBe('1000000.00');
    expect(s!.notes).toEqual([]);
  });

  it('never assumes a residence: a holder whose residence is not stated is paid in full, with a warning naming the clause', () => {
    const [s] = statementsOf(deal(undefined, { withholdingTaxes: [dividendWht] }), [QUARTER]);
    expect(amountAt(s!, 'distributions/investor')).toBe('5000000.00');
    expect(s!.lines.filter((l) => l.kind === 'withholding-tax')).toEqual([]);
    expect(s!.notes).toEqual(['Warning: withholding tax "dividend-wht" (§15.3) on distributions/investor (5000000.00 USD) in 2027-Q1 is not applied: the residence of "investor" is not stated (add residence: resident, non-resident or its country code to the party).']);
  });

  it('does not guess a treaty for a non-resident whose country is not stated', () => {
    const [s] = statementsOf(deal('non-resident', { withholdingTaxes: [{ ...dividendWht, treaties: [UK_TREATY] }] }), [QUARTER]);
    expect(amountAt(s!, 'distributions/investor')).toBe('5000000.00');
    expect(s!.notes[0]).toContain('whether a treaty rate (GB) applies is not known');
  });

  it('is reported to the EITI as an ordinary tax on income, 1112E1', () => {
    const c = deal('non-resident', { withholdingTaxes: [dividendWht] });
    const statements = statementsOf(c, ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((period) => ({ ...QUARTER, period })));
    const sdt = eitiPayments(c, statements, { year: 'FY2027' });
    if (!sdt.ok) throw new Error('eiti');
    // 4 quarters × 1,000,000.00 = 4,000,000.00
    expect(sdt.value.rows.find((r) => r.gfsCode === '1112E1')?.value.amount.toFixed(2)).toBe('4000000.00');
  });
});

describe('withholding tax on interest and management fees paid to related parties', () => {
  const parent: Party = { id: 'parent', name: 'Example Metals Holdings BV', role: 'investor', residence: 'NL' };
  const revenue: Revenue = {
    withholdingTaxes: [
      { id: 'interest-wht', ref: '§15.4', on: 'interest', rate: '20%', payee: 'state' },
      { id: 'fee-wht', ref: '§15.5', on: 'management-fees', rate: '20%', payee: 'state' },
    ],
  };

  it('pays the net to the lender and the tax to the state, out of the cash left for distribution', () => {
    const c = deal('ZM', revenue, [parent]);
    const [s] = statementsOf(c, [{ ...QUARTER, payments: [{ kind: 'interest', to: 'parent', amount: '1000000 USD', note: 'shareholder loan' }, { kind: 'management-fee', to: 'parent', amount: '250000.50 USD' }] }]);
    // interest: tax 20% × 1,000,000.00 = 200,000.00, net 800,000.00
    expect(amountAt(s!, 'payments/interest/parent')).toBe('800000.00');
    expect(amountAt(s!, 'interest-wht/payments/interest/parent')).toBe('200000.00');
    // management fee: 20% × 250,000.50 = 50,000.10, net 200,000.40
    expect(amountAt(s!, 'payments/management-fee/parent')).toBe('200000.40');
    expect(amountAt(s!, 'fee-wht/payments/management-fee/parent')).toBe('50000.10');
    // cash left: 5,000,000.00 − 1,000,000.00 − 250,000.50 = 3,749,999.50, to the resident investor
    expect(amountAt(s!, 'distributions/investor')).toBe('3749999.50');
    expect(lineOf(s!, 'payments/interest/parent').kind).toBe('related-party-payment');
    expect(explain(s!, 'interest-wht/payments/interest/parent')).toContain('shareholder loan');
    expect(s!.conservation.balanced).toBe(true);
  });

  it('refuses, located, a payment to a party the contract does not have, and a second payment of the same kind to the same party', () => {
    const c = deal('ZM', revenue, [parent]);
    const text = ['contract: test-deal', 'period: 2027-Q1', 'payments:', '  - { kind: interest, to: parnet, amount: "1 USD" }', '  - { kind: management-fee, to: parent, amount: "1 USD" }', '  - { kind: interest, to: parent, amount: "2 USD" }', ''].join('\n');
    const r = loadActuals(text, { contract: c, filename: 'q1.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.range?.start.line, d.path?.join('.')])).toEqual([
      ['actuals/unknown-party', 4, 'payments.0.to'],
    ]);
    expect(r.diagnostics[0]!.hint).toBe('did you mean "parent"?');
    const twice = loadActuals(text.replace('parnet', 'parent'), { contract: c, filename: 'q1.yaml' });
    expect(twice.diagnostics.map((d) => [d.range?.start.line, d.path?.join('.')])).toEqual([[6, 'payments.2.to']]);
    expect(twice.diagnostics[0]!.message).toContain('a second interest payment to "parent"');
  });
});

describe('the clause as written', () => {
  it('refuses two clauses on the same kind of payment, and a residence that is not a country code', () => {
    const input = { ...BASE, parties: [{ ...BASE.parties[0]!, residence: 'UK-ish' }, ...BASE.parties.slice(1)], revenue: { withholdingTaxes: [dividendWht, { ...dividendWht, id: 'dividend-wht-2' }] } };
    const r = loadContract(JSON.stringify(input, null, 2), { format: 'json', filename: 'deal.json' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.path?.join('.'))).toEqual(['parties.0.residence', 'revenue.withholdingTaxes.1.on']);
    expect(r.diagnostics.every((d) => d.range !== undefined)).toBe(true);
  });
});

describe('withholding tax properties', () => {
  it('tax + net = the gross distribution, tax = round(rate × gross), and every statement balances', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.bigInt({ min: 1n, max: 10_000_000_000n }), fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.integer({ min: 0, max: 3 }), (ratePct, revenueCents, paymentCents, retainPct) => {
        const money = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')} USD`;
        const c = contractOf({
          parties: [{ id: 'investor', name: 'I', role: 'investor', residence: 'non-resident' }, ...BASE.parties.slice(1), { id: 'parent', name: 'P', role: 'other', residence: 'US' }],
          ownership: [{ party: 'investor', share: '70%' }, { party: 'state', share: '30%' }],
          revenue: { withholdingTaxes: [{ ...dividendWht, rate: `${ratePct / 4}%` }, { id: 'interest-wht', on: 'interest', rate: `${ratePct / 4}%`, payee: 'state' }], distributions: { retain: `${retainPct * 5}%` } },
        });
        const r = computePayouts(c, [loadActualsOk(c, { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: `${money(revenueCents).replace(' USD', '')} USD/t` }], payments: [{ kind: 'interest', to: 'parent', amount: money(paymentCents) }] })]);
        if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
        const s = r.value.statements[0]!;
        expect(s.conservation.problems).toEqual([]);
        for (const tax of s.lines.filter((l) => l.kind === 'withholding-tax')) {
          const gross = tax.base!.amount!.amount;
          const net = s.lines.find((l) => tax.id.endsWith(`/${l.id}`))?.amount.amount;
          // round half-even (the test deal's mode) of rate × gross, in whole cents, computed with BigInt
          const exact = BigInt(gross.times(100).toFixed(0)) * BigInt(ratePct);
          const q = exact / 400n;
          const r2 = (exact % 400n) * 2n;
          const cents = r2 > 400n || (r2 === 400n && q % 2n === 1n) ? q + 1n : q;
          expect(BigInt(tax.amount.amount.times(100).toFixed(0))).toBe(cents);
          expect((net ?? gross.minus(gross)).plus(tax.amount.amount).eq(gross)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

function loadActualsOk(contract: ReturnType<typeof contractOf>, input: object) {
  const r = loadActuals(JSON.stringify({ contract: contract.id, ...input }), { format: 'json', contract });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value.actuals;
}

describe('a holder whose residence is not stated', () => {
  it('is a located warning of computePayouts at the party, before any period', () => {
    const c = deal(undefined, { withholdingTaxes: [dividendWht] });
    const r = computePayouts(c, []);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path?.join('.')])).toEqual([['payout/residence-unknown', 'warning', 'parties.0']]);
    expect(r.diagnostics[0]!.message).toBe('Withholding tax "dividend-wht" (§15.3) cannot be applied to the dividends of "investor": the residence of "investor" is not stated (add residence: resident, non-resident or its country code to the party).');
  });
});

describe('actuals built in code without payments or events (as a fiscal plan builds them)', () => {
  it('compute as if none were made', async () => {
    const { computePeriod, initialPayoutState } = await import('fairlode');
    const { actualsOf } = await import('./payout-fixtures.js');
    const c = deal('non-resident', { withholdingTaxes: [dividendWht] });
    const { payments: _p, events: _e, ...rest } = actualsOf(c, QUARTER);
    const { statement } = computePeriod(c, rest as never, initialPayoutState(c));
    // 20% × 5,000,000.00 withheld, as with the loaded actuals
    expect(amountAt(statement, 'dividend-wht/distributions/investor')).toBe('1000000.00');
  });
});
