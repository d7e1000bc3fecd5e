import { describe, expect, it } from 'vitest';
import { checkExitCode } from '../../src/cli/exit-code.js';
import { progressOnStderr, useColor, type Terminal } from '../../src/cli/terminal.js';

// The pieces of the CLI that depend on the terminal, with a fake one: whether to colour, whether to
// draw progress, and the exit code.

function fake(env: NodeJS.ProcessEnv, tty: { stdout?: boolean; stderr?: boolean } = {}): Terminal & { errors: string[] } {
  const errors: string[] = [];
  return { env, stdoutIsTTY: tty.stdout ?? false, stderrIsTTY: tty.stderr ?? false, out: () => {}, err: (t) => errors.push(t), errors };
}

describe('colour', () => {
  it('follows the flag, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(useColor(undefined, fake({}, { stdout: true }))).toBe(true);
    expect(useColor(undefined, fake({}, { stdout: false }))).toBe(false);
    expect(useColor(undefined, fake({ TERM: 'dumb' }, { stdout: true }))).toBe(false);
    expect(useColor(undefined, fake({ NO_COLOR: '1' }, { stdout: true }))).toBe(false);
    expect(useColor(undefined, fake({ NO_COLOR: '' }, { stdout: true }))).toBe(true); // empty means unset (no-color.org)
    expect(useColor(undefined, fake({ FORCE_COLOR: '1', NO_COLOR: '1' }))).toBe(true);
    expect(useColor(undefined, fake({ FORCE_COLOR: '0' }, { stdout: true }))).toBe(false);
    expect(useColor(false, fake({ FORCE_COLOR: '1' }))).toBe(false);
    expect(useColor(true, fake({ NO_COLOR: '1' }))).toBe(true);
  });
});

describe('progress', () => {
  const clock = () => {
    let t = 0;
    return () => (t += 1000);
  };
  it('is drawn on stderr when it is a terminal outside CI, and cleared at the end', () => {
    const term = fake({}, { stderr: true });
    const p = progressOnStderr(3, term, true, clock());
    p.tick();
    p.tick();
    p.tick();
    p.done();
    expect(term.errors).toEqual(['\r\u001b[Kchecking 1/3 files', '\r\u001b[Kchecking 2/3 files', '\r\u001b[Kchecking 3/3 files', '\r\u001b[K']);
  });
  it('is never drawn in CI, into a pipe, when turned off, or for one file', () => {
    for (const [env, tty, enabled, total] of [
      [{ CI: 'true' }, true, true, 10],
      [{ GITHUB_ACTIONS: 'true' }, true, true, 10],
      [{ GITLAB_CI: 'true' }, true, true, 10],
      [{}, false, true, 10],
      [{}, true, false, 10],
      [{}, true, true, 1],
    ] as const) {
      const term = fake(env, { stderr: tty });
      const p = progressOnStderr(total, term, enabled, clock());
      p.tick();
      p.done();
      expect(term.errors).toEqual([]);
    }
  });
  it('is redrawn at most every 100 ms', () => {
    const term = fake({}, { stderr: true });
    let t = 0;
    const p = progressOnStderr(1000, term, true, () => (t += 10));
    for (let i = 0; i < 1000; i++) p.tick();
    expect(term.errors.length).toBeLessThan(120);
    expect(term.errors.at(-1)).toBe('\r\u001b[Kchecking 1000/1000 files');
  });
});

describe('exit code', () => {
  const summary = (errors: number, warnings: number, infos: number, unusableFiles = 0) => ({ files: 1, filesWithFindings: 1, unusableFiles, errors, warnings, infos, exemptions: 0, exempted: 0 });
  it('is 2 for an unusable file, 1 at the failing severity or over the warning limit, else 0', () => {
    const error = { failSeverity: 'error' as const, maxWarnings: undefined };
    expect(checkExitCode(summary(0, 0, 0), error)).toBe(0);
    expect(checkExitCode(summary(0, 5, 5), error)).toBe(0);
    expect(checkExitCode(summary(1, 0, 0), error)).toBe(1);
    expect(checkExitCode(summary(1, 0, 0, 1), error)).toBe(2);
    expect(checkExitCode(summary(0, 1, 0), { failSeverity: 'warning', maxWarnings: undefined })).toBe(1);
    expect(checkExitCode(summary(0, 0, 1), { failSeverity: 'warning', maxWarnings: undefined })).toBe(0);
    expect(checkExitCode(summary(0, 0, 1), { failSeverity: 'info', maxWarnings: undefined })).toBe(1);
    expect(checkExitCode(summary(0, 3, 0), { failSeverity: 'error', maxWarnings: 3 })).toBe(0);
    expect(checkExitCode(summary(0, 4, 0), { failSeverity: 'error', maxWarnings: 3 })).toBe(1);
  });
});
