import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

describe('check on worker threads', () => {
  it('writes the same bytes in every format in this process and on two or three workers', () => {
    // 45 contracts (15 copies of each example, so several batches of 20 go to each worker) and the
    // broken fixtures: findings, scorecards, exemptions and unusable files all cross the thread boundary.
    const t = tempFolder();
    try {
      const dir = join(t.dir, 'contracts');
      mkdirSync(dir);
      const examples = readdirSync(join(root, 'examples', 'contracts')).filter((f) => f.endsWith('.yaml'));
      for (let i = 0; i < 15; i++) for (const f of examples) copyFileSync(join(root, 'examples', 'contracts', f), join(dir, `${String(i).padStart(2, '0')}-${f}`));
      for (const f of readdirSync(join(root, 'test', 'fixtures', 'invalid'))) copyFileSync(join(root, 'test', 'fixtures', 'invalid', f), join(dir, f));
      const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];
      const run = (out: string, concurrency: string) => {
        mkdirSync(join(t.dir, out));
        const args = ['check', 'contracts', ...dirFiles(dir), '--concurrency', concurrency];
        for (const f of formats) args.push('-f', f, '-o', join(out, `out.${f}`));
        return fairlode(args, { cwd: t.dir });
      };
      const one = run('one', '1');
      expect(one.stderr).toBe('');
      for (const [out, n] of [['two', '2'], ['three', '3']] as const) {
        const r = run(out, n);
        expect(r.status, n).toBe(one.status);
        expect(r.stderr, n).toBe('');
        for (const f of formats) expect(readFileSync(join(t.dir, out, `out.${f}`), 'utf8'), `${f} on ${n} workers`).toBe(readFileSync(join(t.dir, 'one', `out.${f}`), 'utf8'));
      }
      const json = JSON.parse(readFileSync(join(t.dir, 'one', 'out.json'), 'utf8')) as { files: { status: string }[] };
      expect(json.files.filter((f) => f.status === 'checked').length).toBeGreaterThanOrEqual(45);
      expect(json.files.some((f) => f.status !== 'checked')).toBe(true);
    } finally {
      t.remove();
    }
  }, 240_000);

  it('refuses a bad profile before any worker starts, as in this process: one line, exit 2', () => {
    const t = tempFolder();
    try {
      const dir = join(t.dir, 'contracts');
      mkdirSync(dir);
      for (let i = 0; i < 3; i++) copyFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), join(dir, `${i}.yaml`));
      const one = fairlode(['check', 'contracts', '--profile', 'no-such-profile', '--concurrency', '1'], { cwd: t.dir });
      const two = fairlode(['check', 'contracts', '--profile', 'no-such-profile', '--concurrency', '2'], { cwd: t.dir });
      expect(one.status).toBe(2);
      expect(two).toEqual(one);
    } finally {
      t.remove();
    }
  }, 120_000);
});

/** The fixtures named one by one, so a broken file that does not look like a contract is still checked. */
function dirFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => !/^\d\d-/.test(f)).map((f) => `contracts/${f}`);
}
