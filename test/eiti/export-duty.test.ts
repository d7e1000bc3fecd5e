// The raw-export levy in the EITI export: classified as taxes on exports (GFS 1152E), and a warning,
// never an absence, when the payouts could not compute it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePayouts, eitiPayments, loadActuals, loadContract, moneyToString } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const loaded = loadContract(readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('contract');
const contract = loaded.value;

// FY2031 runs from July 2030 to June 2031; its last two quarters, with copper exported.
function run(marked: boolean) {
  const mark = (form: string) => (marked ? { exported: true, form } : {});
  const quarters = [
    { period: '2031-Q1', sales: [{ commodity: 'copper', quantity: '11800 t', price: '8700 USD/t', ...mark('concentrate') }] },
    { period: '2031-Q2', sales: [{ commodity: 'copper', quantity: '12500 t', price: '9200 USD/t', ...mark('ore') }] },
  ];
  const actuals = quarters.map((q) => {
    const a = loadActuals(JSON.stringify({ contract: contract.contract.id, fx: { PKR: '278.40' }, ...q }), { format: 'json', contract: contract.contract });
    if (!a.ok) throw new Error(q.period);
    return a.value;
  });
  const r = computePayouts(contract, actuals);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return eitiPayments(contract, r.value.statements, { year: 'FY2031' });
}

describe('the raw-export levy in the SDT export', () => {
  it('lists it as taxes on exports, 1152E, paid to the Government of Pakistan', () => {
    const sdt = run(true);
    if (!sdt.ok) throw new Error('sdt');
    const row = sdt.value.rows.find((r) => r.gfsCode === '1152E');
    // 2031-Q1: 5% × 11,800 t × 8,700 USD/t = 5% × 102,660,000 = 5,133,000.00
    // 2031-Q2: 5% × 12,500 t × 9,200 USD/t = 5% × 115,000,000 = 5,750,000.00
    // FY2031: 10,883,000.00 USD
    expect(row).toMatchObject({ governmentEntity: 'Government of Pakistan', stream: 'Taxes on exports', year: 'FY2031' });
    expect(moneyToString(row!.value)).toBe('10883000.00 USD');
    expect(sdt.diagnostics.filter((d) => d.code !== 'eiti/partial-year' && d.code !== 'eiti/reporting-entity-unnamed')).toEqual([]);
  });

  it('warns, naming the clause and the periods, when the actuals do not say what was exported', () => {
    const sdt = run(false);
    if (!sdt.ok) throw new Error('sdt');
    expect(sdt.value.rows.some((r) => r.gfsCode === '1152E')).toBe(false);
    const notComputed = sdt.diagnostics.filter((d) => d.code !== 'eiti/partial-year' && d.code !== 'eiti/reporting-entity-unnamed');
    expect(notComputed.map((d) => [d.code, d.severity])).toEqual([['eiti/stream-not-computed', 'warning']]);
    expect(notComputed[0]!.message).toContain('"raw-export-levy" (§18.5)');
    expect(notComputed[0]!.message).toContain('2031-Q1, 2031-Q2');
  });
});
