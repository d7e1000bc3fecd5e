import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, root, tempFolder } from '../cli/run-cli.js';

beforeAll(ensureBuilt);

const deal = 'test/fixtures/deals/copper-chain';
const actuals = `${deal}/actuals`;

// Hand calculation (hypothetical Kanda chain): 10,000 t at 9,000 USD/t = 90,000,000 USD each year.
// 2030, base: royalty 5% × 90,000,000 = 4,500,000.
// 2031, first amendment: incremental bands 4% up to 8,000 USD/t and 10% above:
//   (8,000 × 4% + 1,000 × 10%) × 10,000 t = 420 × 10,000 = 4,200,000.

describe('fairlode payout on a deal', () => {
  it('computes each period under the terms in force in it and says which instruments governed it', () => {
    const run = fairlode(['payout', deal, actuals]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith('Deal kanda-copper: each period under the terms in force in it\n  2030: base\n  2031: base + first-amendment + road-agreement\n')).toBe(true);
    expect(run.stdout).toContain('copper-royalty          royalty         company → ministry    4,500,000.00');
    expect(run.stdout).toContain('copper-royalty          royalty         company → ministry    4,200,000.00');
  });

  it('writes the terms beside the statements in JSON, and a column of them in CSV', () => {
    const json = JSON.parse(fairlode(['payout', `${deal}/deal.yaml`, actuals, '-f', 'json']).stdout);
    expect(json.deal).toBe('kanda-copper');
    expect(json.terms).toEqual([
      { periods: ['2030', '2030'], instruments: ['base'] },
      { periods: ['2031', '2031'], instruments: ['base', 'first-amendment', 'road-agreement'] },
    ]);
    expect(json.statements.map((s: { totals: Record<string, string> }) => s.totals.ministry)).toEqual(['4500000.00', '4200000.00']);
    const csv = fairlode(['payout', deal, actuals, '-f', 'csv']).stdout.split('\n');
    expect(csv[0]!.endsWith(',instruments')).toBe(true);
    expect(csv.find((l) => l.startsWith('kanda-copper,2031,copper-royalty,'))!.endsWith(',base + first-amendment + road-agreement')).toBe(true);
  });

  it('refuses a broken chain with located diagnostics (exit 2)', () => {
    const tmp = tempFolder();
    try {
      cpSync(join(root, deal), tmp.dir, { recursive: true });
      const a1 = join(tmp.dir, 'amendment-2031.yaml');
      writeFileSync(a1, readFileSync(a1, 'utf8').replace('replace: copper-royalty', 'replace: gold-royalty'));
      const run = fairlode(['payout', '.', 'actuals'], { cwd: tmp.dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/amendment-2031\.yaml:\d+:\d+: error: .*gold-royalty/);
    } finally {
      tmp.remove();
    }
  });

  it('refuses actuals whose period straddles an amendment (exit 2, at the period line)', () => {
    const tmp = tempFolder();
    try {
      cpSync(join(root, deal), tmp.dir, { recursive: true });
      // The amendment moved to mid-2031: the year 2031 is half under each set of terms.
      for (const f of ['amendment-2031.yaml', 'road-side-agreement.yaml']) writeFileSync(join(tmp.dir, f), readFileSync(join(tmp.dir, f), 'utf8').replace('effective: 2031-01-01', 'effective: 2031-07-01'));
      const run = fairlode(['payout', '.', 'actuals/2031.yaml'], { cwd: tmp.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('actuals/2031.yaml:3:');
      expect(run.stderr).toContain('split these actuals at 2031-07-01');
    } finally {
      tmp.remove();
    }
  });
});

describe('fairlode track on a deal', () => {
  it('judges each obligation under the terms in force on its due date', () => {
    const run = fairlode(['track', deal, actuals, '-f', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.terms).toEqual([
      { instruments: ['base'] },
      { from: '2031-01-01', instruments: ['base', 'first-amendment', 'road-agreement'] },
    ]);
    // The community fund the first amendment adds is owed from FY2031, not for FY2026-FY2030, and
    // the side agreement's road is due at the end of 2032.
    expect(json.obligations.map((o: { id: string }) => o.id)).toEqual(['haul-road@2032-12-31', 'community-fund/FY2031']);
    expect(fairlode(['track', deal, actuals]).stdout.split('\n')[0]).toBe('Deal kanda-copper: each obligation under the terms in force on its due date: base; from 2031-01-01, base + first-amendment + road-agreement');
  });
});

describe('fairlode report on a deal', () => {
  it('lists the instruments, shows what the last one changed and computes each year under its terms', () => {
    const run = fairlode(['report', deal, '--actuals', actuals]);
    expect(run.status, run.stderr).toBe(0);
    const html = run.stdout;
    expect(html).toContain('<h2 id="instruments-h">Instruments</h2>');
    expect(html).toContain('<td><code>first-amendment</code></td><td>amendment</td>');
    expect(html).toContain('<td>changed</td><td>royalty on copper (§7.1)</td><td>5% of gross revenue → incremental bands 4%–10% of gross revenue</td>');
    expect(html).toContain('4,200,000');
    expect(html).not.toContain('community-fund/FY2026');
  });

  it('refuses a plan for a deal (exit 2)', () => {
    const run = fairlode(['report', deal, '--plan', 'examples/plans/chagai-partnership.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--plan applies to a contract, not to a deal');
  });
});
