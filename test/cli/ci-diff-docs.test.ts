import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, root, tempFolder } from './run-cli.js';

// docs/ci.md shows two jobs that post `fairlode diff` as a pull-request comment (GitHub Actions) and
// a merge-request note (GitLab CI). Their scripts are taken from the page as written and run here,
// in a git repository whose contracts/ is a copy of examples/contracts with the Chagai gold royalty
// raised from 5% to 6% against the base branch, so the page cannot drift from what fairlode does.

const doc = readFileSync(join(root, 'docs', 'ci.md'), 'utf8');
const fairlodeBin = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'CI', 'GITLAB_CI'].includes(k)));

/** A block of the page: the lines after `start`, up to the line matching `end`, dedented. */
function block(start: string, end: RegExp): string {
  const lines = doc.split('\n');
  const from = lines.findIndex((l) => l.includes(start));
  expect(from, `docs/ci.md has "${start}"`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(from + 1);
  const body = rest.slice(0, rest.findIndex((l) => end.test(l)));
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return body.map((l) => l.slice(indent)).join('\n');
}

let repo: { dir: string; remove: () => void };
let pathEnv: NodeJS.ProcessEnv;
beforeAll(() => {
  ensureBuilt();
  repo = tempFolder('fairlode-ci-diff-');
  cpSync(join(root, 'examples', 'contracts'), join(repo.dir, 'contracts'), { recursive: true });
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo.dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', 'contracts');
  git('commit', '-q', '-m', 'base');
  // The base branch as CI fetches it: origin/main.
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  const file = join(repo.dir, 'contracts', 'chagai-partnership.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('      payee: gob\n      rate: "5%"', '      payee: gob\n      rate: "6%"'));
  // npx fairlode → the built CLI, through a shim on the PATH, so the scripts run as written.
  const bin = join(repo.dir, '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = fairlode ] && shift && exec ${fairlodeBin} "$@"\nexit 127\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  mkdirSync(join(repo.dir, 'tmp'));
  pathEnv = { ...env, PATH: `${bin}:${env.PATH}`, RUNNER_TEMP: join(repo.dir, 'tmp') };
});
afterAll(() => repo.remove());

function expectGoldRoyaltyDiff(): void {
  const md = readFileSync(join(repo.dir, 'diff.md'), 'utf8');
  // Only the changed contract is diffed, and the comment names the change in words.
  expect(md).toContain('contracts/chagai-partnership.yaml');
  expect(md).not.toContain('weak-extraction');
  expect(md).toMatch(/royalty on gold[^\n]*5% of net smelter return → 6% of net smelter return/);
}

describe('docs/ci.md: the diff comment jobs', () => {
  it('runs the fairlode diff command the page shows in each job', () => {
    const commands = doc.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('npx fairlode diff '));
    expect(commands).toEqual(['npx fairlode diff "$RUNNER_TEMP/base.yaml" "$f" -f markdown >> diff.md', 'npx fairlode diff /tmp/base.yaml "$f" -f markdown >> diff.md']);
  });

  it('GitHub Actions: the diff step writes the comment for the changed contract', () => {
    const script = block('- name: Diff each changed contract against the base branch', /^\s+- name: Comment/).replace(/^run: \|\n/, '').replace('${{ github.base_ref }}', 'main');
    rmSync(join(repo.dir, 'diff.md'), { force: true });
    const run = spawnSync('sh', ['-ec', script], { cwd: repo.dir, encoding: 'utf8', env: pathEnv });
    expect(run.status, run.stderr).toBe(0);
    expectGoldRoyaltyDiff();
  });

  it('GitLab CI: the script writes the note for the changed contract', () => {
    const script = block('git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"', /^\s+- >/).replace(/^- \|\n/, '').replace(/\/tmp\/base\.yaml/g, '"$RUNNER_TEMP/base.yaml"');
    rmSync(join(repo.dir, 'diff.md'), { force: true });
    const run = spawnSync('sh', ['-ec', script], { cwd: repo.dir, encoding: 'utf8', env: { ...pathEnv, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' } });
    expect(run.status, run.stderr).toBe(0);
    expectGoldRoyaltyDiff();
  });
});
