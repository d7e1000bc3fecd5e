import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifErrors } from '../format/sarif-schema.js';
import { cli, ensureBuilt, root, tempFolder } from './run-cli.js';

// docs/ci.md promises that its commands run in this test suite against the example contracts.
// Every line of it that starts with `npx fairlode` is run as written (with `npx fairlode` meaning
// the built CLI) in a folder whose contracts/ is a copy of examples/contracts, and so is the
// pre-commit hook, in a git repository with the contracts staged.

const doc = readFileSync(join(root, 'docs', 'ci.md'), 'utf8');
const commands = [...new Set(doc.split('\n').map((l) => l.trim().replace(/^- /, '').replace(/^run: /, '')).filter((l) => l.startsWith('npx fairlode check ')))];
const fairlodeBin = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(k)));

let repo: { dir: string; remove: () => void };
beforeAll(() => {
  ensureBuilt();
  repo = tempFolder('fairlode-ci-');
  cpSync(join(root, 'examples', 'contracts'), join(repo.dir, 'contracts'), { recursive: true });
});
afterAll(() => repo.remove());

const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: repo.dir, encoding: 'utf8', env });

describe('docs/ci.md', () => {
  it('has the commands for GitHub Actions, GitLab CI and local runs', () => {
    expect(commands).toEqual([
      'npx fairlode check contracts -f github -f sarif -o fairlode.sarif',
      'npx fairlode check contracts -f github',
      'npx fairlode check contracts -f stylish -f junit -o fairlode-junit.xml',
      'npx fairlode check contracts',
    ]);
  });

  for (const command of commands) {
    it(`runs: ${command}`, () => {
      const run = sh(command.replace(/^npx fairlode/, fairlodeBin));
      // The weak example contract breaks rules at error: the build would fail, as documented.
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toBe('');
      if (command.includes('-f github')) expect(run.stdout).toContain('::group::contracts/weak-extraction.yaml');
      if (command.includes('fairlode.sarif')) expect(sarifErrors(JSON.parse(readFileSync(join(repo.dir, 'fairlode.sarif'), 'utf8')))).toEqual([]);
      if (command.includes('fairlode-junit.xml')) {
        const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(repo.dir, 'fairlode-junit.xml'), 'utf8'));
        expect(xml.testsuites.testsuite.map((s: { name: string }) => s.name)).toEqual(['contracts/chagai-partnership.yaml', 'contracts/reko-diq-style.yaml', 'contracts/weak-extraction.yaml']);
      }
    });
  }

  it('has a pre-commit hook that checks the staged contracts only', () => {
    const hook = /```sh\n(#!\/bin\/sh\n# \.git\/hooks\/pre-commit[\s\S]*?)```/.exec(doc)?.[1];
    expect(hook).toBeDefined();
    // npx fairlode → the built CLI, through a shim on the PATH, so the hook runs as written.
    const bin = join(repo.dir, '.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = fairlode ] && shift && exec ${fairlodeBin} "$@"\nexit 127\n`);
    chmodSync(join(bin, 'npx'), 0o755);
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo.dir, encoding: 'utf8' });
    git('init', '-q');
    const hookPath = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hookPath, hook!);
    chmodSync(hookPath, 0o755);
    const pathEnv = { ...env, PATH: `${bin}:${env.PATH}` };
    // A compliant contract staged: the commit goes through.
    git('add', 'contracts/chagai-partnership.yaml');
    const good = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'good'], { cwd: repo.dir, encoding: 'utf8', env: pathEnv });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    // The weak one staged: blocked, with its findings shown.
    git('add', 'contracts/weak-extraction.yaml');
    const bad = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'bad'], { cwd: repo.dir, encoding: 'utf8', env: pathEnv });
    expect(bad.status).toBe(1);
    // git sends a hook's output to stderr.
    expect(bad.stderr).toContain('contracts/weak-extraction.yaml');
    expect(bad.stderr).not.toContain('reko-diq-style');
    expect(existsSync(hookPath)).toBe(true);
  });
});
