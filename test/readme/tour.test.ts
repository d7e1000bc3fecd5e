// The README's terminal tour runs as written: every `npx fairlode …` line, in a copy of the
// examples, exits as the README says (0, or the exit code its comment names) and writes what it
// promises. A tour command pointing at a path that does not exist fails here.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, root, tempFolder } from '../cli/run-cli.js';

/** Splits one shell line into words: plain words and double-quoted strings, as the tour writes them. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The tour's commands: each line of the "From the terminal" block, without its trailing comment. */
function tourCommands(): { line: string; args: string[]; exit: number }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### From the terminal'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .filter((l) => l.startsWith('npx fairlode '))
    .map((l) => {
      const [command = '', comment = ''] = l.split(/\s+#\s/, 2);
      return { line: command.trim(), args: shellWords(command).slice(2), exit: Number(/\(exit (\d)/.exec(comment)?.[1] ?? 0) };
    });
}

describe('the README tour', () => {
  const tmp = tempFolder('fairlode-tour-');
  beforeAll(() => {
    ensureBuilt();
    cpSync(join(root, 'examples'), join(tmp.dir, 'examples'), { recursive: true });
  });
  afterAll(() => tmp.remove());

  const commands = tourCommands();
  it('has the eight commands of the tour', () => {
    expect(commands.map((c) => c.args[0])).toEqual(['check', 'check', 'payout', 'explain', 'analyse', 'track', 'eiti', 'report']);
  });

  it.each(commands.map((c) => [c.line, c] as const))('%s', (_line, c) => {
    const run = fairlode(c.args, { cwd: tmp.dir });
    expect({ status: run.status, stderr: run.status === c.exit ? '' : run.stderr }).toEqual({ status: c.exit, stderr: '' });
    const out = c.args[c.args.findIndex((a) => a === '-o' || a === '--out') + 1];
    if (c.args.includes('-o') || c.args.includes('--out')) expect(existsSync(join(tmp.dir, out ?? ''))).toBe(true);
    else expect(run.stdout.length).toBeGreaterThan(100);
  });
});
