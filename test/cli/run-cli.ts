import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI is tested as users run it: the built bundle, in a child process. `npm test` builds first;
// a lone `vitest run test/cli` builds if dist/ is missing.

/** The repository root. */
export const root = join(import.meta.dirname, '..', '..');
/** The built CLI. */
export const cli = join(root, 'dist', 'cli', 'main.js');

/** Builds the package once if the CLI bundle is missing. */
export function ensureBuilt(): void {
  if (existsSync(cli)) return;
  const r = spawnSync('npx', ['tsup'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** What a run of the CLI printed and returned. */
export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

// A clean environment: no colour forcing, no CI markers, so that each test sets what it needs.
const baseEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TERM'].includes(k)),
);

/** Runs `fairlode <args>` in `cwd` (the repository root by default). */
export function fairlode(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env: { ...baseEnv, ...options.env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempFolder(prefix = 'fairlode-cli-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
