// Regressions from issue #12 (labels): counts are whole numbers ("28 people", "19 days", not
// "28.00 people"), and a country is named ("Namibia"), never printed as a code a reader takes for
// "not available" ("NA").
import { beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { loadActuals, type LoadedContract } from '../../src/index.js';
import { countryName } from '../../src/report/country-name.js';
import { formatMeasure } from '../../src/report/number-format.js';
import { buildReportData, renderReportData, type ReportData, type ReportInput } from '../../src/report/index.js';
import { exampleInput } from './example-inputs.js';

describe('obligation shortfalls in the report', () => {
  let data: ReportData;
  beforeAll(async () => {
    const chagai = (await exampleInput('chagai-partnership')).contract as LoadedContract;
    // national-hiring §16.1: 80% of 2480 = 1984 nationals by 2027-12-31; 1956 → 28 people short.
    // cda §15: due 2026-12-31, concluded 2027-01-19 → 19 days late.
    const q = loadActuals(
      'contract: chagai-partnership\nperiod: 2027-Q4\nworkforce: { total: 2480, national: 1956, province: 1300 }\nevents: [{ clause: cda, kind: concluded, date: 2027-01-19 }]\n',
      { contract: chagai.contract, filename: '2027-Q4.yaml' },
    );
    if (!q.ok) throw new Error(JSON.stringify(q.diagnostics));
    data = buildReportData({ contract: chagai, actuals: [q.value], asOf: '2027-12-31' });
  });

  it('are whole people and days', () => {
    const detail = (id: string) => data.obligations!.items.find((i) => i.id === id)!.detail;
    expect(detail('national-hiring@2027-12-31')).toBe('short by 28 people');
    expect(detail('cda')).toBe('short by 19 days');
  });

  it('are worded by their unit', () => {
    expect(formatMeasure({ value: new Decimal(1), unit: 'people' })).toBe('1 person');
    expect(formatMeasure({ value: new Decimal(1), unit: 'days' })).toBe('1 day');
    expect(formatMeasure({ value: new Decimal('1616170'), unit: 'USD' })).toBe('1,616,170.00 USD');
    expect(formatMeasure({ value: new Decimal('0.8065'), unit: 'share' })).toBe('80.65%');
    expect(formatMeasure({ value: new Decimal('1200.5'), unit: 't' })).toBe('1,200.5 t');
  });
});

describe('the jurisdiction in the report', () => {
  let input: ReportInput;
  beforeAll(async () => {
    input = await exampleInput('chagai-partnership');
  });

  it('names the country, never its bare code', () => {
    // Chagai: PK, Balochistan.
    expect(buildReportData({ contract: input.contract }).jurisdiction).toBe('Pakistan, Balochistan');
    const plain = (input.contract as LoadedContract).contract;
    const namibia = buildReportData({ contract: { ...plain, jurisdiction: { country: 'NA', region: 'Erongo' } } });
    expect(namibia.jurisdiction).toBe('Namibia, Erongo');
    expect(renderReportData(namibia)).toContain('<dd>Namibia, Erongo</dd>');
  });

  it('reads codes in a fixed English locale', () => {
    expect(countryName('NA')).toBe('Namibia');
    expect(countryName('ZZZ')).toBe('ZZZ');
  });
});
