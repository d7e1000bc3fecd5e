// Amounts read under a declared decimal separator (issue #19), never guessed. The Guinea fixtures
// are modelled on the shape of the Guinea EITI Report for fiscal 2017 (Rapport ITIE Guinée,
// exercice 2017, May 2019): amounts in GNF with thousands grouped by spaces and a decimal comma
// ("1 276 599 278"), per company, per government entity (Direction Nationale des Impôts) and per
// stream. The figures are made up; only the shape is the report's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moneyToString, parseSdtCsv, readReportedAmount, reconcile, type SdtRow } from 'fairlode';

const fixture = (f: string) => readFileSync(join(import.meta.dirname, 'fixtures', f), 'utf8');
const rows = (f: string): SdtRow[] => {
  const r = parseSdtCsv(fixture(f), f, { decimal: 'comma' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
};
const HEADER = 'project,government_entity,revenue_stream,currency,value\n';

describe('decimal separator', () => {
  it('refuses "1234,56" with a decimal point instead of reading 123456.00 (the old bug)', () => {
    const text = `${HEADER}p,g,Royalties,XOF,"1234,56"\n`;
    const r = parseSdtCsv(text, 'bf.csv');
    expect(r.ok).toBe(false);
    // The value cell starts at the quote: 'p,g,Royalties,XOF,' is 18 characters, so column 19.
    expect(r.diagnostics.map((d) => [d.code, d.file, d.range?.start.line, d.range?.start.column])).toEqual([['eiti/ambiguous-amount', 'bf.csv', 2, 19]]);
    expect(r.diagnostics[0]?.hint).toContain('--decimal comma');
  });

  it('reads "1234,56" as 1234.56 with a decimal comma', () => {
    const r = parseSdtCsv(`${HEADER}p,g,Royalties,XOF,"1234,56"\n`, 'bf.csv', { decimal: 'comma' });
    expect(r.ok && moneyToString(r.value[0]!.value)).toBe('1234.56 XOF');
  });

  it('reads thousands only when grouped by threes', () => {
    // With a point: "1,234" is one thousand two hundred thirty-four; "1,2345" and "12,34,567" are refused.
    expect(readReportedAmount('1,234', 'point')).toEqual({ ok: true, plain: '1234' });
    expect(readReportedAmount('-1,234,567.89', 'point')).toEqual({ ok: true, plain: '-1234567.89' });
    expect(readReportedAmount('1,2345', 'point').ok).toBe(false);
    expect(readReportedAmount('12,34,567', 'point').ok).toBe(false);
    expect(readReportedAmount('1.234,5', 'point').ok).toBe(false);
    // With a comma: "1.234" is 1234 (a thousands point), "1,234" is 1.234, "1 234 567,8" is 1234567.8.
    expect(readReportedAmount('1.234', 'comma')).toEqual({ ok: true, plain: '1234' });
    expect(readReportedAmount('1,234', 'comma')).toEqual({ ok: true, plain: '1.234' });
    expect(readReportedAmount('1\u202f234\u202f567,8', 'comma')).toEqual({ ok: true, plain: '1234567.8' });
    expect(readReportedAmount('1234.56', 'comma').ok).toBe(false);
    expect(readReportedAmount('1,234.56', 'comma').ok).toBe(false);
  });

  it('reads a Guinea-shaped report in GNF exactly and reconciles it', () => {
    const company = rows('guinea-2017-company.csv');
    expect([company[0]!.value.amount.toFixed(2), company[0]!.value.currency]).toEqual(['1276599278.50', 'GNF']);
    const r = reconcile(company, rows('guinea-2017-government.csv'), { period: '2017' });
    // CBG royalty "1 276 599 278,50" = "1.276.599.278,50"; CBG income tax "474 461 993,00" = "474 461 993";
    // SMD royalty 148647066.00 − 147000000.00 = 1647066.00, 1647066 / 147000000 = 1.1204% > 1%.
    expect(r.matched.map((m) => `${m.companyName} ${m.gfsCode} ${m.status} ${m.difference!.amount.toFixed(2)}`)).toEqual([
      'Compagnie des Bauxites de Guinée 1415E1 exact 0.00',
      'Compagnie des Bauxites de Guinée 1112E1 exact 0.00',
      'Société Minière de Dinguiraye 1415E1 discrepancy 1647066.00',
    ]);
  });

  it('refuses the Guinea report read with a decimal point, locating every cell', () => {
    const r = parseSdtCsv(fixture('guinea-2017-company.csv'), 'guinea-2017-company.csv');
    expect(r.diagnostics.map((d) => `${d.code} ${d.range?.start.line}`)).toEqual(['eiti/ambiguous-amount 2', 'eiti/ambiguous-amount 3', 'eiti/ambiguous-amount 4']);
  });

  it('names a wrong decimal option', () => {
    expect(() => parseSdtCsv(HEADER, 'x.csv', { decimal: 'dot' as 'point' })).toThrow(/options\.decimal/);
  });
});
