import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract, type Contract, type Diagnostic } from 'fairlode';

// Inputs that cannot be true, each refused at load time with a located error (issue 13, "Nonsense
// accepted and computed"). Each case is _base.yaml (or minimal actuals for it) with one thing
// broken; the expected line and column are found in the text by the test, where the broken value is.

const base = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'invalid', '_base.yaml'), 'utf8');
const baseContract: Contract = (() => {
  const r = loadContract(base);
  if (!r.ok) throw new Error('_base.yaml must load');
  return r.value.contract;
})();

/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
function find(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line === -1) throw new Error(`"${needle}" is not in the text`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

function only(diagnostics: Diagnostic[]): Diagnostic {
  expect(diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)}`)).toHaveLength(1);
  return diagnostics[0]!;
}

const swap = (from: string, to: string): string => {
  if (!base.includes(from)) throw new Error(`"${from}" is not in _base.yaml`);
  return base.replace(from, to);
};
const GOV_SHARES = '    - { of: copper-royalty, split: { gob: "85%", gop: "15%" } }\n';

describe('contract values that cannot be', () => {
  it('a negative price-band edge (once charged royalty as if the price were 4,000 USD/t higher)', () => {
    const text = swap('{ upTo: "4000 USD/t", rate: "4%" }', '{ upTo: "-4000 USD/t", rate: "4%" }');
    const d = only(loadContract(text).diagnostics);
    expect(d.code).toBe('contract/negative-value');
    expect(d.path).toEqual(['revenue', 'royalties', 0, 'sliding', 'bands', 0, 'upTo']);
    expect(d.range?.start).toEqual(find(text, '"-4000 USD/t"'));
    expect(d.message).toContain('"-4000 USD/t" is negative; it must be more than zero');
  });

  it('a price-band edge of zero', () => {
    const text = swap('{ upTo: "4000 USD/t", rate: "4%" }', '{ upTo: "0 USD/t", rate: "4%" }');
    expect(only(loadContract(text).diagnostics).code).toBe('contract/zero-value');
  });

  it('minimumAnnual above maximumAnnual (once paid a fund 50 times its maximum)', () => {
    const text = swap('      minimumAnnual: "500000 USD"\n', '      minimumAnnual: "500000 USD"\n      maximumAnnual: "10000 USD"\n');
    const d = only(loadContract(text).diagnostics);
    expect(d.code).toBe('contract/minimum-above-maximum');
    expect(d.path).toEqual(['revenue', 'communityFunds', 0, 'minimumAnnual']);
    expect(d.range?.start).toEqual(find(text, '"500000 USD"'));
    expect(d.related?.[0]?.range?.start).toEqual(find(text, '"10000 USD"'));
  });

  it('a royalty\'s minimumRate above its maximumRate', () => {
    const text = swap('      payee: gob\n      sliding:', '      payee: gob\n      minimumRate: "9%"\n      maximumRate: "5%"\n      sliding:');
    const d = only(loadContract(text).diagnostics);
    expect(d.code).toBe('contract/minimum-above-maximum');
    expect(d.message).toBe('The minimum rate (9%) is above the maximum rate (5%).');
    expect(d.range?.start).toEqual(find(text, '"9%"'));
  });

  it('a negative bonus (once passed check and stopped payout with "this is a bug in fairlode")', () => {
    const text = swap(GOV_SHARES, `${GOV_SHARES}  bonuses:\n    - { id: signing, kind: signature, amount: "-1000000 USD", due: 2026-06-30, payee: gob }\n`);
    const d = only(loadContract(text).diagnostics);
    expect(d.code).toBe('contract/negative-value');
    expect(d.path).toEqual(['revenue', 'bonuses', 0, 'amount']);
    expect(d.range?.start).toEqual(find(text, '"-1000000 USD"'));
  });

  it('a negative annual minimum', () => {
    const text = swap('minimumAnnual: "500000 USD"', 'minimumAnnual: "-500000 USD"');
    const d = only(loadContract(text).diagnostics);
    expect([d.code, d.path]).toEqual(['contract/negative-value', ['revenue', 'communityFunds', 0, 'minimumAnnual']]);
  });

  it('a negative processing capacity', () => {
    const text = `${base}\nprocessing:\n  commitments:\n    - { id: smelting, modality: shall, commodity: copper, stage: smelted, capacity: "-50000 t" }\n`;
    const d = only(loadContract(text).diagnostics);
    expect([d.code, d.path, d.range?.start]).toEqual(['contract/negative-value', ['processing', 'commitments', 0, 'capacity'], find(text, '"-50000 t"')]);
  });

  it('a sub-cent amount is refused with the two amounts to the cent, not rounded silently', () => {
    const text = swap('minimumAnnual: "500000 USD"', 'minimumAnnual: "500000.005 USD"');
    const d = only(loadContract(text).diagnostics);
    expect(d.code).toBe('contract/finer-than-minor-unit');
    expect(d.message).toContain('USD amounts have 2 decimals');
    expect(d.hint).toBe('write "500000.00 USD" or "500000.01 USD"; fairlode does not round an amount you state');
    expect(d.range?.start).toEqual(find(text, '"500000.005 USD"'));
  });

  it('trailing zeros are not extra precision: "500000.000 USD" is 500000.00 USD', () => {
    expect(loadContract(swap('minimumAnnual: "500000 USD"', 'minimumAnnual: "500000.000 USD"')).ok).toBe(true);
  });

  it('a rate above 100% where a share cannot exceed it', () => {
    const text = swap('{ rate: "8%" }', '{ rate: "108%" }');
    expect(only(loadContract(text).diagnostics).code).toBe('rate/above-hundred');
  });
});

/** Minimal actuals for the base contract, 2027-Q1, with the given body. */
const actuals = (body: string): string => `contract: base-deal\nperiod: 2027-Q1\n${body}`;
const loadA = (text: string) => loadActuals(text, { filename: 'q1.yaml', contract: baseContract });

describe('actuals: a part above its whole', () => {
  const cases: [string, string, string, (string | number)[], string][] = [
    // [what, body, code, path, the text the error points at]
    ['national workers above the total', 'workforce: { total: 100, national: 101 }\n', 'actuals/part-above-whole', ['workforce', 'national'], '101'],
    ['9,999 provincial workers out of 100 (once "met, 9999%")', 'workforce: { total: 100, province: 9999 }\n', 'actuals/part-above-whole', ['workforce', 'province'], '9999'],
    ['provincial workers above the nationals', 'workforce: { total: 100, national: 40, province: 50 }\n', 'actuals/part-above-whole', ['workforce', 'province'], '50'],
    ['host-area workers above the nationals', 'workforce: { total: 100, national: 40, hostArea: 45 }\n', 'actuals/part-above-whole', ['workforce', 'hostArea'], '45'],
    ['women above the total', 'workforce: { total: 100, women: 120 }\n', 'actuals/part-above-whole', ['workforce', 'women'], '120'],
    ['in a category', 'workforce:\n  total: 100\n  categories:\n    skilled: { total: 10, national: 11 }\n', 'actuals/part-above-whole', ['workforce', 'categories', 'skilled', 'national'], '11'],
    ['local procurement above total procurement', 'procurement: { total: "1000000 USD", local: "1500000 USD" }\n', 'actuals/part-above-whole', ['procurement', 'local'], '"1500000 USD"'],
    ['processed in the country above the total output', 'processing:\n  copper: { domestic: "2000 t", total: "1500 t" }\n', 'actuals/part-above-whole', ['processing', 'copper', 'domestic'], '"2000 t"'],
    ['processed in kt against a total in t (2 kt = 2000 t > 1500 t)', 'processing:\n  copper: { domestic: "2 kt", total: "1500 t" }\n', 'actuals/part-above-whole', ['processing', 'copper', 'domestic'], '"2 kt"'],
    ['processed quantity in a unit that is not a mass', 'processing:\n  copper: { domestic: "20 m3", total: "1500 t" }\n', 'actuals/incompatible-units', ['processing', 'copper', 'domestic'], '"20 m3"'],
  ];
  it.each(cases)('%s', (_, body, code, path, at) => {
    const text = actuals(body);
    const d = only(loadA(text).diagnostics);
    expect([d.code, d.path]).toEqual([code, path]);
    // The value sits on the last line of the body that holds it; find it after the "key:" of the path.
    const key = String(path[path.length - 1]);
    const line = text.split('\n').findIndex((l) => l.includes(`${key}: ${at}`)) + 1;
    expect(d.range?.start).toEqual({ line, column: text.split('\n')[line - 1]!.indexOf(`${key}: ${at}`) + key.length + 3 });
  });

  it('the categories together above the whole workforce (the bundled 2027-Q1 once counted 1,860 nationals in its categories against 1,850)', () => {
    // 1040 + 465 + 320 + 35 = 1,860 nationals in the categories, 1,850 in the workforce: 10 too many.
    const text = actuals('workforce:\n  total: 2100\n  national: 1850\n  categories:\n    unskilled: { total: 1050, national: 1040 }\n    skilled: { total: 525, national: 465 }\n    professional: { total: 420, national: 320 }\n    senior-management: { total: 105, national: 35 }\n');
    const d = only(loadA(text).diagnostics);
    expect([d.code, d.path, d.message]).toEqual(['actuals/part-above-whole', ['workforce', 'categories'], 'The categories count 1860 nationals together (1040 unskilled + 465 skilled + 320 professional + 35 senior-management), but the workforce has 1850.']);
    // With 1,030 unskilled nationals the categories count 1,850: no problem.
    expect(loadA(text.replace('national: 1040', 'national: 1030')).diagnostics).toEqual([]);
  });

  it('parts equal to their whole are fine', () => {
    expect(loadA(actuals('workforce: { total: 100, national: 100, province: 100, hostArea: 100, women: 100 }\nprocurement: { total: "5 USD", local: "5 USD" }\nprocessing:\n  copper: { domestic: "1 kt", total: "1000 t" }\n')).diagnostics).toEqual([]);
  });
});

describe('actuals: negative quantities and amounts', () => {
  const cases: [string, string, (string | number)[]][] = [
    ['a negative quantity sold', 'sales:\n  - { commodity: copper, quantity: "-100 t", price: "9000 USD/t" }\n', ['sales', 0, 'quantity']],
    ['a negative price', 'sales:\n  - { commodity: copper, quantity: "100 t", price: "-9000 USD/t" }\n', ['sales', 0, 'price']],
    ['a negative quantity processed', 'processing:\n  copper: { domestic: "-5 t", total: "1500 t" }\n', ['processing', 'copper', 'domestic']],
    ['a negative output', 'processing:\n  copper: { domestic: "0 t", total: "-1500 t" }\n', ['processing', 'copper', 'total']],
    ['negative operating costs', 'costs: { operating: "-1 USD" }\n', ['costs', 'operating']],
    ['a negative deduction', 'sales:\n  - { commodity: copper, quantity: "100 t", price: "9000 USD/t", deductions: { transport: "-5 USD" } }\n', ['sales', 0, 'deductions', 'transport']],
  ];
  it.each(cases)('%s', (_, body, path) => {
    const d = only(loadA(actuals(body)).diagnostics);
    expect([d.code, d.path]).toEqual(['contract/negative-value', path]);
  });

  it('an exchange rate of zero or below', () => {
    expect(only(loadA(actuals('fx: { PKR: "0" }\n')).diagnostics).code).toBe('contract/zero-value');
    expect(only(loadA(actuals('fx: { PKR: "-278.4" }\n')).diagnostics).code).toBe('contract/negative-value');
  });
});
