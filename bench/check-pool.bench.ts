// `fairlode check` of many contracts against its floor, in this process and on the worker pool
// (issue 17). The floor is reading the same files and parsing them with the project's YAML parser
// (parseSource), nothing else, in one process. Each CLI run is a fresh `node dist/cli/main.js check
// … -f json -o` (after `npm run build`); the floor, the single-threaded check and the pooled check
// are interleaved in each round, so the machine's load (given at the start and the end) slows them
// alike. CHECK_POOL_FILES (default 1000) files from bench/contract-corpus.ts; CHECK_POOL_RUNS
// rounds (default 3), medians.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { contractCorpus } from './contract-corpus.js';
import { median } from './measure.js';

const FILES = Number(process.env.CHECK_POOL_FILES ?? 1000);
const RUNS = Number(process.env.CHECK_POOL_RUNS ?? 3);
const root = join(import.meta.dirname, '..');
const dir = join(root, 'bench', '.work', 'check-pool');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'contracts'), { recursive: true });
contractCorpus(FILES).forEach((text, i) => writeFileSync(join(dir, 'contracts', `c-${String(i).padStart(4, '0')}.yaml`), text));
const loadBefore = loadavg();

/** Wall time of a fresh process reading and parsing every file: the floor. */
function floor(): number {
  const script = `import { readFileSync, readdirSync } from 'node:fs'; import { join } from 'node:path';
const { parseSource } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const d = ${JSON.stringify(join(dir, 'contracts'))}; let n = 0;
for (const f of readdirSync(d).sort()) { const r = parseSource(readFileSync(join(d, f), 'utf8'), { filename: f }); if (r.ok) n++; }
if (n === 0) process.exit(3);`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`floor run failed: ${r.stderr}`);
  return performance.now() - t;
}

function check(concurrency: number, out: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'check', 'contracts', '--concurrency', String(concurrency), '-f', 'json', '-o', out], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return performance.now() - t;
}

const floors: number[] = [];
const ones: number[] = [];
const twos: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floors.push(floor());
  ones.push(check(1, 'one.json'));
  twos.push(check(2, 'two.json'));
}
const same = readFileSync(join(dir, 'one.json'), 'utf8') === readFileSync(join(dir, 'two.json'), 'utf8');
const f = median(floors);
console.log(`${FILES} contracts, ${RUNS} interleaved rounds, medians; ${availableParallelism()} cores; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
console.log(`read + parseSource (floor), one process  ${f.toFixed(0).padStart(7)} ms  ${floors.map((x) => x.toFixed(0)).join(', ')}`);
console.log(`check --concurrency 1 (this process)    ${median(ones).toFixed(0).padStart(7)} ms  ${(median(ones) / f).toFixed(2)}× floor  ${ones.map((x) => x.toFixed(0)).join(', ')}`);
console.log(`check --concurrency 2 (two workers)     ${median(twos).toFixed(0).padStart(7)} ms  ${(median(twos) / f).toFixed(2)}× floor  ${twos.map((x) => x.toFixed(0)).join(', ')}`);
console.log(`JSON reports identical: ${same}; files in the report: ${(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')) as { files: unknown[] }).files.length}`);
rmSync(dir, { recursive: true, force: true });
