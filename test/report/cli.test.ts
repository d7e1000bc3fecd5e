import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, tempFolder } from '../cli/run-cli.js';

describe('fairlode report (the built CLI)', () => {
  beforeAll(() => ensureBuilt());

  it('writes the report of an example with actuals and a plan, byte-identical across runs', () => {
    const t = tempFolder();
    try {
      const args = (out: string) => ['report', 'examples/contracts/chagai-partnership.yaml', '--actuals', 'examples/actuals/chagai-partnership', '--plan', 'examples/plans/chagai-partnership.yaml', '--date', '2026-11-28', '--out', out];
      const a = fairlode(args(join(t.dir, 'a.html')));
      expect(a.status, a.stderr).toBe(0);
      const html = readFileSync(join(t.dir, 'a.html'), 'utf8');
      for (const id of ['ownership', 'principles', 'revenue', 'sensitivity', 'obligations']) expect(html).toContain(`data-chart="${id}"`);
      expect(fairlode(args(join(t.dir, 'b.html'))).status).toBe(0);
      expect(readFileSync(join(t.dir, 'b.html'), 'utf8')).toBe(html);
    } finally {
      t.remove();
    }
  });

  it('judges obligations as of 9999-12-31 without an internal error (issue #13)', () => {
    // Before: "fairlode: internal error: The resulting date is outside the years 0001 to 9999."
    const r = fairlode(['report', 'examples/contracts/chagai-partnership.yaml', '--actuals', 'examples/actuals/chagai-partnership', '--as-of', '9999-12-31']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Obligations as of 9999-12-31');
    const t = fairlode(['track', 'examples/contracts/chagai-partnership.yaml', 'examples/actuals/chagai-partnership', '--as-of', '9999-12-31']);
    expect(t.status, t.stderr).toBe(0);
    expect(t.stderr).not.toContain('internal error');
  });

  it('has help with an example, listed with the other commands', () => {
    expect(fairlode(['--help']).stdout).toContain('  report');
    const help = fairlode(['report', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: fairlode report');
    expect(help.stdout).toMatch(/\nExamples:\n {2}\$ fairlode report /);
  });

  it('writes to stdout without --out, and exits 2 on a contract it cannot use', () => {
    const r = fairlode(['report', 'examples/contracts/weak-extraction.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    const t = tempFolder();
    try {
      const bad = fairlode(['report', 'no-such-contract.yaml', '--out', join(t.dir, 'x.html')]);
      expect(bad.status).toBe(2);
      expect(existsSync(join(t.dir, 'x.html'))).toBe(false);
      expect(fairlode(['report', 'examples/contracts/weak-extraction.yaml', '--date', 'soon']).status).toBe(2);
    } finally {
      t.remove();
    }
  });
});
