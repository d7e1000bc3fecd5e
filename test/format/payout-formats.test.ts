// The payout statement formats: JSON (the stable interface the CLI's --format json relies on),
// CSV, Markdown and plain text.
import { describe, expect, it } from 'vitest';
import { formatPayoutCsv, formatPayoutJson, formatPayoutMarkdown, formatPayoutText, payoutJsonValue } from 'fairlode';
import { contractOf, statementsOf } from '../payout/payout-fixtures.js';

const contract = contractOf({
  ownership: [{ party: 'investor', share: '60%' }, { parties: ['state', 'county', 'community'], share: '40%' }] as never,
  revenue: {
    royalties: [{ id: 'royalty', ref: '§6 | "mining"', commodity: 'copper', payee: 'state', rate: '5%' }],
    distributions: { ref: '§12', retain: '10%' },
  } as never,
});
const statements = statementsOf(contract, [
  { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '100 t', price: '9000.01 USD/t' }], costs: { operating: '300000 USD' } },
  { period: '2027-Q2', costs: { capital: '1000000 USD' } },
]);

describe('payout JSON', () => {
  const json = payoutJsonValue(statements, { traces: false });

  it('has the stable shape: statements with period, currency, lines, totals and balanced', () => {
    const s = json.statements[0]!;
    expect(Object.keys(s)).toEqual(['contract', 'period', 'start', 'end', 'fiscalYear', 'closesFiscalYear', 'currency', 'rounding', 'allocation', 'lines', 'totals', 'settlements', 'balanced', 'conservation', 'balances', 'notes']);
    expect([s.period, s.currency, s.balanced]).toEqual(['2027-Q1', 'USD', true]);
    expect(s.lines.find((l) => l.id === 'royalty')).toEqual({
      id: 'royalty', clause: 'royalty', ref: '§6 | "mining"', from: 'company', to: 'state', amount: '45000.05', currency: 'USD', kind: 'royalty',
      base: { label: 'gross revenue of copper', amount: '900001.00' }, rate: '5%',
    });
    expect(s.lines[0]).toEqual({ id: 'revenue/copper', clause: null, ref: null, from: 'buyers', to: 'company', amount: '900001.00', currency: 'USD', kind: 'revenue' });
    // 900,001 − 300,000 − 45,000.05 = 555,000.95; retained 55,500.095 → 55,500.10 (half-even); 499,500.85 shared 60/40;
    // the 40% (199,800.34) in thirds 66,600.12 / .11 / .11; the state also has its royalty
    expect(s.totals).toEqual({ investor: '299700.51', state: '111600.17', county: '66600.11', community: '66600.11' });
  });

  it('writes every amount as an exact decimal string, never a number', () => {
    const text = formatPayoutJson(statements);
    expect(text).not.toMatch(/"amount": \d/);
    expect(text).toMatch(/"amount": "\d+\.\d{2}"/);
  });

  it('is byte-identical for the same input, traces included by default', () => {
    const again = statementsOf(contract, [
      { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '100 t', price: '9000.01 USD/t' }], costs: { operating: '300000 USD' } },
      { period: '2027-Q2', costs: { capital: '1000000 USD' } },
    ]);
    expect(formatPayoutJson(again)).toBe(formatPayoutJson(statements));
    expect((JSON.parse(formatPayoutJson(statements)) as { statements: { lines: { trace: { label: string } }[] }[] }).statements[0]!.lines[0]!.trace.label).toBe('gross revenue of copper');
    expect(formatPayoutJson(statements).endsWith('}\n')).toBe(true);
  });
});

describe('payout CSV', () => {
  const csv = formatPayoutCsv(statements);
  const rows = csv.trimEnd().split('\n');

  it('has one row per line of every statement', () => {
    expect(rows[0]).toBe('contract,period,line,kind,clause,ref,from,to,amount,currency,base,base_amount,rate,band,on_behalf_of,settlement_amount,settlement_currency,fx_rate');
    expect(rows.length - 1).toBe(statements[0]!.lines.length + statements[1]!.lines.length);
  });

  it('quotes fields with commas and quotes as RFC 4180 says', () => {
    expect(rows.find((r) => r.includes(',royalty,royalty,'))).toBe('test-deal,2027-Q1,royalty,royalty,royalty,"§6 | ""mining""",company,state,45000.05,USD,gross revenue of copper,900001.00,5%,,,,,');
    expect(rows.find((r) => r.includes('distributions/retained'))).toContain('"cash left after costs, payments and taxes",555000.95,10%');
  });
});

describe('payout Markdown and text', () => {
  it('Markdown: a table per period, pipes in cells escaped', () => {
    const md = formatPayoutMarkdown(statements);
    expect(md).toContain('## test-deal, 2027-Q1 (2027-01-01 to 2027-03-31), FY2027');
    expect(md).toContain('| royalty | royalty | company | state | 45,000.05 USD | royalty | §6 \\| "mining" |  |');
    expect(md).toContain('**Balanced:** in 900,001.00 USD = out 900,001.00 USD, to the minor unit.');
  });

  it('text: a table with the rule used, totals, conservation and balances', () => {
    const text = formatPayoutText(statements[1]!);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Payout statement: test-deal, 2027-Q2 (2027-04-01 to 2027-06-30), FY2027',
      'Amounts in USD, each rounded half-even to the minor unit once; splits by largest-remainder, ties to the party declared first.',
    ]);
    // Q2: a 1,000,000 shortfall: 55,500.10 drawn from the reserve, 944,499.90 called 60/40
    expect(text).toMatch(/distributions\/reserve-drawdown\s+reserve-drawdown\s+company-reserve → company\s+55,500\.10\s+distributions §12/);
    expect(text).toMatch(/cash-calls\/investor\s+cash-call\s+investor → company\s+566,699\.94/);
    expect(text).toContain('Conservation: in 1,000,000.00 USD = out 1,000,000.00 USD; balanced to the minor unit.');
    expect(text).toContain('Carried forward: reserve 0.00 USD; tax losses 0.00 USD; capital to depreciate 0.00 USD.');
  });
});
