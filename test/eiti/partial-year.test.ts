// A fiscal year exported from 2 of its 4 quarters says so in every format (issue #19). Chagai's
// FY2028 runs 2027-07-01 to 2028-06-30 (quarters 2027-Q3, 2027-Q4, 2028-Q1, 2028-Q2); the example
// actuals hold only 2027-Q3 and 2027-Q4.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePayouts, eitiPayments, formatEitiCsv, formatEitiJson, formatEitiMarkdown, formatEitiText, loadActuals, loadContract, parseSdtCsv, period } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const loaded = loadContract(readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('contract');
const dir = join(root, 'examples/actuals/chagai-partnership');
const actuals = readdirSync(dir).sort().map((f) => {
  const a = loadActuals(readFileSync(join(dir, f), 'utf8'), { contract: loaded.value.contract });
  if (!a.ok) throw new Error(f);
  return a.value;
});
const run = computePayouts(loaded.value, actuals);
if (!run.ok) throw new Error('payouts');
const sdt = eitiPayments(loaded.value, run.value.statements, { year: 'FY2028' });
if (!sdt.ok) throw new Error('sdt');

describe('a partial fiscal year', () => {
  it('names the missing quarters in a warning', () => {
    expect(sdt.value.missingPeriods).toEqual(['2028-Q1', '2028-Q2']);
    expect(sdt.diagnostics.filter((d) => d.code === 'eiti/partial-year').map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'FY2028 is exported from 2027-Q3, 2027-Q4 only: no statement covers 2028-Q1, 2028-Q2.'],
    ]);
  });

  it('carries the periods covered in every format', () => {
    const csv = formatEitiCsv(sdt.value).split('\n');
    expect(csv[0]!.endsWith(',value,periods_covered')).toBe(true);
    expect(csv[1]).toBe('PK,FY2028,chagai-partnership,chagai-partnership project company,,Government of Balochistan,Royalties,1415E1,USD,18187600.00,2027-Q3 2027-Q4');
    const json = JSON.parse(formatEitiJson(sdt.value));
    expect([json.periods, json.missingPeriods]).toEqual([['2027-Q3', '2027-Q4'], ['2028-Q1', '2028-Q2']]);
    expect(formatEitiMarkdown(sdt.value)).toContain('Periods covered: 2027-Q3, 2027-Q4. Partial year: no statement covers 2028-Q1, 2028-Q2.');
    expect(formatEitiText(sdt.value).split('\n')[1]).toBe('Partial year: no statement covers 2028-Q1, 2028-Q2.');
  });

  it('keeps the CSV importable: reconcile reads it back', () => {
    const back = parseSdtCsv(formatEitiCsv(sdt.value), 'sdt.csv');
    expect(back.ok && back.value.length).toBe(sdt.value.rows.length);
  });

  it('one quarter of four names the other three; four of four name none', () => {
    const q3 = run.value.statements.filter((s) => s.period.label === '2027-Q3');
    const one = eitiPayments(loaded.value, q3, { year: 'FY2028' });
    expect(one.ok && one.value.missingPeriods).toEqual(['2027-Q4', '2028-Q1', '2028-Q2']);
    // The two example quarters stand in for the last two as well: only the periods matter here.
    const [a, b] = run.value.statements.filter((s) => s.period.label === '2027-Q3' || s.period.label === '2027-Q4');
    const full = eitiPayments(loaded.value, [a!, b!, { ...a!, period: period('2028-Q1') }, { ...b!, period: period('2028-Q2') }], { year: 'FY2028' });
    expect(full.ok && [full.value.missingPeriods, full.value.periods]).toEqual([[], ['2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2']]);
    expect(full.diagnostics.filter((d) => d.code === 'eiti/partial-year')).toEqual([]);
  });
});
