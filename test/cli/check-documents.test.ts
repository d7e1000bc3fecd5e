import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckJson } from 'fairlode';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

const files = (args: string[], cwd = root) => (JSON.parse(fairlode(['check', ...args, '-f', 'json'], { cwd }).stdout) as CheckJson).files.map((f) => f.file);

describe('check <folder> finds the contracts that check with no path finds', () => {
  it('leaves out the actuals, plans and outputs of a folder, as with no path', () => {
    // examples/ holds 3 contracts, 10 actuals files (chagai 4, reko-diq 3, weak 3), a plan and
    // scenarios, three real deals (6 whole-contract instruments, 3 manifests, an amendment, plans) and an
    // illustrative deal of two ring-fenced projects (2 base contracts, a manifest, an amendment, actuals).
    const contracts = ['contracts/chagai-partnership.yaml', 'contracts/reko-diq-style.yaml', 'contracts/weak-extraction.yaml', 'deals/cobre-panama/1997-law-9-contract.yaml', 'deals/cobre-panama/2023-law-406-contract.yaml', 'deals/reko-diq/1993-chejva.yaml', 'deals/reko-diq/2022-definitive-agreements.yaml', 'deals/sicomines/2008-convention.yaml', 'deals/sicomines/2024-fifth-amendment.yaml', 'projects/lakeside-copper/north/base.yaml', 'projects/lakeside-copper/south/base.yaml'];
    expect(files([], join(root, 'examples'))).toEqual(contracts);
    expect(files(['examples'])).toEqual(contracts.map((c) => `examples/${c}`));
    expect(files(['examples/**/*.yaml'])).toEqual(contracts.map((c) => `examples/${c}`));
  });

  it('leaves out the JSON that fairlode itself wrote into the folder', () => {
    const t = tempFolder();
    try {
      mkdirSync(join(t.dir, 'deal'));
      cpSync(join(root, 'examples/contracts/chagai-partnership.yaml'), join(t.dir, 'deal', 'contract.yaml'));
      cpSync(join(root, 'examples/actuals/chagai-partnership'), join(t.dir, 'deal', 'actuals'), { recursive: true });
      expect(fairlode(['check', 'deal', '-f', 'json', '-o', 'deal/check.json'], { cwd: t.dir }).status).toBe(0);
      expect(fairlode(['payout', 'deal/contract.yaml', 'deal/actuals', '-f', 'json', '-o', 'deal/payouts.json'], { cwd: t.dir }).status).toBe(0);
      const run = fairlode(['check', 'deal'], { cwd: t.dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('in 0 of 1 file;');
    } finally {
      t.remove();
    }
  });
});

describe('a named file that is not a contract', () => {
  const named = (file: string) => {
    const run = fairlode(['check', file, '-f', 'json']);
    const report = JSON.parse(run.stdout) as CheckJson;
    return { status: run.status, files: report.files.map((f) => [f.file, f.status, f.findings.map((d) => `${d.ruleId}: ${d.message}`)]) };
  };

  it('says an actuals file is one, and which command reads it (exit 2)', () => {
    expect(named('examples/actuals/chagai-partnership/2027-Q1.yaml')).toEqual({
      status: 2,
      files: [
        [
          'examples/actuals/chagai-partnership/2027-Q1.yaml',
          'unusable',
          ['file/not-a-contract: This is a period actuals file (2027-Q1 of the contract chagai-partnership), not a contract: read it with `fairlode payout <contract> <actuals>` (or track, eiti, explain, report --actuals).'],
        ],
      ],
    });
  });

  it('says a plan is one, and which commands read it (exit 2)', () => {
    expect(named('examples/plans/chagai-partnership.yaml').files[0]![2]).toEqual([
      'file/not-a-contract: This is a life-of-mine plan (for the contract chagai-partnership), not a contract: read it with `fairlode analyse <contract> <plan>` or `fairlode report <contract> --plan <plan>`.',
    ]);
  });

  it('says a fairlode JSON output is one, and still checks the contract named beside it', () => {
    const t = tempFolder();
    try {
      cpSync(join(root, 'examples/contracts/chagai-partnership.yaml'), join(t.dir, 'contract.yaml'));
      writeFileSync(join(t.dir, 'check.json'), fairlode(['check', 'contract.yaml', '-f', 'json'], { cwd: t.dir }).stdout);
      const run = fairlode(['check', 'check.json', 'contract.yaml', '-f', 'json'], { cwd: t.dir });
      expect(run.status).toBe(2);
      const report = JSON.parse(run.stdout) as CheckJson;
      expect(report.files.map((f) => [f.file, f.status, f.findings[0]?.message])).toEqual([
        ['check.json', 'unusable', 'This is the JSON output of `fairlode check`, not a contract: it is a report, not an input; check the contracts it names.'],
        ['contract.yaml', 'checked', undefined],
      ]);
    } finally {
      t.remove();
    }
  });

  it('still reports a named broken contract as a contract', () => {
    // No version key, but nothing else it could be: the loader says what is missing.
    const report = named('test/fixtures/invalid/missing-format-version.yaml');
    expect(report.status).toBe(1);
    expect(report.files[0]![1]).toBe('invalid');
  });
});
