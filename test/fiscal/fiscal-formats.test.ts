import { describe, expect, it } from 'vitest';
import { analyse, analysePriceDeck, flatPriceDeck } from '../../src/fiscal/index.js';
import { fiscalJsonValue, formatFiscalCsv, formatFiscalJson, formatFiscalMarkdown, formatFiscalText } from '../../src/format/index.js';
import { mini } from './fixtures.js';

const { contract, plan } = mini();
const result = analyse(contract, plan);
if (!result.ok) throw new Error('mini analysis');
const a = result.value;
const deckResult = analysePriceDeck(contract, plan, flatPriceDeck('ore', ['90 USD/t', '120 USD/t']), { breakeven: false });
if (!deckResult.ok) throw new Error('mini deck');
const deck = deckResult.value;

// Every number in the JSON interface is a string, except counts and the timing convention.
function numbersIn(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

describe('fiscal formats', () => {
  it('text: the conventions, then the metrics and the tables, amounts in millions', () => {
    const text = formatFiscalText(a);
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Fiscal analysis: mini, plan mini-plan, plan prices',
      'Periods 2027 to 2029 (3 years); amounts in millions of USD.',
      'Discount rate 10%, investor hurdle 10%, AETR at 10%; the first period is undiscounted.',
      'Government: gov; investor: inv; community: nobody.',
      'The company\'s cash left at the end is distributed to its shareholders in the last period.',
    ]);
    expect(text).toContain('  Government take, undiscounted       16.67%');
    expect(text).toContain('  AETR at 10%                         22.34%');
    expect(text).toContain('  Breakeven price                     ore 81.71 USD/t (investor NPV at 10% = 0, to USD 0.01)');
    expect(text).toContain('  State IRR                           none (no-sign-change)');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('Markdown: one GitHub table per section, right-aligned amounts, pipes escaped', () => {
    const md = formatFiscalMarkdown(a);
    expect(md).toContain('### Metrics\n\n| metric | value |\n|---|---|\n| Government take, undiscounted | 16.67% |');
    expect(md).toContain('| period | revenue | costs | pre-fiscal | royalties | government | investor | community | retained |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    expect(formatFiscalMarkdown(deck)).toContain('| ore 90 USD/t |');
  });

  it('CSV: one row per period plus total and present value, exact amounts; a deck has one row per scenario', () => {
    const rows = formatFiscalCsv(a).trimEnd().split('\n');
    expect(rows[0]).toBe('period,start,end,gross_revenue,costs,pre_fiscal,royalties,government,government_royalties,investor,community,retained,party_inv,party_gov');
    expect(rows[1]).toBe('2027,2027-01-01,2027-12-31,0.00,1000.00,-1000.00,0.00,0.00,0.00,-1000.00,0.00,0.00,-1000.00,0.00');
    expect(rows[2]).toBe('2028,2028-01-01,2028-12-31,1000.00,200.00,800.00,50.00,50.00,50.00,750.00,0.00,0.00,750.00,50.00');
    expect(rows[4]!.startsWith('total,,,2000.00,1400.00,600.00,100.00,100.00,')).toBe(true);
    expect(rows[5]!.startsWith('present_value,,,1735.5371900826446280991735537190082644628099173554,')).toBe(true);
    const deckRows = formatFiscalCsv(deck).trimEnd().split('\n');
    expect(deckRows).toHaveLength(3);
    expect(deckRows[1]!.split(',')[0]).toBe('ore 90 USD/t');
  });

  it('JSON: exact decimal strings throughout; a missing rate is null with its reason', () => {
    const json = fiscalJsonValue(a);
    expect(numbersIn(json)).toEqual(['.conventions.firstFlowAt', '.conventions.periodsPerYear', '.breakeven.evaluations']);
    expect(json).toMatchObject({
      kind: 'fiscal-analysis',
      metrics: { governmentTake: { value: '0.16666666666666666666666666666666666666666666666667', reason: null }, effectiveRoyaltyRate: { value: '0.05', reason: null } },
      breakeven: { commodity: 'ore', price: '81.71 USD/t' },
    });
    expect((json.metrics as { state: { irr: unknown } }).state.irr).toEqual({ value: null, roots: [], reason: 'no-sign-change' });
    expect(JSON.parse(formatFiscalJson(a))).toEqual(json);
    const d = fiscalJsonValue(deck);
    expect(d).toMatchObject({ kind: 'price-deck', progressivity: 'regressive' });
    expect(numbersIn(d)).toEqual(['.conventions.firstFlowAt', '.conventions.periodsPerYear']);
  });
});
