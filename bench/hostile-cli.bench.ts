// Hostile paths (issue 13, "Stalls"): how long the file loaders take to refuse a path that is not a
// regular file or is over the size limit, against reading a file just under the limit. Before the
// loaders looked at a path first, `/dev/zero` was read until memory ran out (623 MB before the size
// check) and a huge file was read whole; now each is refused from its `stat`, in constant time.
// Run alone with `npx tsx bench/hostile-cli.bench.ts`; RUNS=n sets the repeats (default 50).
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCE_LIMITS } from '../src/document/limits.js';
import { readTextFile } from '../src/node/text-files.js';
import { median, ms } from './measure.js';

const runs = Number(process.env.RUNS ?? 50);
const dir = mkdtempSync(join(tmpdir(), 'fairlode-hostile-'));

async function time(label: string, path: string, expectOk: boolean): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const r = await readTextFile(path, label);
    const t = performance.now() - t0;
    if (r.ok !== expectOk) throw new Error(`${label}: expected ${expectOk ? 'a text' : 'a refusal'}, got ${JSON.stringify(r.ok ? 'text' : r.diagnostics)}`);
    if (i >= 2) times.push(t);
  }
  console.log(`${label.padEnd(42)} ${ms(median(times)).padStart(10)}  (${expectOk ? 'read' : 'refused'}, median of ${runs})`);
}

try {
  const limit = DEFAULT_SOURCE_LIMITS.maxBytes;
  const underLimit = join(dir, 'under-limit.yaml');
  writeFileSync(underLimit, `# ${'x'.repeat(limit - 10)}\n`);
  const huge = join(dir, 'huge.yaml');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 6 * 1024 ** 3); // sparse: 6 GiB on paper, no disk used
  closeSync(fd);
  await time(`a file just under the limit (${limit} B)`, underLimit, true);
  // The baseline: Node's own readFile of the same file, with no checks, for what looking first costs.
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await readFile(underLimit, 'utf8');
    baseline.push(performance.now() - t0);
  }
  console.log(`${'  the same with fs.readFile (no checks)'.padEnd(42)} ${ms(median(baseline)).padStart(10)}`);
  await time('a 6 GiB file (sparse)', huge, false);
  if (existsSync('/dev/zero')) await time('/dev/zero', '/dev/zero', false);
  await time('a folder', dir, false);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
