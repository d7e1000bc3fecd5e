import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CheckJson } from 'fairlode';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

// Each test builds a small repository: contracts/ with the weak example (findings under every
// principle) and the compliant one, and a config somewhere above the working folder.
let repo: { dir: string; remove: () => void };
beforeEach(() => {
  repo = tempFolder();
  mkdirSync(join(repo.dir, 'contracts', 'legacy'), { recursive: true });
  mkdirSync(join(repo.dir, 'deep', 'er'), { recursive: true });
  cpSync(join(root, 'examples/contracts/weak-extraction.yaml'), join(repo.dir, 'contracts', 'legacy', 'weak.yaml'));
  cpSync(join(root, 'examples/contracts/chagai-partnership.yaml'), join(repo.dir, 'contracts', 'chagai.yaml'));
});
afterEach(() => repo.remove());

const write = (name: string, text: string) => writeFileSync(join(repo.dir, name), text);
const check = (args: string[], cwd = repo.dir) => fairlode(['check', ...args], { cwd });
const report = (args: string[], cwd = repo.dir) => JSON.parse(check([...args, '-f', 'json'], cwd).stdout) as CheckJson;

describe('config discovery', () => {
  it('finds fairlode.config.yaml in the folder or above it, and reads its contracts globs from its own folder', () => {
    write('fairlode.config.yaml', 'contracts: [contracts/**/*.yaml]\n');
    const fromRoot = report([]);
    expect(fromRoot.files.map((f) => f.file)).toEqual(['contracts/chagai.yaml', 'contracts/legacy/weak.yaml']);
    // From a folder below, the same contracts (outside the working folder, so shown in full).
    const fromBelow = report([], join(repo.dir, 'deep', 'er'));
    expect(fromBelow.files.map((f) => f.file.slice(f.file.indexOf('/contracts/')))).toEqual(['/contracts/chagai.yaml', '/contracts/legacy/weak.yaml']);
  });

  it('reads fairlode.config.json too, and --config overrides discovery', () => {
    write('fairlode.config.json', JSON.stringify({ contracts: ['contracts/chagai.yaml'] }));
    expect(report([]).files.map((f) => f.file)).toEqual(['contracts/chagai.yaml']);
    write('other.yaml', 'contracts: [contracts/legacy/*.yaml]\n');
    expect(report(['--config', 'other.yaml']).files.map((f) => f.file)).toEqual(['contracts/legacy/weak.yaml']);
  });

  it('takes the profile and the failure policy from the config, and the command line over it', () => {
    write('fairlode.config.yaml', 'profile: strict\noutput:\n  failSeverity: warning\n');
    const strict = report(['contracts/legacy/weak.yaml']);
    expect(strict.files[0]!.scorecard?.profile).toBe('strict');
    expect(report(['contracts/legacy/weak.yaml', '--profile', 'recommended']).files[0]!.scorecard?.profile).toBe('recommended');
    // failSeverity warning: the weak contract's warnings alone would fail it; the compliant one passes.
    expect(check(['contracts/chagai.yaml', '--profile', 'recommended']).status).toBe(0);
    expect(check(['contracts/chagai.yaml', '--profile', 'recommended', '--fail-severity', 'error']).status).toBe(0);
  });

  it('writes the formats the config lists', () => {
    write('fairlode.config.yaml', 'contracts: [contracts/*.yaml]\noutput:\n  formats:\n    - stylish\n    - { format: sarif, file: reports/fairlode.sarif }\n');
    const run = check([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('level 100');
    expect(JSON.parse(readFileSync(join(repo.dir, 'reports', 'fairlode.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('overrides by file glob', () => {
  it('apply rule settings to the contracts they match only', () => {
    const base = report(['contracts/legacy/weak.yaml']).files[0]!.findings;
    const ghg = base.filter((f) => f.ruleId === 'P2-GHG-001');
    expect(ghg.length).toBeGreaterThan(0);
    write('fairlode.config.yaml', 'overrides:\n  - files: [contracts/legacy/*.yaml]\n    rules:\n      P2-GHG-001: off\n      G2-SUB-001: error\n');
    const overridden = report(['contracts/legacy/weak.yaml']).files[0]!;
    expect(overridden.findings.filter((f) => f.ruleId === 'P2-GHG-001')).toEqual([]);
    expect(overridden.findings.filter((f) => f.ruleId === 'G2-SUB-001').every((f) => f.severity === 'error')).toBe(true);
    expect(overridden.scorecard?.profile).toBe('recommended-with-overrides');
    // The compliant contract is not matched and keeps the plain profile.
    expect(report(['contracts/chagai.yaml']).files[0]!.scorecard?.profile).toBe('recommended');
  });
});

describe('a bad config is exit 2 with each problem at its line', () => {
  it('an unknown key, with a did-you-mean', () => {
    write('fairlode.config.yaml', 'profile: recommended\ncontract: [contracts/*.yaml]\n');
    const run = check(['contracts/chagai.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fairlode: the config file fairlode\.config\.yaml has a problem\n {2}fairlode\.config\.yaml:2:1: error: .*contract.*\(did you mean "contracts"\?\) \[config\/unknown-key\]\n$/);
  });

  it('an unknown rule in an override, located in the config', () => {
    write('fairlode.config.yaml', 'overrides:\n  - files: [contracts/*.yaml]\n    rules:\n      P2-GHG-01: off\n');
    const run = check(['contracts/chagai.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fairlode.config.yaml:4:7: error:');
    expect(run.stderr).toContain('did you mean "P2-GHG-001"?');
  });

  it('an unknown profile, a wrong type, YAML that does not parse, a missing --config', () => {
    write('fairlode.config.yaml', 'profile: recomended\n');
    expect(check(['contracts/chagai.yaml']).stderr).toContain('fairlode.config.yaml:1:10: error: "recomended" is not a known profile. (did you mean "recommended"?)');
    write('fairlode.config.yaml', 'output:\n  maxWarnings: lots\n');
    expect(check(['contracts/chagai.yaml']).stderr).toContain('fairlode.config.yaml:2:16: error:');
    write('fairlode.config.yaml', 'profile: [recommended\n');
    const broken = check(['contracts/chagai.yaml']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('fairlode.config.yaml:1:');
    const missing = check(['--config', 'nope.yaml']);
    expect([missing.status, missing.stderr]).toEqual([2, 'fairlode: the config file nope.yaml does not exist\n']);
  });
});
