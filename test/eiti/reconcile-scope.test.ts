// Reconciliation company by company and year by year (issue #19): another company's or another
// year's payments must never be summed into a match. Figures are hand-made round numbers.
import { describe, expect, it } from 'vitest';
import { formatReconciliationCsv, money, moneyToString, reconcile, type SdtRow } from 'fairlode';

const row = (company: string, year: string, value: string, entity = 'Direction Nationale des Impôts'): SdtRow => ({
  country: 'GN', year, project: 'boke-bauxite', company, governmentEntity: entity, stream: 'Royalties', gfsCode: '1415E1', value: money(value),
});

describe('reconciliation keyed on company and year', () => {
  it('a row of another year does not make an exact match', () => {
    // Company: 100 in 2022 + 50 in 2021 = 150 if the years were merged; the government reports 150
    // for 2022 alone. Keyed on year: 2022 is 100 vs 150 (a discrepancy), 2021 is company only.
    const r = reconcile([row('SMB', '2022', '100.00 USD'), row('SMB', '2021', '50.00 USD')], [row('SMB', '2022', '150.00 USD')]);
    expect(r.matched.map((m) => [m.year, m.status, moneyToString(m.difference!)])).toEqual([['2022', 'discrepancy', '-50.00 USD']]);
    expect(r.companyOnly.map((x) => x.year)).toEqual(['2021']);
  });

  it('with a period, rows of another year are set aside with a message', () => {
    const r = reconcile([row('SMB', '2022', '100.00 USD'), row('SMB', '2021', '50.00 USD')], [row('SMB', '2022', '100.00 USD'), row('SMB', '2023', '7.00 USD')], { period: '2022' });
    expect(r.matched.map((m) => m.status)).toEqual(['exact']);
    expect(r.outOfScope.map((x) => `${x.side}: ${x.reason}`)).toEqual([
      'company: year 2021 is not the period reconciled, 2022',
      'government: year 2023 is not the period reconciled, 2022',
    ]);
    expect([r.companyOnly.length, r.governmentOnly.length]).toEqual([0, 0]);
    expect(formatReconciliationCsv(r).split('\n').slice(0, 3)).toEqual([
      'status,year,company_name,project,government_entity,revenue_stream,gfs_code,currency,company,government,difference,relative,material',
      'exact,2022,SMB,boke-bauxite,Direction Nationale des Impôts,Royalties,1415E1,USD,100.00,100.00,0.00,0,false',
      'out-of-scope-company,2021,SMB,boke-bauxite,Direction Nationale des Impôts,Royalties,1415E1,USD,50.00,,,,',
    ]);
  });

  it('two companies are reconciled each on its own', () => {
    // SMB pays 100, GAC pays 40: 140 in all on both sides, but the government credits SMB with 90
    // and GAC with 50. Per company: SMB +10, GAC −10, two discrepancies.
    const r = reconcile([row('SMB', '2022', '100.00 USD'), row('GAC', '2022', '40.00 USD')], [row('SMB', '2022', '90.00 USD'), row('GAC', '2022', '50.00 USD')]);
    expect(r.matched.map((m) => `${m.companyName} ${m.status} ${moneyToString(m.difference!)}`)).toEqual(['SMB discrepancy 10.00 USD', 'GAC discrepancy -10.00 USD']);
  });

  it('the partners of a joint venture are matched partner by partner', () => {
    // A joint venture whose two partners each pay their share of the royalty: partner A 600, partner
    // B 400. The government books A's 600 against B and B's 400 against A: totals agree (1000), each
    // partner is 200 off.
    const r = reconcile(
      [row('JV partner A', '2022', '600.00 USD'), row('JV partner B', '2022', '400.00 USD')],
      [row('JV partner B', '2022', '600.00 USD'), row('JV partner A', '2022', '400.00 USD')],
    );
    expect(r.matched.map((m) => `${m.companyName} ${moneyToString(m.difference!)}`)).toEqual(['JV partner A 200.00 USD', 'JV partner B -200.00 USD']);
    expect(r.discrepancies.length).toBe(2);
  });

  it('company names match ignoring case and spacing', () => {
    const r = reconcile([row('Société  Minière de Boké', '2022', '10.00 USD')], [row('société minière de boké', '2022', '10.00 USD')]);
    expect(r.matched.map((m) => m.status)).toEqual(['exact']);
  });
});
