import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decimal, loadActuals, loadContract, type Contract } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const actualsDir = join(root, 'examples', 'actuals');

function contract(id: string): Contract {
  const r = loadContract(readFileSync(join(root, 'examples', 'contracts', `${id}.yaml`), 'utf8'), { filename: `${id}.yaml` });
  if (!r.ok) throw new Error(`examples/contracts/${id}.yaml must load: ${JSON.stringify(r.diagnostics)}`);
  return r.value.contract;
}

const pairs = readdirSync(actualsDir)
  .sort()
  .flatMap((id) => readdirSync(join(actualsDir, id)).filter((f) => f.endsWith('.yaml')).sort().map((file) => [id, file] as const));
const readActuals = (id: string, file: string): string => readFileSync(join(actualsDir, id, file), 'utf8');

const chagai = contract('chagai-partnership');
/** Chagai's 2027-Q1 actuals with the period line replaced. */
const chagaiActuals = (period: string): string => readActuals('chagai-partnership', '2027-Q1.yaml').replace('period: 2027-Q1', `period: ${period}`);

describe('loadActuals: the example actuals', () => {
  it('there are actuals for each example contract', () => {
    expect(new Set(pairs.map(([id]) => id))).toEqual(new Set(['chagai-partnership', 'reko-diq-style', 'weak-extraction']));
  });

  it.each(pairs)('%s/%s loads against its contract with no diagnostics', (id, file) => {
    const r = loadActuals(readActuals(id, file), { filename: `examples/actuals/${id}/${file}`, contract: contract(id) });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      // Each file is named for its period.
      expect(r.value.actuals.period.label).toBe(file.replace(/\.yaml$/, ''));
      expect(r.value.actuals.contract).toBe(id);
    }
  });

  it('values are exact: quantities, unit prices and money', () => {
    // examples/actuals/chagai-partnership/2027-Q1.yaml: copper, "11800 t" at "8700 USD/t"; gold deductions.
    const r = loadActuals(readActuals('chagai-partnership', '2027-Q1.yaml'), { contract: chagai });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const [copper, gold] = r.value.actuals.sales;
    expect(copper?.quantity.value.eq(11800)).toBe(true);
    expect(copper?.quantity.unit.symbol).toBe('t');
    expect(copper?.price.amount.eq(8700)).toBe(true);
    expect(copper?.price.currency).toBe('USD');
    expect(gold?.deductions?.treatment?.amount).toBeInstanceOf(Decimal);
    expect(gold?.deductions?.treatment?.amount.eq(1200000)).toBe(true);
    expect(r.value.actuals.fx?.PKR?.toString()).toBe('278.4');
    expect(r.value.actuals.period).toEqual({ kind: 'quarter', label: '2027-Q1', start: '2027-01-01', end: '2027-03-31' });
  });
});

describe('loadActuals: periods resolve with the contract\'s fiscal year', () => {
  it('FY2027 for Chagai (fiscal year from July) runs 2026-07-01 to 2027-06-30', () => {
    const r = loadActuals(chagaiActuals('FY2027'), { filename: 'fy.yaml', contract: chagai });
    expect(r.diagnostics).toEqual([]);
    if (r.ok) expect(r.value.actuals.period).toEqual({ kind: 'fiscal-year', label: 'FY2027', start: '2026-07-01', end: '2027-06-30' });
  });

  it('FY2027 for a contract whose fiscal year is the calendar year runs 2027-01-01 to 2027-12-31', () => {
    const weak = contract('weak-extraction');
    expect(weak.fiscalYear.startMonth).toBe(1);
    const text = readActuals('weak-extraction', '2027-Q1.yaml').replace('period: 2027-Q1', 'period: FY2027');
    const r = loadActuals(text, { contract: weak });
    expect(r.diagnostics).toEqual([]);
    if (r.ok) expect([r.value.actuals.period.start, r.value.actuals.period.end]).toEqual(['2027-01-01', '2027-12-31']);
  });

  it.each([
    ['2027-03', 'month', '2027-03-01', '2027-03-31'],
    ['2027-H2', 'half', '2027-07-01', '2027-12-31'],
    ['"2027"', 'year', '2027-01-01', '2027-12-31'],
  ])('%s resolves to a %s, %s to %s', (period, kind, start, end) => {
    const r = loadActuals(chagaiActuals(period), { contract: chagai });
    expect(r.diagnostics).toEqual([]);
    if (r.ok) expect(r.value.actuals.period).toMatchObject({ kind, start, end });
  });

  it('a fiscal year that straddles the effective date is within the term (FY2026: 2025-07-01 to 2026-06-30)', () => {
    const r = loadActuals(chagaiActuals('FY2026'), { contract: chagai });
    expect(r.diagnostics).toEqual([]);
  });

  it('without a contract, an FY period cannot be resolved, and says so at the period', () => {
    const r = loadActuals(chagaiActuals('FY2027'), { filename: 'fy.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'period/fiscal-year-start-missing', file: 'fy.yaml', range: { start: { line: 3, column: 9 } } });
    expect(r.diagnostics[0]!.hint).toContain('startMonth');
  });

  it('without a contract, other periods load (nothing to pair them with)', () => {
    const r = loadActuals(readActuals('chagai-partnership', '2027-Q1.yaml'));
    expect(r.ok).toBe(true);
  });
});

describe('loadActuals: errors', () => {
  it('actuals of another contract', () => {
    const text = readActuals('reko-diq-style', '2028-Q1.yaml');
    const r = loadActuals(text, { filename: 'rd.yaml', contract: chagai });
    expect(r.ok).toBe(false);
    // Line 2 is `contract: reko-diq-style`; the id starts at column 11.
    expect(r.diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([['actuals/wrong-contract', 2, 11]]);
    expect(r.diagnostics[0]!.message).toContain('"reko-diq-style"');
    expect(r.diagnostics[0]!.message).toContain('"chagai-partnership"');
  });

  it('a commodity the contract does not produce, with the known ones in the hint', () => {
    // weak-extraction produces only spodumene; its 2027-Q1 sale is on line 5.
    const text = readActuals('weak-extraction', '2027-Q1.yaml').replace('commodity: spodumene', 'commodity: lithium');
    const r = loadActuals(text, { filename: 'w.yaml', contract: contract('weak-extraction') });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'actuals/unknown-commodity', path: ['sales', 0, 'commodity'], hint: 'known: spodumene' });
    expect(r.diagnostics[0]!.range?.start).toEqual({ line: 5, column: 18 });
  });

  it.each([
    ['2025-Q4', 'before the effective date 2026-01-01'],
    ['2051-01', 'after the term ends on 2050-12-31'],
  ])('a period outside the term: %s (%s)', (period) => {
    const r = loadActuals(chagaiActuals(period), { filename: 'p.yaml', contract: chagai });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'actuals/outside-term', path: ['period'], range: { start: { line: 3, column: 9 } } });
    expect(r.diagnostics[0]!.message).toContain('2026-01-01 to 2050-12-31');
  });

  it('a period that is not one (2027-13, FY27)', () => {
    for (const period of ['2027-13', 'FY27']) {
      const r = loadActuals(chagaiActuals(period), { filename: 'p.yaml', contract: chagai });
      expect(r.diagnostics.map((d) => d.code)).toEqual(['contract/invalid-format']);
    }
  });

  it('several problems are all reported, sorted by place', () => {
    const text = chagaiActuals('2051-01').replace('contract: chagai-partnership', 'contract: other').replace('commodity: gold', 'commodity: silver');
    const r = loadActuals(text, { filename: 'p.yaml', contract: chagai });
    expect(r.diagnostics.map((d) => [d.code, d.range?.start.line])).toEqual([
      ['actuals/wrong-contract', 2],
      ['actuals/outside-term', 3],
      ['actuals/unknown-commodity', 6],
    ]);
  });

  it('a schema error in actuals is located like one in a contract', () => {
    const text = readActuals('chagai-partnership', '2027-Q1.yaml').replace('price: "8700 USD/t"', 'price: 8700');
    const r = loadActuals(text, { filename: 'p.yaml', contract: chagai });
    // Line 5: `  - { commodity: copper, quantity: "11800 t", price: 8700 }`: the 8700 is at column 54.
    expect(r.diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([['contract/bare-number', 5, 54]]);
  });

  it('a contract file given as actuals is refused field by field, not thrown at', () => {
    const text = readFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), 'utf8');
    const r = loadActuals(text, { filename: 'c.yaml', contract: chagai });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'contract/unknown-key' && d.path[0] === 'fairlode')).toBe(true);
  });
});
