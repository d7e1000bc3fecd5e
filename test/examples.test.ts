import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every runnable example in examples/ is executed as a user would run it (with tsx). Where an
// expected-output file exists beside it (examples/expected/<name>.txt), the output must match exactly.
const root = join(import.meta.dirname, '..');
const dir = join(root, 'examples');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const examples = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();

describe('examples', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  for (const file of examples) {
    it(`examples/${file} runs`, () => {
      const out = execFileSync(tsx, [join(dir, file)], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(out.length).toBeGreaterThan(0);
      const expected = join(dir, 'expected', file.replace(/\.ts$/, '.txt'));
      if (existsSync(expected)) expect(out).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
