// Issue #13: in GitHub Actions the runner reads workflow commands (`::error …`, `::stop-commands::`)
// from any line of stdout and stderr. A contract's file name or text must never start such a line.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, root, tempFolder } from '../cli/run-cli.js';

const FORGED = '\n::stop-commands::tok\n::error file=app.ts,line=1::forged\n';

/** Lines that the runner would take for a command no fairlode formatter wrote. */
function forgedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::stop-commands') || l.startsWith('::error file=app.ts'));
}

describe('the CLI in GitHub Actions', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => {
    ensureBuilt();
    ({ dir, remove } = tempFolder());
    copyFileSync(join(root, 'examples/contracts/weak-extraction.yaml'), join(dir, `weak${FORGED}.yaml`));
  });
  afterAll(() => remove());

  it('check prints a hostile file name on its own line, escaped, in stylish and annotations', () => {
    const run = fairlode(['check', dir], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.status).toBe(1);
    expect(forgedLines(run.stdout)).toEqual([]);
    expect(forgedLines(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('weak\\n::stop-commands::tok\\n::error file=app.ts,line=1::forged\\n.yaml');
  });

  it('an error message naming a hostile file stays on one line', () => {
    const bad = join(dir, `bad${FORGED}.yaml`);
    writeFileSync(bad, 'fairlode: 1\nid: [unclosed\n');
    const run = fairlode(['payout', bad, bad]);
    expect(run.status).toBe(2);
    expect(forgedLines(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('::stop-commands::tok\\n');
  });
});
