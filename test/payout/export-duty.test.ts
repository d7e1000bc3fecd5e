// The raw-export levy (processing.rawExport, `kind: export-duty`): paid on the value of raw exports at
// the rate in force on the sale's date, deducted from taxable income like a royalty, and never
// silently dropped: what the actuals leave unknown is a warning naming the clause and the period.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePayouts, explain, loadActuals, loadContract, type ActualsInput, type Contract } from 'fairlode';
import { actualsOf, amountAt, contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const loaded = loadContract(readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8'), { filename: 'examples/contracts/chagai-partnership.yaml' });
if (!loaded.ok) throw new Error('the Chagai example does not load');
const chagai = loaded.value.contract;

// 2031-Q1 with the sales of the example's 2027-Q1: copper 11,800 t at 8,700 USD/t, gold 14,200 ozt
// at 2,350 USD/ozt (with smelter deductions).
type SaleInput = NonNullable<ActualsInput['sales']>[number];

function chagai2031(marks: { copper?: Partial<SaleInput>; gold?: Partial<SaleInput> }) {
  const input = {
    contract: chagai.id,
    period: '2031-Q1',
    sales: [
      { commodity: 'copper', quantity: '11800 t', price: '8700 USD/t', ...marks.copper },
      { commodity: 'gold', quantity: '14200 ozt', price: '2350 USD/ozt', deductions: { treatment: '1200000 USD', refining: '450000 USD', transport: '300000 USD' }, ...marks.gold },
    ],
    costs: { operating: '38500000 USD', capital: '52000000 USD' },
    fx: { PKR: '278.40' },
  };
  const a = loadActuals(JSON.stringify(input), { format: 'json', contract: chagai, filename: '2031-Q1.json' });
  if (!a.ok) throw new Error(a.diagnostics.map((d) => d.message).join('\n'));
  return computePayouts(loaded.ok ? loaded.value : chagai, [a.value]);
}

describe('the Chagai raw-export levy (§18.5)', () => {
  it('warns, naming the clause and the period, when the actuals do not say what was exported', () => {
    const run = chagai2031({});
    if (!run.ok) throw new Error('run');
    const s = run.value.statements[0]!;
    expect(s.lines.some((l) => l.kind === 'export-duty' && !l.amount.amount.isZero())).toBe(false);
    const warning = s.notes.find((n) => n.includes('raw-export-levy'));
    expect(warning).toBeDefined();
    expect(warning).toContain('2031-Q1');
    expect(warning).toContain('§18.5');
    expect(warning).toContain('sale 1 (copper)');
    // The run itself warns too, once for the period, located at the first sale in question.
    const warned = run.diagnostics.filter((d) => d.code === 'payout/export-unknown');
    expect(warned.map((d) => d.path)).toEqual([['sales', 0]]);
    expect(warned[0]!.message).toContain('sale 2 (gold)');
  });

  it('pays the levy on the raw exports, at the rate in force', () => {
    const run = chagai2031({ copper: { exported: true, form: 'concentrate' }, gold: { exported: true, form: 'refined' } });
    if (!run.ok) throw new Error('run');
    const s = run.value.statements[0]!;
    // Copper concentrate is raw: 11,800 t × 8,700 USD/t = 102,660,000.00 USD; 5% from 2031-01-01
    // = 5,133,000.00 USD. Refined gold is processed: no levy on its 33,370,000.00 USD.
    expect(amountAt(s, 'raw-export-levy')).toBe('5133000.00');
    const line = lineOf(s, 'raw-export-levy');
    expect([line.kind, line.clause, line.ref, line.from, line.to]).toEqual(['export-duty', 'raw-export-levy', '§18.5', 'company', 'gop']);
    expect(line.base?.amount?.amount.toFixed(2)).toBe('102660000.00');
    expect(line.rate?.toString()).toBe('0.05');
    expect(s.notes.filter((n) => n.includes('raw-export-levy'))).toEqual([]);
    expect(s.conservation.problems).toEqual([]);
    expect(run.diagnostics.filter((d) => d.code === 'payout/export-unknown')).toEqual([]);
  });

  it('explains the levy line from its clause', () => {
    const run = chagai2031({ copper: { exported: true, form: 'ore' }, gold: { exported: false } });
    if (!run.ok) throw new Error('run');
    const text = explain(run.value.statements[0]!, 'raw-export-levy');
    expect(text.split('\n')[0]).toBe('raw-export-levy: company → gop 5133000.00 USD (export-duty, raw-export-levy, §18.5)');
    expect(text).toContain('rate in force on 2031-01-01');
    expect(text).toContain('forms treated as raw');
  });

  it('counts nothing before the levy starts, and asks nothing of the actuals then', () => {
    const a = loadActuals(JSON.stringify({ contract: chagai.id, period: '2030-Q4', sales: [{ commodity: 'copper', quantity: '100 t', price: '8700 USD/t' }] }), { format: 'json', contract: chagai });
    if (!a.ok) throw new Error('actuals');
    const run = computePayouts(loaded.ok ? loaded.value : chagai, [a.value]);
    if (!run.ok) throw new Error('run');
    expect(run.value.statements[0]!.lines.some((l) => l.kind === 'export-duty')).toBe(false);
    expect(run.value.statements[0]!.notes.filter((n) => n.includes('raw-export-levy'))).toEqual([]);
    expect(run.diagnostics.filter((d) => d.code === 'payout/export-unknown')).toEqual([]);
  });
});

function levyDeal(extra: object = {}): Contract {
  return contractOf({
    processing: { rawExport: { id: 'export-levy', ref: '§7', restriction: 'levy-schedule', levy: [{ from: '2026-01-01', rate: '5%' }, { from: '2026-02-15', rate: '10%' }], payee: 'state', ...extra } },
    revenue: { incomeTax: { id: 'tax', rate: '30%', payee: 'state', depreciation: { method: 'straight-line', years: 5 } } },
    fiscalYear: { startMonth: 1 },
  } as never);
}

describe('a levy whose rate changes inside the period', () => {
  it('applies the rate in force on each sale\'s date', () => {
    const c = levyDeal();
    const [s] = statementsOf(c, [{
      period: '2026-Q1',
      sales: [
        // 5% of 100 t × 9,000 = 900,000.00 → 45,000.00
        { commodity: 'copper', quantity: '100 t', price: '9000 USD/t', exported: true, form: 'ore', date: '2026-01-20' },
        // 10% of 50 t × 9,001.23 = 450,061.50 → 45,006.15
        { commodity: 'copper', quantity: '50 t', price: '9001.23 USD/t', exported: true, form: 'concentrate', date: '2026-03-01' },
        // sold in the country, and exported refined: no levy
        { commodity: 'copper', quantity: '10 t', price: '9000 USD/t', exported: false },
        { commodity: 'copper', quantity: '10 t', price: '9000 USD/t', exported: true, form: 'refined' },
      ],
    }]);
    // 45,000.00 + 45,006.15 = 90,006.15
    expect(amountAt(s!, 'export-levy')).toBe('90006.15');
    expect(lineOf(s!, 'export-levy').rate).toBeUndefined(); // two rates: no single one
  });

  it('refuses to guess the rate of an undated sale, and says so', () => {
    const c = levyDeal();
    const run = computePayouts(c, [actualsOf(c, { period: '2026-Q1', sales: [
      { commodity: 'copper', quantity: '100 t', price: '9000 USD/t', exported: true, form: 'ore', date: '2026-01-20' },
      { commodity: 'copper', quantity: '50 t', price: '9000 USD/t', exported: true, form: 'ore' },
    ] })]);
    if (!run.ok) throw new Error('run');
    const s = run.value.statements[0]!;
    // Only the dated sale: 5% × 900,000.00 = 45,000.00.
    expect(amountAt(s, 'export-levy')).toBe('45000.00');
    expect(s.notes).toContainEqual(expect.stringMatching(/^Warning: raw-export levy "export-levy" \(§7\) for 2026-Q1 is not computed in full: sale 2 \(copper\) has no date, and the levy rate changes on 2026-02-15/));
  });

  it('treats only the forms the contract lists as raw', () => {
    const c = levyDeal({ rawForms: ['ore'] });
    const [s] = statementsOf(c, [{ period: '2026-Q1', sales: [
      { commodity: 'copper', quantity: '100 t', price: '9000 USD/t', exported: true, form: 'ore', date: '2026-01-02' },
      { commodity: 'copper', quantity: '100 t', price: '9000 USD/t', exported: true, form: 'concentrate', date: '2026-01-02' },
    ] }]);
    // 5% × 900,000.00 of ore; the concentrate is not raw under this contract.
    expect(amountAt(s!, 'export-levy')).toBe('45000.00');
  });

  it('is deducted from taxable income, like a royalty', () => {
    const c = levyDeal();
    const statements = statementsOf(c, ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({
      period: `2026-${q}`,
      sales: i === 3 ? [{ commodity: 'copper', quantity: '100 t', price: '9000 USD/t', exported: true, form: 'ore' }] : [],
    })));
    // FY2026: revenue 900,000.00, levy 10% (in force since 2026-02-15) = 90,000.00; taxable 810,000.00;
    // tax 30% = 243,000.00.
    const q4 = statements[3]!;
    expect(amountAt(q4, 'export-levy')).toBe('90000.00');
    expect(amountAt(q4, 'tax')).toBe('243000.00');
  });

  it('rejects a sale dated outside its period', () => {
    const c = levyDeal();
    const a = loadActuals(JSON.stringify({ contract: c.id, period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '1 USD/t', exported: true, form: 'ore', date: '2026-04-01' }] }), { format: 'json', contract: c });
    if (!a.ok) throw new Error('actuals');
    const run = computePayouts(c, [a.value]);
    expect(run.ok).toBe(false);
    expect(run.diagnostics.map((d) => d.code)).toContain('payout/sale-date-outside-period');
  });

  it('warns when the levy has no payee, in the run and in the statement', () => {
    const c = contractOf({ processing: { rawExport: { id: 'export-levy', restriction: 'levy-schedule', levy: [{ from: '2026-01-01', rate: '5%' }] } } } as never);
    const run = computePayouts(c, [actualsOf(c, { period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '100 USD/t', exported: true, form: 'ore' }] })]);
    if (!run.ok) throw new Error('run');
    expect(run.diagnostics.map((d) => d.code)).toContain('payout/levy-without-payee');
    expect(run.value.statements[0]!.notes).toContainEqual(expect.stringContaining('"export-levy" for 2026-Q1 is not computed: the contract does not say whom the levy is paid to'));
  });

  it('is not dropped without a word when the waterfall leaves out the royalties step that pays it', () => {
    const c = contractOf({
      processing: { rawExport: { id: 'export-levy', ref: '§7', restriction: 'levy-schedule', levy: [{ from: '2026-01-01', rate: '5%' }], payee: 'state' } },
      revenue: { waterfall: ['distributions'] },
    } as never);
    const run = computePayouts(c, [actualsOf(c, { period: '2026-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '100 USD/t', exported: true, form: 'ore' }] })]);
    if (!run.ok) throw new Error('run');
    expect(run.diagnostics.map((d) => d.code)).toContain('payout/step-not-in-waterfall');
    expect(run.value.statements[0]!.lines.some((l) => l.kind === 'export-duty')).toBe(false);
    expect(run.value.statements[0]!.notes).toContainEqual('Warning: raw-export levy "export-levy" (§7) for 2026-Q1 is not computed: it is paid in the "royalties" step, which is not in the contract\'s waterfall.');
  });
});

describe('a negative levy rate', () => {
  it('is refused at the rate, before any payment is computed', () => {
    // A contract built in code (the loader refuses the text "-5%").
    const c = levyDeal();
    const hostile = { ...c, processing: { ...c.processing!, rawExport: { ...c.processing!.rawExport!, levy: c.processing!.rawExport!.levy.map((s) => ({ ...s, rate: s.rate.negated() })) } } } as Contract;
    const run = computePayouts(hostile, [actualsOf(c, { period: '2026-Q1', sales: [] })]);
    expect(run.ok).toBe(false);
    expect(run.diagnostics.filter((d) => d.code === 'payout/negative-amount').map((d) => d.path)).toEqual([['processing', 'rawExport', 'levy', 0, 'rate'], ['processing', 'rawExport', 'levy', 1, 'rate']]);
  });
});
