// The bundled example contracts and their actuals: every period computes and balances, and the
// figures the docs quote stay true.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePayouts, explain, loadActuals, loadContract } from 'fairlode';
import { amountAt, netOf } from './payout-fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const names = readdirSync(join(root, 'examples', 'contracts')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

function runExample(name: string) {
  const c = loadContract(readFileSync(join(root, 'examples', 'contracts', `${name}.yaml`), 'utf8'), { filename: `examples/contracts/${name}.yaml` });
  if (!c.ok) throw new Error(name);
  const dir = join(root, 'examples', 'actuals', name);
  const actuals = readdirSync(dir).sort().map((f) => {
    const a = loadActuals(readFileSync(join(dir, f), 'utf8'), { contract: c.value.contract, filename: `examples/actuals/${name}/${f}` });
    if (!a.ok) throw new Error(f);
    return a.value;
  });
  return computePayouts(c.value, actuals);
}

describe('the example contracts', () => {
  it.each(names)('%s: every period computes and balances', (name) => {
    const r = runExample(name);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) for (const s of r.value.statements) expect([s.period.label, s.conservation.problems]).toEqual([s.period.label, []]);
  });

  it('chagai-partnership 2027-Q2, the worked example of docs/payouts.md', () => {
    const r = runExample('chagai-partnership');
    if (!r.ok) throw new Error('chagai');
    const q2 = r.value.statements[1]!;
    // copper: 12,500 t at 9,200 USD/t, incremental: 4%×4,000 + 6.5%×1,000 + 8.5%×2,000 + 10%×2,200 = 615 a tonne
    expect(amountAt(q2, 'copper-royalty')).toBe('7687500.00');
    // gold: NSR 36,000,000 − 1,950,000 = 34,050,000 (below the 15% cap of 5,400,000); 5% = 1,702,500
    expect(amountAt(q2, 'gold-royalty')).toBe('1702500.00');
    // windfall: 20% × (9,200 − 9,000) × 12,500 = 500,000
    expect(amountAt(q2, 'copper-windfall')).toBe('500000.00');
    // FY2027 closes in June: income tax 29% × 169,231,700 = 49,077,193
    expect(amountAt(q2, 'income-tax')).toBe('49077193.00');
    expect(netOf(q2, 'chagai-district')).toBe('939000.00');
    expect(explain(q2, 'copper-royalty')).toContain('quantity × (4% × 4000 + 6.5% × 1000 + 8.5% × 2000 + 10% × 2200)');
  });

  it('weak-extraction: the discretionary community fund is reported, not computed', () => {
    const r = runExample('weak-extraction');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['payout/discretionary-clause']);
    expect(r.diagnostics[0]!.file).toBe('examples/contracts/weak-extraction.yaml');
    expect(r.diagnostics[0]!.range?.start.line).toBeGreaterThan(0);
  });
});
