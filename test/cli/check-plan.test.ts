// `fairlode check --plan`: the F1 rules that read numbers judge the contract the plan names.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli', 'main.js');
function fairlode(args: string[]) {
  try {
    return { status: 0, stdout: execFileSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }), stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('check --plan', () => {
  it('rates government take, progressivity and the first dividend of the Chagai plan', () => {
    const r = fairlode(['check', 'examples/contracts/chagai-partnership.yaml', '--plan', 'examples/plans/chagai-partnership.yaml', '--beyond-term', 'extend', '-f', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { files: { findings: { ruleId?: string; message: string }[]; scorecard: { notApplicable?: string[] } }[] };
    const file = report.files[0]!;
    // The plan's 5% raw-export levy on gross value from 2031 takes a larger share of a small rent
    // than of a large one: over 0.7, 1 and 1.3 times the plan's prices the AETR falls.
    expect(file.findings.find((f) => f.ruleId === 'F1-PRG-001')?.message).toMatch(/^The state's share falls as prices rise: the AETR goes from \d+\.\d% to \d+\.\d% over the deck\.$/);
    // Government take at the plan's prices is 67.84% (docs/fiscal.md), above the 40% minimum.
    expect(file.findings.some((f) => f.ruleId === 'F1-GTK-001')).toBe(false);
    expect(file.scorecard.notApplicable ?? []).not.toContain('F1-GTK-001');
  });

  it('refuses, with exit 2, a plan for a contract that is not checked', () => {
    const r = fairlode(['check', 'examples/contracts/weak-extraction.yaml', '--plan', 'examples/plans/chagai-partnership.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is for contract "chagai-partnership", which is not among the contracts checked');
  });
});
