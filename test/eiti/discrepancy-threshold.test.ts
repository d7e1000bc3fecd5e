// Thresholds named as the EITI names them (issue #19): the old "materiality" option is a
// discrepancy threshold; the US EITI rule is a variance above a share AND above a floor
// (archive.revenuedata.doi.gov/archive/reconciliation/2016: "Is the percentage difference greater
// than the margin of variance AND is the dollar amount of the discrepancy greater than the variance floor?").
import { describe, expect, it } from 'vitest';
import { formatReconciliationText, money, rate, reconcile, type SdtRow } from 'fairlode';

const row = (stream: string, gfsCode: string, value: string): SdtRow => ({
  country: 'US', year: '2015', project: 'lease-1', company: 'Example Oil Co.', governmentEntity: 'ONRR', stream, gfsCode, value: money(value),
});
// Royalties: 2000000 vs 1900000, +100000, 5.26% of 1900000. Rents: 1000 vs 900, +100, 11.1% of 900.
const company = [row('Royalties', '1415E1', '2000000.00 USD'), row('Rents', '1415E3', '1000.00 USD')];
const government = [row('Royalties', '1415E1', '1900000.00 USD'), row('Rents', '1415E3', '900.00 USD')];
const status = (r: ReturnType<typeof reconcile>) => r.matched.map((m) => `${m.gfsCode} ${m.status}`);

describe('the discrepancy threshold', () => {
  it('is named discrepancyThreshold and still reads materiality, with a warning', () => {
    const named = reconcile(company, government, { discrepancyThreshold: rate('10%') });
    // 5.26% ≤ 10%: within; 11.1% > 10%: a discrepancy.
    expect(status(named)).toEqual(['1415E1 within-materiality', '1415E3 discrepancy']);
    expect(named.warnings).toEqual([]);
    expect(named.discrepancyThreshold.toString()).toBe('0.1');
    const old = reconcile(company, government, { materiality: rate('10%') });
    expect(status(old)).toEqual(status(named));
    expect(old.warnings.map((w) => [w.code, w.severity])).toEqual([['eiti/deprecated-option', 'warning']]);
    expect(formatReconciliationText(named).split('\n')[0]).toBe('Reconciliation (discrepancy threshold 10%): 2 matched, 1 discrepancies, 0 company only, 0 government only');
  });

  it('the new name wins over the old when both are given', () => {
    const both = reconcile(company, government, { discrepancyThreshold: rate('1%'), materiality: rate('50%') });
    expect(status(both)).toEqual(['1415E1 discrepancy', '1415E3 discrepancy']);
    expect(both.warnings[0]?.message).toContain('"discrepancyThreshold" is used');
  });

  it('with a floor, a discrepancy must exceed the share AND the floor (the US EITI rule)', () => {
    // 1% and 10000 USD: royalties +100000 > 10000 and 5.26% > 1%: a discrepancy; rents +100 ≤ 10000:
    // within, though 11.1% is far above 1%.
    const r = reconcile(company, government, { discrepancyThreshold: rate('1%'), floor: money('10000.00 USD') });
    expect(status(r)).toEqual(['1415E1 discrepancy', '1415E3 within-materiality']);
    expect(formatReconciliationText(r).split('\n')[0]).toContain('(discrepancy threshold 1% and 10000.00 USD)');
    // A floor above the royalty difference too: nothing is a discrepancy.
    expect(reconcile(company, government, { floor: money('100000.00 USD') }).discrepancies).toEqual([]);
  });

  it('a floor in another currency lets nothing off', () => {
    const r = reconcile(company, government, { discrepancyThreshold: rate('1%'), floor: money('10000.00 EUR') });
    expect(status(r)).toEqual(['1415E1 discrepancy', '1415E3 discrepancy']);
  });
});
