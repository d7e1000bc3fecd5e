// EITI classification, the Summary Data Template export and reconciliation, against hand
// calculations on the Chagai example (FY2028 = 2027-Q3 and 2027-Q4, the fiscal year starting in July).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPayoutLine, computePayouts, eitiPayments, formatEitiCsv, loadActuals, loadContract, money, moneyToString, parseSdtCsv, rate, reconcile, type SdtRow } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const loaded = loadContract(readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('contract');
const contract = loaded.value;
const dir = join(root, 'examples/actuals/chagai-partnership');
const actuals = readdirSync(dir).sort().map((f) => {
  const a = loadActuals(readFileSync(join(dir, f), 'utf8'), { contract: contract.contract });
  if (!a.ok) throw new Error(f);
  return a.value;
});
const run = computePayouts(contract, actuals);
if (!run.ok) throw new Error('payouts');
const statements = run.value.statements;

describe('classification', () => {
  const lines = statements.find((s) => s.period.label === '2027-Q3')!.lines;
  it('uses the usual GFS code for the kind of line, or the clause\'s own override', () => {
    expect(classifyPayoutLine(contract.contract, lines.find((l) => l.id === 'copper-royalty')!)).toEqual({ gfsCode: '1415E1', stream: 'Royalties' });
    // The windfall share is levied on sales value above 9000 USD/t, not on profit: a royalty, 1415E1
    // (GFSM 2014 rent; docs/eiti.md), under its own stream name.
    expect(classifyPayoutLine(contract.contract, lines.find((l) => l.id === 'copper-windfall')!)).toEqual({ gfsCode: '1415E1', stream: 'Price participation (windfall share)' });
    // cdf-contribution states eiti: { gfsCode: "1415E4", stream: Community development fund }.
    expect(classifyPayoutLine(contract.contract, lines.find((l) => l.id === 'cdf-contribution')!)).toEqual({ gfsCode: '1415E4', stream: 'Community development fund' });
  });
  it('leaves out what is not a payment to government', () => {
    expect(classifyPayoutLine(contract.contract, lines.find((l) => l.kind === 'operating-cost')!)).toBeUndefined();
    expect(classifyPayoutLine(contract.contract, lines.find((l) => l.kind === 'distribution' && l.to === 'investor')!)).toBeUndefined();
  });
});

describe('the SDT export', () => {
  const sdt = eitiPayments(contract, statements, { year: 'FY2028' });
  if (!sdt.ok) throw new Error('sdt');
  const row = (gfs: string, entity: string) => sdt.value.rows.find((r) => r.gfsCode === gfs && r.governmentEntity === entity);

  it('sums a fiscal year\'s payments per government entity and stream', () => {
    expect(sdt.value.periods).toEqual(['2027-Q3', '2027-Q4']);
    // Copper royalty, incremental bands 4% to 4000, 6.5% to 5000, 8.5% to 7000, 10% above:
    //   Q3 at 9650: 160 + 65 + 170 + 265 = 660 USD/t × 12900 t = 8514000
    //   Q4 at 7800: 160 + 65 + 170 + 80 = 475 USD/t × 13100 t = 6222500
    // Gold royalty 5% of NSR: Q3 (38192000 − 1950000) × 5% = 1812100; Q4 (34730000 − 1950000) × 5% = 1639000
    // Total to the Government of Balochistan: 18187600.00 USD.
    expect(moneyToString(row('1415E1', 'Government of Balochistan')!.value)).toBe('18187600.00 USD');
    // Windfall: Q3 (9650 − 9000) × 12900 × 20% = 1677000.00; Q4 below the threshold.
    expect(moneyToString(row('1415E1', 'Government of Pakistan')!.value)).toBe('1677000.00 USD');
    // A joint venture (investor 50%, FWO 25%, GoB 25%): the project company pays, not the first investor.
    expect(row('1415E1', 'Government of Balochistan')).toMatchObject({ country: 'PK', year: 'FY2028', project: 'chagai-partnership', company: 'chagai-partnership project company', leviedOnProject: true });
  });

  it('writes the template columns as CSV', () => {
    expect(formatEitiCsv(sdt.value).split('\n')[0]).toBe('country,year,project,company,company_id,government_entity,revenue_stream,gfs_code,currency,value,periods_covered');
  });

  it('refuses a year that is not one, or holds no period', () => {
    expect(eitiPayments(contract, statements, { year: 'twenty' }).diagnostics[0]?.code).toBe('eiti/bad-year');
    expect(eitiPayments(contract, statements, { year: 2031 }).diagnostics[0]?.code).toBe('eiti/no-periods');
  });
});

describe('reconciliation', () => {
  const read = (f: string): SdtRow[] => {
    const r = parseSdtCsv(readFileSync(join(import.meta.dirname, 'fixtures', f), 'utf8'), f);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.value;
  };
  const r = reconcile(read('company-FY2028.csv'), read('government-FY2028.csv'), { discrepancyThreshold: rate('1%') });
  const by = (gfs: string) => r.matched.find((m) => m.gfsCode === gfs)!;

  it('an exact match', () => {
    // Royalties: 18187600.00 on both sides (the government writes "18,187,600.00").
    expect([by('1415E1').status, moneyToString(by('1415E1').difference!)]).toEqual(['exact', '0.00 USD']);
  });

  it('a rounding difference below materiality, matched on the GFS code though the names differ', () => {
    // 1677000.00 − 1676999.50 = 0.50; 0.50 / 1676999.50 ≈ 0.00003% ≤ 1%.
    expect([by('1112E2').status, by('1112E2').material, moneyToString(by('1112E2').difference!)]).toEqual(['within-materiality', false, '0.50 USD']);
  });

  it('a real discrepancy', () => {
    // 2995870.00 − 2900000.00 = 95870.00; 95870 / 2900000 = 3.3059% > 1%.
    const m = by('1415E4');
    expect([m.status, m.material, moneyToString(m.difference!), m.relative!.toDecimalPlaces(6).toString()]).toEqual(['discrepancy', true, '95870.00 USD', '0.033059']);
    expect(r.discrepancies).toEqual([m]);
  });

  it('items missing on either side', () => {
    expect(r.companyOnly.map((x) => `${x.gfsCode} ${x.governmentEntity}`)).toEqual(['1412E2 Frontier Works Organization']);
    expect(r.governmentOnly.map((x) => `${x.gfsCode} ${x.governmentEntity}`)).toEqual(['1412E2 Government of Balochistan', '1422E Government of Balochistan']);
  });

  it('an absolute threshold makes a small relative difference material', () => {
    const strict = reconcile(read('company-FY2028.csv'), read('government-FY2028.csv'), { absolute: money('0.10 USD') });
    expect(strict.matched.find((m) => m.gfsCode === '1112E2')!.status).toBe('discrepancy');
  });

  it('reports a bad value with its line', () => {
    const bad = parseSdtCsv('project,government_entity,revenue_stream,currency,value\np,g,Royalties,USD,12x\n', 'x.csv');
    expect(bad.ok).toBe(false);
    expect([bad.diagnostics[0]?.code, bad.diagnostics[0]?.range?.start.line]).toEqual(['eiti/bad-value', 2]);
  });
});
