// `fairlode check` of many contracts against its floor, in this process and on the worker pool
// (issue 17). The floor is reading the same files and parsing them with the project's YAML parser
// (parseSource), nothing else, in one process. Each CLI run is a fresh `node dist/cli/main.js check
// … -f json -o` (after `npm run build`); the floor, the single-threaded check and the pooled check
// are interleaved in each round, so the machine's load (given at the start and the end) slows them
// alike (--concurrency 2: the command's thread and one worker). Each process runs under /usr/bin/time: wall time, CPU time (user + system, all threads) and
// peak resident memory; on a loaded machine the CPU time is the steadier figure. CHECK_POOL_FILES (default 1000) files from bench/contract-corpus.ts; CHECK_POOL_RUNS
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

/** Wall time, CPU time (user + system, every thread) and peak resident memory of one process. */
interface Usage { wall: number; cpu: number; rss: number }

/** Runs `node args` under /usr/bin/time -f, which reports what the process used. */
function timed(args: string[], cwd: string, ok: (status: number | null) => boolean): Usage {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'USAGE %U %S %M', process.execPath, ...args], { cwd, encoding: 'utf8' });
  const wall = performance.now() - t;
  if (!ok(r.status)) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const m = /USAGE ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no usage in: ${r.stderr}`);
  return { wall, cpu: (Number(m[1]) + Number(m[2])) * 1000, rss: Number(m[3]) / 1024 };
}

/** A fresh process reading and parsing every file: the floor. */
function floor(): Usage {
  const script = `import { readFileSync, readdirSync } from 'node:fs'; import { join } from 'node:path';
const { parseSource } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const d = ${JSON.stringify(join(dir, 'contracts'))}; let n = 0;
for (const f of readdirSync(d).sort()) { const r = parseSource(readFileSync(join(d, f), 'utf8'), { filename: f }); if (r.ok) n++; }
if (n === 0) process.exit(3);`;
  return timed(['--input-type=module', '-e', script], dir, (s) => s === 0);
}

function check(concurrency: number, out: string): Usage {
  return timed([join(root, 'dist', 'cli', 'main.js'), 'check', 'contracts', '--concurrency', String(concurrency), '-f', 'json', '-o', out], dir, (s) => s === 0 || s === 1);
}

const floors: Usage[] = [];
const ones: Usage[] = [];
const twos: Usage[] = [];
for (let i = 0; i < RUNS; i++) {
  floors.push(floor());
  ones.push(check(1, 'one.json'));
  twos.push(check(2, 'two.json'));
}
const same = readFileSync(join(dir, 'one.json'), 'utf8') === readFileSync(join(dir, 'two.json'), 'utf8');
const row = (label: string, runs: Usage[]) => {
  const wall = median(runs.map((u) => u.wall));
  const cpu = median(runs.map((u) => u.cpu));
  const rss = median(runs.map((u) => u.rss));
  const vs = runs === floors ? '' : `  ${(wall / median(floors.map((u) => u.wall))).toFixed(2)}× floor wall, ${(cpu / median(floors.map((u) => u.cpu))).toFixed(2)}× floor CPU`;
  console.log(`${label.padEnd(42)} wall ${wall.toFixed(0).padStart(6)} ms  CPU ${cpu.toFixed(0).padStart(6)} ms  peak RSS ${rss.toFixed(0).padStart(4)} MiB${vs}  (walls ${runs.map((u) => u.wall.toFixed(0)).join(', ')})`);
};
console.log(`${FILES} contracts, ${RUNS} interleaved rounds, medians; ${availableParallelism()} cores; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
row('read + parseSource (floor), one process', floors);
row('check --concurrency 1 (this process)', ones);
row('check --concurrency 2 (this thread + a worker)', twos);
console.log(`JSON reports identical: ${same}; files in the report: ${(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')) as { files: unknown[] }).files.length}`);
rmSync(dir, { recursive: true, force: true });
