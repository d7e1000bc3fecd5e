import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode } from '../cli/run-cli.js';

beforeAll(ensureBuilt);

const deal = 'test/fixtures/deals/copper-chain';

describe('fairlode diff', () => {
  it('compares a deal before and after its last instrument by default, with payouts', () => {
    const run = fairlode(['diff', deal, '--actuals', `${deal}/actuals`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${deal} on 2030-12-31 → ${deal} on 2031-01-01\n`);
    expect(run.stdout).toContain('  changed  royalty on copper (§7.1): 5% of gross revenue → incremental bands 4%–10% of gross revenue\n');
    // 2031: the trust receives 1% of 90,000,000 = 900,000 under the amendment, nothing before.
    expect(run.stdout).toMatch(/2031 +trust +0\.00 USD +900,000\.00 USD +900,000\.00 USD\n/);
  });

  it('takes instrument ids for --before and --after, and writes JSON', () => {
    const run = fairlode(['diff', deal, '--before', 'base', '--after', 'first-amendment', '-f', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { before: { label: string }; terms: { clause: string | null; kind: string }[] };
    expect(json.before.label).toBe(`${deal} on 2026-01-01`);
    expect(json.terms.map((t) => `${t.kind} ${t.clause ?? ''}`)).toEqual(['changed copper-royalty', 'added community-fund', 'added haul-road', 'changed ']);
  });

  it('finds nothing between a contract and itself', () => {
    const run = fairlode(['diff', 'examples/contracts/weak-extraction.yaml', 'examples/contracts/weak-extraction.yaml', '--actuals', 'examples/actuals/weak-extraction', '-f', 'markdown']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('No changes: the terms, the verdict and the payouts are the same.');
  });

  it('refuses an unknown instrument and a contract file with --before, with exit 2', () => {
    const unknown = fairlode(['diff', deal, '--before', 'second-amendment']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--before must be a date written YYYY-MM-DD or the id of an instrument of the deal (base, first-amendment, road-agreement)');
    const file = fairlode(['diff', 'examples/contracts/weak-extraction.yaml', 'examples/contracts/weak-extraction.yaml', '--before', '2027-01-01']);
    expect(file.status).toBe(2);
  });
});
