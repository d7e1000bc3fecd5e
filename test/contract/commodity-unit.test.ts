import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from 'fairlode';

const base = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'invalid', '_base.yaml'), 'utf8');
/** _base.yaml with copper's unit (line 14: "  - { id: copper, unit: t }") replaced. */
const withUnit = (unit: string): string => base.replace('  - { id: copper, unit: t }', `  - { id: copper, unit: ${unit} }`);

describe('commodities[].unit is read as the quantities are', () => {
  it('"oz" is refused on line 14 with the hint to write ozt for the troy ounce', () => {
    const r = loadContract(withUnit('oz'), { filename: 'oz.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.code).toBe('quantity/unknown-unit');
    expect(d.path).toEqual(['commodities', 0, 'unit']);
    // "  - { id: copper, unit: oz }": the value starts at column 25.
    expect(d.range?.start).toEqual({ line: 14, column: 25 });
    expect(d.hint).toMatch(/^write "ozt" for the troy ounce/);
  });

  it('"ozt" and "t" are accepted; an unknown unit gets a did-you-mean', () => {
    expect(loadContract(withUnit('ozt')).ok).toBe(true);
    expect(loadContract(withUnit('t')).ok).toBe(true);
    expect(loadContract(withUnit('tonnes')).diagnostics[0]?.hint).toBe('did you mean "t" (metric tonne)?');
  });
});
