import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computePayouts, computeProjectPayouts, loadActuals, loadContract, loadProjectActuals, loadProjectDeal, parseDealManifest, type ProjectDeal } from 'fairlode';
import { ensureBuilt, fairlode, root } from '../cli/run-cli.js';

// The illustrative two-project deal of examples/projects/lakeside-copper (not a real deal):
// two project companies, each taxed at 30% on its own, losses carried forward 10 years, no capital.
const folder = join(root, 'examples', 'projects', 'lakeside-copper');
const read = (name: string) => readFileSync(join(folder, name), 'utf8');

function deal(): ProjectDeal {
  const manifest = parseDealManifest(read('deal.yaml'), 'deal.yaml');
  if (!manifest.ok) throw new Error(manifest.diagnostics[0]!.message);
  const files = ['north/base.yaml', 'south/base.yaml', 'south/amendment-2031.yaml'].map((name) => ({ name, text: read(name) }));
  const loaded = loadProjectDeal(files, { manifest: manifest.value });
  if (!loaded.ok) throw new Error(loaded.diagnostics[0]!.message);
  return loaded.value;
}

function actuals(d: ProjectDeal) {
  return readdirSync(join(folder, 'actuals')).sort().map((name) => {
    const a = loadProjectActuals(d, read(`actuals/${name}`), { filename: `actuals/${name}` });
    if (!a.ok) throw new Error(a.diagnostics[0]!.message);
    return a.value;
  });
}

const net = (totals: readonly { party: string; net: { amount: { toFixed(n: number): string } } }[], party: string) => totals.find((t) => t.party === party)?.net.amount.toFixed(2);

describe('ring-fenced projects', () => {
  it("taxes each project on its own: the north pit's loss does not reduce the south mill's tax", () => {
    const d = deal();
    const run = computeProjectPayouts(d, actuals(d));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    // 2030. North: 10,000 t × 8,000 = 80,000,000 revenue − 100,000,000 costs = −20,000,000: no tax,
    //   the owner funds the loss by a cash call, and 20,000,000 is carried forward in the north pit.
    // South: 5,000 t × 8,000 = 40,000,000 − 10,000,000 = 30,000,000 taxable; 30% = 9,000,000.
    // 2031. North: 80,000,000 − 50,000,000 = 30,000,000, less its own 20,000,000 loss = 10,000,000;
    //   30% = 3,000,000. South, under its 2031 amendment: royalty 5% × 40,000,000 = 2,000,000;
    //   taxable 40,000,000 − 10,000,000 − 2,000,000 = 28,000,000; 30% = 8,400,000.
    const [y2030, y2031] = run.value.combined;
    expect(y2030!.totals.find((t) => t.party === 'ministry')!.byProject.map((p) => [p.project, p.net.amount.toFixed(2)])).toEqual([['north-pit', '0.00'], ['south-mill', '9000000.00']]);
    expect(net(y2030!.totals, 'ministry')).toBe('9000000.00');
    expect(net(y2030!.totals, 'north-co')).toBe('-20000000.00');
    expect(net(y2031!.totals, 'ministry')).toBe('13400000.00'); // 3,000,000 + 2,000,000 + 8,400,000
    const north = run.value.projects.find((p) => p.id === 'north-pit')!.run;
    expect(north.statements[0]!.balances.lossesCarriedForward.amount.toFixed(2)).toBe('20000000.00');
    expect(run.value.projects.find((p) => p.id === 'south-mill')!.run.terms.map((t) => t.instruments)).toEqual([['south-base'], ['south-base', 'south-royalty-2031']]);

    // Without ring-fencing, one company with both mines would pay 30% × (120,000,000 − 110,000,000)
    // = 3,000,000 in 2030: ring-fencing is worth 6,000,000 to the state that year.
    const pooled = loadContract(read('north/base.yaml'), { filename: 'north/base.yaml' });
    if (!pooled.ok) throw new Error('fixture');
    const both = loadActuals('contract: lakeside-north\nperiod: "2030"\nsales:\n  - { commodity: copper, quantity: "15000 t", price: "8000 USD/t" }\ncosts: { operating: "110000000 USD", capital: "0 USD" }\n', { contract: pooled.value });
    if (!both.ok) throw new Error('fixture');
    const one = computePayouts(pooled.value, [both.value]);
    expect(one.ok && net(one.value.statements[0]!.totals, 'ministry')).toBe('3000000.00');
  });

  it('gives combined nets that are the exact sums of the projects\' nets, every period', () => {
    const d = deal();
    const run = computeProjectPayouts(d, actuals(d));
    if (!run.ok) throw new Error('fixture');
    for (const s of run.value.combined) {
      expect(s.balanced).toBe(true);
      for (const t of s.totals) expect(t.byProject.reduce((sum, p) => sum.plus(p.net.amount), t.net.amount.minus(t.net.amount)).eq(t.net.amount)).toBe(true);
      const projects = run.value.projects.flatMap((p) => p.run.statements.filter((x) => x.period.start === s.period.start).flatMap((x) => x.totals));
      const sumProjects = projects.reduce((sum, t) => sum.plus(t.net.amount), s.totals[0]!.net.amount.minus(s.totals[0]!.net.amount));
      const sumCombined = s.totals.reduce((sum, t) => sum.plus(t.net.amount), s.totals[0]!.net.amount.minus(s.totals[0]!.net.amount));
      expect(sumCombined.eq(sumProjects)).toBe(true);
    }
  });

  it('refuses actuals that name no project, at their contract line', () => {
    const d = deal();
    const a = loadProjectActuals(d, 'contract: east-shaft\nperiod: "2030"\nsales: []\n', { filename: 'east.yaml' });
    expect(a.ok).toBe(false);
    expect(a.diagnostics[0]).toMatchObject({ code: 'deal/unknown-project', file: 'east.yaml', range: { start: { line: 1 } }, hint: 'name one of its projects: north-pit, south-mill' });
  });

  it('refuses two projects with one id, naming both places', () => {
    const text = read('deal.yaml').replace('id: south-mill', 'id: north-pit');
    const manifest = parseDealManifest(text, 'deal.yaml');
    if (!manifest.ok) throw new Error('fixture');
    const loaded = loadProjectDeal(['north/base.yaml', 'south/base.yaml', 'south/amendment-2031.yaml'].map((name) => ({ name, text: read(name) })), { manifest: manifest.value });
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'deal/duplicate-project', range: { start: { line: 12 } }, related: [{ range: { start: { line: 7 } } }] });
  });
});

describe('fairlode payout and track on a deal with projects', () => {
  beforeAll(ensureBuilt);
  const dir = 'examples/projects/lakeside-copper';

  it('prints each project and the combined statement per party', () => {
    const run = fairlode(['payout', dir, `${dir}/actuals`, '-f', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.projects.map((p: { project: string }) => p.project)).toEqual(['north-pit', 'south-mill']);
    expect(json.combined[0].totals.find((t: { party: string }) => t.party === 'ministry')).toEqual({ party: 'ministry', net: '9000000.00', currency: 'USD', byProject: { 'north-pit': '0.00', 'south-mill': '9000000.00' } });
    const csv = fairlode(['payout', dir, `${dir}/actuals`, '-f', 'csv']).stdout.split('\n');
    expect(csv).toContain('2031,2031-01-01,2031-12-31,ministry,,13400000.00,USD');
  });

  it('tracks each project against its own actuals; consolidate refuses a deal of projects (exit 2)', () => {
    const run = fairlode(['track', dir, `${dir}/actuals`, '-f', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).projects.map((p: { deal: string; periods: string[] }) => [p.deal, p.periods])).toEqual([['north-pit', ['2030', '2031']], ['south-mill', ['2030', '2031']]]);
    const c = fairlode(['consolidate', dir, '--as-of', '2031-01-01']);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('deal.yaml:7:3: error: The deal "lakeside-copper" has ring-fenced projects');
  });
});
