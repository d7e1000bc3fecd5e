import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractJsonSchema, VERSION, type CheckJson, type PayoutJson } from 'fairlode';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

const contract = 'examples/contracts/chagai-partnership.yaml';
const actuals = 'examples/actuals/chagai-partnership';

describe('--version and --help', () => {
  it('prints the version', () => {
    expect(fairlode(['--version'])).toEqual({ stdout: `${VERSION}\n`, stderr: '', status: 0 });
    expect(fairlode(['-v']).stdout).toBe(`${VERSION}\n`);
  });

  it('has help with examples for the program and every command', () => {
    const top = fairlode(['--help']);
    expect(top.status).toBe(0);
    for (const command of ['check', 'payout', 'explain', 'analyse', 'schema', 'rules', 'init']) {
      expect(top.stdout).toContain(`  ${command}`);
      const help = fairlode([command, '--help']);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toContain(`Usage: fairlode ${command}`);
      expect(help.stdout, command).toMatch(/\nExamples:\n {2}\$ fairlode /);
      expect(fairlode(['help', command]).stdout).toBe(help.stdout);
    }
    // No arguments at all: the help, not an error.
    expect(fairlode([])).toMatchObject({ status: 0, stdout: top.stdout });
  });
});

describe('payout', () => {
  it('prints the statements as a text table by default', () => {
    const run = fairlode(['payout', contract, actuals]);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^Payout statement: chagai-partnership, 2027-Q\d/gm)).toHaveLength(4);
  });

  it('prints the documented JSON shape, amounts as strings', () => {
    const run = fairlode(['payout', contract, `${actuals}/2027-Q2.yaml`, `${actuals}/2027-Q1.yaml`, '-f', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PayoutJson;
    // Periods in period order, whatever order the files were named in.
    expect(json.statements.map((s) => s.period)).toEqual(['2027-Q1', '2027-Q2']);
    const s = json.statements[0]!;
    expect(s).toMatchObject({ period: '2027-Q1', currency: 'USD', balanced: true });
    expect(Object.keys(s.lines[0]!)).toEqual(['id', 'clause', 'ref', 'from', 'to', 'amount', 'currency', 'kind']);
    const royalty = s.lines.find((l) => l.id === 'copper-royalty')!;
    expect(royalty).toMatchObject({ clause: 'copper-royalty', ref: '§9.1', from: 'company', to: 'gob', amount: '6667000.00', currency: 'USD', kind: 'royalty' });
    for (const amount of Object.values(s.totals)) expect(amount).toMatch(/^-?\d+\.\d{2}$/);
    expect(s.lines[0]!.trace).toBeUndefined();
    expect((JSON.parse(fairlode(['payout', contract, actuals, '-f', 'json', '--traces']).stdout) as PayoutJson).statements[0]!.lines[0]!.trace).toBeDefined();
  });

  it('writes markdown and CSV, to a file with --output', () => {
    const t = tempFolder();
    try {
      expect(fairlode(['payout', contract, actuals, '-f', 'csv', '-o', join(t.dir, 'p.csv')]).status).toBe(0);
      expect(readFileSync(join(t.dir, 'p.csv'), 'utf8').split('\n')[0]).toContain('period');
      expect(fairlode(['payout', contract, actuals, '-f', 'markdown']).stdout).toContain('|');
    } finally {
      t.remove();
    }
  });

  it('exits 2 with every problem located when an actuals file cannot be used, after reading them all', () => {
    const run = fairlode(['payout', contract, 'examples/actuals/weak-extraction/2027-Q1.yaml', `${actuals}/2027-Q1.yaml`, 'missing.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fairlode: 2 of 3 actuals files cannot be used\n/);
    expect(run.stderr).toContain('examples/actuals/weak-extraction/2027-Q1.yaml:2:11: error:');
    expect(run.stderr).toContain('missing.yaml: error: The file missing.yaml does not exist.');
  });

  it('exits 2 when the contract is invalid', () => {
    const run = fairlode(['payout', 'test/fixtures/invalid/json-unknown-key-typo.json', `${actuals}/2027-Q1.yaml`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('test/fixtures/invalid/json-unknown-key-typo.json:62:9: error:');
  });
});

describe('explain', () => {
  it('prints the trace of one line of the last period, or of --period', () => {
    const run = fairlode(['explain', contract, actuals, '--line', 'copper-royalty']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^copper-royalty: company → gob \d+\.\d{2} USD \(royalty, copper-royalty, §9\.1\)$/);
    const q1 = fairlode(['explain', contract, actuals, '--line', 'copper-royalty', '--period', '2027-Q1']);
    expect(q1.stdout.split('\n')[0]).toBe('copper-royalty: company → gob 6667000.00 USD (royalty, copper-royalty, §9.1)');
    const json = JSON.parse(fairlode(['explain', contract, actuals, '--line', 'copper-royalty', '--period', '2027-Q1', '-f', 'json']).stdout);
    expect(json).toMatchObject({ period: '2027-Q1', line: { id: 'copper-royalty', amount: '6667000.00' } });
    expect(json.line.trace.label).toBeDefined();
  });

  it('suggests the line meant, with exit 2', () => {
    const run = fairlode(['explain', contract, actuals, '--line', 'coper-royalty']);
    expect(run.status).toBe(2);
    // The example's actuals start in 2027-Q1, mid-way through FY2027 (July to June): that warning first.
    const lines = run.stderr.split('\n');
    expect(lines.filter((l) => l !== '' && !l.includes('[payout/fiscal-year-incomplete]'))).toEqual(['fairlode: The statement for 2027-Q4 has no line "coper-royalty". (did you mean "copper-royalty"?)']);
    expect(fairlode(['explain', contract, actuals]).status).toBe(2); // --line is required
  });
});

describe('schema, rules, init', () => {
  it('schema prints the contract JSON Schema the package ships', () => {
    const run = fairlode(['schema']);
    expect(JSON.parse(run.stdout)).toEqual(contractJsonSchema());
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(root, 'schema', 'contract.schema.json'), 'utf8')));
    expect(JSON.parse(fairlode(['schema', '--of', 'actuals']).stdout).$id).toContain('actuals');
  });

  it('rules lists every rule with principle, severity, criticality and docs link', () => {
    const json = JSON.parse(fairlode(['rules', '-f', 'json']).stdout);
    expect(json.profile).toBe('recommended');
    expect(json.rules.length).toBeGreaterThan(40);
    for (const r of json.rules) {
      expect(r.id).toMatch(/^(P[1-5]|G[1-3]|F1)-[A-Z]{2,4}-\d{3}$/);
      expect(r.docsUrl).toBe(`docs/rules/${r.id}.md`);
    }
    const strict = JSON.parse(fairlode(['rules', '--profile', 'strict', '-f', 'json']).stdout);
    expect(strict.profile).toBe('strict');
    const text = fairlode(['rules']).stdout;
    expect(text).toMatch(/^Rules of the profile "recommended"/);
    expect(text).toContain('\nP1 Joint exploration and mapping\n');
    expect(fairlode(['rules', '-f', 'markdown']).stdout).toContain('| Rule | Principle | Severity | Critical | Title |');
  });

  it('init writes a starter contract and config that pass check (exit 0), and never overwrites', () => {
    const t = tempFolder();
    try {
      const init = fairlode(['init'], { cwd: t.dir });
      expect(init.status).toBe(0);
      expect(init.stdout).toContain('wrote fairlode.config.yaml\nwrote contracts/starter-contract.yaml\n');
      // The help's own example, `fairlode init && fairlode check`, must pass: 0 findings at any severity.
      const check = fairlode(['check', '-f', 'json'], { cwd: t.dir });
      const report = JSON.parse(check.stdout) as CheckJson;
      expect(report.files.map((f) => [f.file, f.status, f.scorecard?.level])).toEqual([['contracts/starter-contract.yaml', 'checked', 'level-100']]);
      expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
      expect(check.status).toBe(0);
      const before = readFileSync(join(t.dir, 'contracts', 'starter-contract.yaml'), 'utf8');
      const again = fairlode(['init'], { cwd: t.dir });
      expect(again.status).toBe(2);
      expect(again.stderr).toBe('fairlode: fairlode.config.yaml and contracts/starter-contract.yaml already exist here; nothing was written (init never replaces or shadows a file: remove them first)\n');
      expect(readFileSync(join(t.dir, 'contracts', 'starter-contract.yaml'), 'utf8')).toBe(before);
    } finally {
      t.remove();
    }
  });
});

describe('analyse', () => {
  const plan = 'examples/plans/chagai-partnership.yaml';
  it('prints the fiscal metrics of the plan, and the metrics by name as JSON', () => {
    const run = fairlode(['analyse', contract, plan, '--beyond-term', 'extend']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Fiscal analysis: chagai-partnership, plan chagai-life-of-mine, plan prices\n/);
    expect(run.stdout).toContain('Government take, undiscounted');
    expect(run.stderr).toContain('[fiscal/term-extended]');
    const json = JSON.parse(fairlode(['analyse', contract, plan, '--beyond-term', 'extend', '-f', 'json', '--discount', '8%']).stdout);
    expect(json.metrics.governmentTake.value).toMatch(/^0\.\d+$/);
    expect(typeof json.metrics.project.npv).toBe('string');
    expect(json.conventions.discountRate).toBe('0.08');
  });

  it('analyses a price deck with --prices', () => {
    const run = fairlode(['analyse', contract, plan, '--beyond-term', 'extend', '--prices', 'copper=5000,8000,11000 USD/t']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Price deck: chagai-partnership, plan chagai-life-of-mine, 3 scenarios\n/);
    expect(run.stdout).toContain('copper 11000 USD/t');
  });

  it('exits 2 with the located reason when the plan runs past the term, or an option is bad', () => {
    const run = fairlode(['analyse', contract, plan]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fairlode: the analysis cannot be made\n  examples/plans/chagai-partnership.yaml:46:15: error:');
    expect(run.stderr).toContain('--beyond-term extend');
    expect(fairlode(['analyse', contract, plan, '--discount', 'lots']).stderr).toBe('fairlode: --discount must be a rate such as 10%, not "lots"\n');
    expect(fairlode(['analyse', contract, plan, '--prices', 'copper=5000,8000']).status).toBe(2);
  });
});
