import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from 'fairlode';
import { ensureBuilt, fairlode, tempFolder } from '../cli/run-cli.js';

beforeAll(ensureBuilt);

const deal = 'test/fixtures/deals/copper-chain';

describe('fairlode consolidate', () => {
  it('writes the contract in force, which loads, with the instrument that set each clause', () => {
    const tmp = tempFolder();
    try {
      const out = join(tmp.dir, 'kanda-2031.yaml');
      const run = fairlode(['consolidate', deal, '--as-of', '2031-01-01', '-o', out]);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      const text = readFileSync(out, 'utf8');
      const loaded = loadContract(text, { filename: 'kanda-2031.yaml' });
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(loaded.value.contract.term.years).toBe(30);
      expect(text).toContain('# set by side agreement "road-agreement" (effective 2031-01-01), Clause 1\n  - id: "haul-road"');
    } finally {
      tmp.remove();
    }
  });

  it('accepts the manifest itself, and writes JSON with the provenance', () => {
    const run = fairlode(['consolidate', `${deal}/deal.yaml`, '--as-of', '2030-06-30', '-f', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { instruments: { id: string }[]; clauses: { id: string; setBy: string }[] };
    expect(json.instruments.map((i) => i.id)).toEqual(['base']);
    expect(json.clauses).toEqual([expect.objectContaining({ id: 'copper-royalty', setBy: 'base' })]);
  });

  it('refuses a date before the base with exit 2 and the line of the base\'s date', () => {
    const run = fairlode(['consolidate', deal, '--as-of', '2020-01-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('test/fixtures/deals/copper-chain/base.yaml:8:12: error: Nothing is in force on 2020-01-01');
  });

  it('refuses to write over an instrument of the deal', () => {
    const run = fairlode(['consolidate', deal, '--as-of', '2031-01-01', '-o', `${deal}/base.yaml`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('an instrument of the deal');
  });
});
