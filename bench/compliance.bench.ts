// Checking contracts for compliance end to end: load (parse with positions, validate, convert,
// integrity), run the 59 rules of the recommended profile, place every finding and score the
// principles and reforms. Target (issue 6): 1,000 realistic contracts in one process in under 1.5 s.
//
// The corpus is 1,000 deterministic variants of the three bundled example contracts (about 200
// lines each on average), built as bench/load.bench.ts builds its corpus: titles and money amounts
// vary so no two files are the same text. A third of them are the weak contract, so the corpus
// produces many findings (about 40 per file on average) and exercises the placement of findings,
// not only the happy path.
import { cpus, loadavg } from 'node:os';
import { checkContract, resolveProfile } from '../src/compliance/index.js';
import { loadContract } from '../src/contract/index.js';
import { contractCorpus } from './contract-corpus.js';
import { median, ms, sample } from './measure.js';

const FILES = 1000;
const RUNS = 9;

const corpus = contractCorpus(FILES);
const lines = corpus.reduce((n, t) => n + t.split('\n').length, 0) / FILES;

const resolved = resolveProfile('recommended');
if (!resolved.ok) throw new Error('the recommended profile does not resolve');
const profile = resolved.value;

/** Loads, checks and scores one file; returns the number of findings. */
function checkFile(text: string, i: number): number {
  const loaded = loadContract(text, { filename: `contracts/c${i}.yaml` });
  if (!loaded.ok) throw new Error(`corpus file ${i} does not load: the benchmark would measure the error path`);
  return checkContract(loaded.value, { profile }).findings.length;
}

// On a shared machine wall time includes time spent waiting for a core, so each pass also
// records this process's CPU time (all its threads: the garbage collector's included).
function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

// The first pass in a fresh process, JIT cold: what a CLI run over 1,000 files pays.
let findings = 0;
const cold = timed(() => corpus.forEach((t, i) => (findings += checkFile(t, i))));

// Then repeated passes: the median total, and the median time of one file over the last pass.
const warm = Array.from({ length: RUNS }, () => timed(() => corpus.forEach((t, i) => checkFile(t, i))));
const passes = warm.map((p) => p.wall);
const warmCpu = median(warm.map((p) => p.cpu));
const perFile: number[] = [];
corpus.forEach((t, i) => {
  const s = performance.now();
  checkFile(t, i);
  perFile.push(performance.now() - s);
});

// The compliance step alone (contracts already loaded), to separate it from loading.
const loaded = corpus.map((t, i) => {
  const r = loadContract(t, { filename: `contracts/c${i}.yaml` });
  if (!r.ok) throw new Error(`corpus file ${i} does not load`);
  return r.value;
});
const checkOnly = median(sample(() => loaded.forEach((l) => checkContract(l, { profile })), RUNS, 1));
const loadOnly = median(sample(() => corpus.forEach((t, i) => loadContract(t, { filename: `contracts/c${i}.yaml` })), RUNS, 1));

const total = median(passes);
console.log(`corpus: ${FILES} files, ${lines.toFixed(0)} lines per file on average, ${(findings / FILES).toFixed(1)} findings per file; ${RUNS} warm passes`);
console.log(`load average at the end: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
console.log(`load + check + score, first pass (cold)   ${ms(cold.wall)} wall, ${ms(cold.cpu)} CPU`);
console.log(`load + check + score, warm (median pass)  ${ms(total)} wall, ${ms(warmCpu)} CPU, ${ms(median(perFile))} per file (median wall)`);
console.log(`target < 1.5 s total (cold pass, wall): ${cold.wall < 1500 ? 'met' : 'MISSED'}; on CPU time: ${cold.cpu < 1500 ? 'met' : 'MISSED'}`);
console.log(`  of which loading (median pass)          ${ms(loadOnly)} total`);
console.log(`  of which check + score (median pass)    ${ms(checkOnly)} total, ${ms(checkOnly / FILES)} per file`);
