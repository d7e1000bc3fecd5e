import { spawn } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

// Each test works on copies in a temporary folder: contract.yaml, actuals/2027-Q1…Q4.yaml, plan.yaml.
let t: { dir: string; remove: () => void };
const read = (name: string) => readFileSync(join(t.dir, name), 'utf8');
const run = (args: string[]) => fairlode(args, { cwd: t.dir });

beforeEach(() => {
  t = tempFolder();
  cpSync(join(root, 'examples/contracts/chagai-partnership.yaml'), join(t.dir, 'contract.yaml'));
  cpSync(join(root, 'examples/actuals/chagai-partnership'), join(t.dir, 'actuals'), { recursive: true });
  cpSync(join(root, 'examples/plans/chagai-partnership.yaml'), join(t.dir, 'plan.yaml'));
});
afterEach(() => t.remove());

/** Runs a command that must refuse its output: exit 2, one line naming the input, every file as it was. */
function expectRefused(args: string[], input: RegExp): void {
  const before = ['contract.yaml', 'plan.yaml', ...readdirSync(join(t.dir, 'actuals')).map((f) => `actuals/${f}`)].map((f) => [f, read(f)]);
  const r = run(args);
  expect(r.status, r.stderr).toBe(2);
  // One line (after any warnings about the inputs), no stack trace.
  expect(r.stderr).toMatch(/(^|\n)fairlode: refusing to write [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(input);
  expect(r.stdout).toBe('');
  for (const [f, text] of before) expect(read(f!), f).toBe(text);
}

describe('an output never replaces an input', () => {
  it('refuses the contract as the output of report, payout, track, eiti, check and analyse', () => {
    const contractIsInput = /it is the contract contract\.yaml, an input of this command/;
    expectRefused(['report', 'contract.yaml', '--out', 'contract.yaml'], contractIsInput);
    expectRefused(['payout', 'contract.yaml', 'actuals', '-o', 'contract.yaml'], contractIsInput);
    expectRefused(['track', 'contract.yaml', 'actuals', '-o', 'contract.yaml'], contractIsInput);
    expectRefused(['eiti', 'contract.yaml', 'actuals', '--year', 'FY2027', '-o', 'contract.yaml'], contractIsInput);
    expectRefused(['check', 'contract.yaml', '-f', 'json', '-o', 'contract.yaml'], contractIsInput);
    expectRefused(['analyse', 'contract.yaml', 'plan.yaml', '--beyond-term', 'extend', '-o', 'contract.yaml'], contractIsInput);
  });

  it('refuses an actuals file of a folder, the plan, and the files of reconcile', () => {
    expectRefused(['payout', 'contract.yaml', 'actuals', '-o', 'actuals/2027-Q3.yaml'], /it is the actuals file actuals\/2027-Q3\.yaml/);
    expectRefused(['report', 'contract.yaml', '--actuals', 'actuals', '--plan', 'plan.yaml', '--out', 'plan.yaml'], /it is the plan plan\.yaml/);
    expectRefused(['analyse', 'contract.yaml', 'plan.yaml', '--beyond-term', 'extend', '-o', 'plan.yaml'], /it is the plan plan\.yaml/);
    writeFileSync(join(t.dir, 'company.csv'), 'x\n');
    const reconcile = run(['reconcile', 'company.csv', 'company.csv', '-o', 'company.csv']);
    expect(reconcile.status).toBe(2);
    expect(read('company.csv')).toBe('x\n');
  });

  it('sees through a symlink, a hard link and a path with ..', () => {
    symlinkSync('contract.yaml', join(t.dir, 'link.yaml'));
    linkSync(join(t.dir, 'actuals', '2027-Q1.yaml'), join(t.dir, 'hard.yaml'));
    mkdirSync(join(t.dir, 'out'));
    expectRefused(['payout', 'contract.yaml', 'actuals', '-o', 'link.yaml'], /refusing to write link\.yaml: it is the contract contract\.yaml/);
    expectRefused(['track', 'contract.yaml', 'actuals', '-o', 'hard.yaml'], /refusing to write hard\.yaml: it is the actuals file actuals\/2027-Q1\.yaml/);
    expectRefused(['payout', 'contract.yaml', 'actuals', '-o', 'out/../contract.yaml'], /it is the contract contract\.yaml/);
    // The link is still a link to the contract.
    expect(read('link.yaml')).toBe(read('contract.yaml'));
  });

  it('check writes no output at all when one of them is an input', () => {
    expectRefused(['check', 'contract.yaml', '-f', 'sarif', '-o', 'first.sarif', '-f', 'json', '-o', 'contract.yaml'], /contract\.yaml: it is the contract/);
    expect(existsSync(join(t.dir, 'first.sarif'))).toBe(false);
    // The config and a profile file are inputs too.
    writeFileSync(join(t.dir, 'fairlode.config.yaml'), 'profile: recommended\n');
    expectRefused(['check', 'contract.yaml', '-f', 'json', '-o', 'fairlode.config.yaml'], /it is the config file fairlode\.config\.yaml/);
  });
});

describe('outputs are written atomically', () => {
  it('replaces an existing output by a rename (a new file), keeping its mode and leaving no temporary file', () => {
    writeFileSync(join(t.dir, 'payouts.csv'), 'old\n');
    chmodSync(join(t.dir, 'payouts.csv'), 0o640);
    const inode = statSync(join(t.dir, 'payouts.csv')).ino;
    expect(run(['payout', 'contract.yaml', 'actuals', '-f', 'csv', '-o', 'payouts.csv']).status).toBe(0);
    const after = statSync(join(t.dir, 'payouts.csv'));
    // Written in place (the old way), a reader could see a truncated file; a rename swaps whole files.
    expect(after.ino).not.toBe(inode);
    expect(after.mode & 0o777).toBe(0o640);
    expect(read('payouts.csv')).toMatch(/^contract,period,/);
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a symlink to its target, keeping the link', () => {
    mkdirSync(join(t.dir, 'reports'));
    writeFileSync(join(t.dir, 'reports', 'latest.md'), 'old\n');
    symlinkSync('reports/latest.md', join(t.dir, 'latest.md'));
    expect(run(['payout', 'contract.yaml', 'actuals', '-f', 'markdown', '-o', 'latest.md']).status).toBe(0);
    expect(read('reports/latest.md')).toContain('chagai-partnership');
    expect(read('latest.md')).toBe(read('reports/latest.md'));
  });

  it('refuses a dangling symlink and a folder as the output, in one line', () => {
    symlinkSync('nowhere/x.html', join(t.dir, 'dangling.html'));
    mkdirSync(join(t.dir, 'folder'));
    const dangling = run(['report', 'contract.yaml', '--out', 'dangling.html']);
    expect([dangling.status, dangling.stderr]).toEqual([2, 'fairlode: refusing to write dangling.html: it is a symbolic link to a file that does not exist\n']);
    expect(existsSync(join(t.dir, 'nowhere'))).toBe(false);
    const folder = run(['schema', '-o', 'folder']);
    expect([folder.status, folder.stderr]).toEqual([2, 'fairlode: refusing to write folder: it is a folder\n']);
  });
});

describe('output paths from a config', () => {
  const config = (file: string) => writeFileSync(join(t.dir, 'repo', 'fairlode.config.yaml'), `contracts: [contract.yaml]\noutput:\n  formats:\n    - { format: json, file: ${JSON.stringify(file)} }\n`);
  beforeEach(() => {
    mkdirSync(join(t.dir, 'repo'));
    cpSync(join(t.dir, 'contract.yaml'), join(t.dir, 'repo', 'contract.yaml'));
  });

  it('refuses one that leaves the config folder, by .., by an absolute path or by a symlinked folder', () => {
    for (const file of ['../escaped.json', join(t.dir, 'escaped.json'), 'out/escaped.json']) {
      if (file.startsWith('out/')) symlinkSync(t.dir, join(t.dir, 'repo', 'out'));
      config(file);
      const r = fairlode(['check'], { cwd: join(t.dir, 'repo') });
      expect(r.status, file).toBe(2);
      expect(r.stderr).toBe(`fairlode: refusing to write ${file} from fairlode.config.yaml: an output file in a config must stay inside the config's folder; give it on the command line with -o to write there\n`);
      expect(existsSync(join(t.dir, 'escaped.json'))).toBe(false);
    }
  });

  it('writes one inside the config folder, and one outside when given on the command line', () => {
    config('reports/check.json');
    expect(fairlode(['check'], { cwd: join(t.dir, 'repo') }).status).toBe(0);
    expect(JSON.parse(read('repo/reports/check.json')).files).toHaveLength(1);
    expect(fairlode(['check', '-f', 'json', '-o', '../outside.json'], { cwd: join(t.dir, 'repo') }).status).toBe(0);
    expect(existsSync(join(t.dir, 'outside.json'))).toBe(true);
  });
});

describe('a closed or full stdout', () => {
  it('is one line on stderr and exit 2 when the reader has closed the pipe', async () => {
    const child = spawn(process.execPath, [cli, 'payout', 'contract.yaml', 'actuals'], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // as `| head -0` does: the reader is gone before anything is written
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(2);
    // The run's own warnings come first (these actuals start part-way through a fiscal year); the
    // failed write is then one line, and the last.
    expect(stderr.split('\n').filter((l) => l.startsWith('fairlode:'))).toEqual(['fairlode: cannot write to standard output (the reader closed the pipe); the output is incomplete']);
    expect(stderr.endsWith('fairlode: cannot write to standard output (the reader closed the pipe); the output is incomplete\n')).toBe(true);
  });

  it.skipIf(!existsSync('/dev/full'))('is one line on stderr and exit 2 when the device is full', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [cli, 'check', 'contract.yaml'], { cwd: t.dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('fairlode: cannot write to standard output (no space left on the device); the output is incomplete\n');
      const o = run(['schema', '-o', '/dev/full']);
      expect([o.status, o.stderr]).toEqual([2, 'fairlode: cannot write /dev/full (the disk is full); nothing was written\n']);
    } finally {
      closeSync(fd);
    }
  });
});

describe('init never replaces nor shadows', () => {
  it('writes nothing beside an existing fairlode.config.yml or .json', () => {
    for (const name of ['fairlode.config.yml', 'fairlode.config.json']) {
      const dir = join(t.dir, name);
      mkdirSync(dir);
      writeFileSync(join(dir, name), name.endsWith('json') ? '{}' : 'profile: strict\n');
      const r = fairlode(['init'], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([2, `fairlode: ${name} already exists here; nothing was written (init never replaces or shadows a file: remove it first)\n`]);
      expect(readdirSync(dir)).toEqual([name]);
    }
  });

  it('writes nothing through a symlink, dangling or not', () => {
    symlinkSync(join(t.dir, 'elsewhere.yaml'), join(t.dir, 'fairlode.config.yaml'));
    const dangling = run(['init']);
    expect(dangling.status).toBe(2);
    expect(existsSync(join(t.dir, 'elsewhere.yaml'))).toBe(false);
    writeFileSync(join(t.dir, 'elsewhere.yaml'), 'keep me\n');
    expect(run(['init']).status).toBe(2);
    expect(read('elsewhere.yaml')).toBe('keep me\n');
  });
});
