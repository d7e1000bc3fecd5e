// The CLI side by side with Stoplight Spectral (issue 7): 1,000 generated contracts linted by
// `spectral lint` with a comparable ruleset (bench/spectral/ruleset.yaml + the contract JSON
// Schema) and checked by `fairlode check`, in the same run, for wall time and peak memory (from
// /usr/bin/time -v); then start-up as a ratio to a bare `node -e 0`. Spectral runs twice: with the
// full ruleset (the JSONPath rules and the contract JSON Schema, the checks comparable to fairlode's
// schema validation and rules) and with the JSONPath rules only (a lighter job than fairlode's).
//
// Spectral is not a dependency of fairlode: it is installed here, at run time, into
// bench/.work/spectral (git-ignored) from bench/spectral/package.json. Needs `npm run build` first
// (`npm run bench` does it). Run alone with `npx tsx bench/cli.bench.ts`; RUNS=n sets fairlode's
// repeats (default 3) and SPECTRAL_RUNS=n Spectral's (default 1: a full Spectral run takes minutes);
// STARTUP_ONLY=1 measures start-up alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..');
const work = join(root, 'bench', '.work');
const contractsDir = join(work, 'contracts');
const spectralDir = join(work, 'spectral');
const cli = join(root, 'dist', 'cli', 'main.js');
const runs = Number(process.env.RUNS ?? 3);
const spectralRuns = Number(process.env.SPECTRAL_RUNS ?? 1);
const FILES = 1000;

if (!existsSync(cli)) throw new Error('build first: npm run build');

// ── 1. Spectral, installed at run time ───────────────────────────────────────────────────────
function installSpectral(): string {
  const bin = join(spectralDir, 'node_modules', '.bin', 'spectral');
  const wanted = readFileSync(join(root, 'bench', 'spectral', 'package.json'), 'utf8');
  const installed = existsSync(join(spectralDir, 'package.json')) ? readFileSync(join(spectralDir, 'package.json'), 'utf8') : '';
  if (!existsSync(bin) || installed !== wanted) {
    console.log('installing @stoplight/spectral-cli into bench/.work/spectral …');
    mkdirSync(spectralDir, { recursive: true });
    writeFileSync(join(spectralDir, 'package.json'), wanted);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: spectralDir, stdio: 'inherit', env: { ...process.env, SCARF_ANALYTICS: 'false' } });
  }
  // The ruleset: the comparable rules, plus the contract JSON Schema inlined as one rule.
  const ruleset = load(readFileSync(join(root, 'bench', 'spectral', 'ruleset.yaml'), 'utf8')) as { rules: Record<string, unknown> };
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'contract.schema.json'), 'utf8'));
  writeFileSync(join(spectralDir, 'rules-only.json'), JSON.stringify(ruleset));
  ruleset.rules['contract-format'] = { description: 'The document follows the fairlode contract format.', given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema } } };
  writeFileSync(join(spectralDir, '.spectral.json'), JSON.stringify(ruleset));
  return bin;
}

// ── 2. 1,000 realistic contracts ─────────────────────────────────────────────────────────────
// From the bundled examples (a 290-line and a 140-line contract, so about 215 lines on average),
// each with its own id, title, region and rates; every 10th has a weaker clause (may instead of
// shall), every 50th a misspelt key, so both tools find things to report. Deterministic.
function generateContracts(): void {
  rmSync(contractsDir, { recursive: true, force: true });
  mkdirSync(contractsDir, { recursive: true });
  const templates = ['chagai-partnership', 'reko-diq-style'].map((n) => ({ name: n, text: readFileSync(join(root, 'examples', 'contracts', `${n}.yaml`), 'utf8') }));
  const regions = ['Balochistan', 'Sindh', 'Khyber Pakhtunkhwa', 'Punjab', 'Gilgit-Baltistan'];
  for (let i = 0; i < FILES; i++) {
    const t = templates[i % templates.length]!;
    const n = String(i).padStart(4, '0');
    let text = t.text
      .replace(/^id: (.+)$/m, `id: $1-${n}`)
      .replace(/^title: (.+)$/m, `title: $1 (lot ${n})`)
      .replace(/region: [A-Za-z -]+ \}/, `region: ${regions[i % regions.length]} }`)
      .replace(/rate: "5%"/, `rate: "${3 + (i % 5)}%"`)
      .replace(/rate: "1%"/, `rate: "${(0.5 + (i % 4) * 0.25).toFixed(2)}%"`);
    if (i % 10 === 3) text = text.replace(/modality: shall/, 'modality: may');
    if (i % 50 === 7) text = text.replace(/thirdPartyAccess:/, 'thirdPartyAcess:');
    writeFileSync(join(contractsDir, `${t.name}-${n}.yaml`), text);
  }
}

// ── 3. Measurement ───────────────────────────────────────────────────────────────────────────
interface Measure {
  seconds: number;
  maxRssMiB: number;
  status: number | null;
}

/** Runs a command under /usr/bin/time -v: wall time and peak resident memory of the process tree's largest process. */
function timed(cmd: string, args: string[]): Measure {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no timing for ${cmd} ${args.join(' ')}:\n${r.stderr.slice(-2000)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, maxRssMiB: Number(rss[1]) / 1024, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Wall time of a short command, in ms, measured from this process (median of `n`). */
function startup(args: string[], n: number): number[] {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    ts.push(performance.now() - t);
  }
  return ts;
}

if (!process.env.STARTUP_ONLY) linting();

function linting(): void {
  const spectral = installSpectral();
  generateContracts();
  const files = readdirSync(contractsDir).length;
  const lines = readdirSync(contractsDir).reduce((n, f) => n + readFileSync(join(contractsDir, f), 'utf8').split('\n').length, 0);
  console.log(`${files} contracts, ${lines} lines (${(lines / files).toFixed(0)} per file) in bench/.work/contracts`);
  const spectralVersion = execFileSync(spectral, ['--version'], { encoding: 'utf8' }).trim();

  const full: Measure[] = [];
  const rulesOnly: Measure[] = [];
  const fairlodeRuns: Measure[] = [];
  const spectralLint = (ruleset: string, out: string) => timed(spectral, ['lint', 'bench/.work/contracts/*.yaml', '--ruleset', join(spectralDir, ruleset), '--format', 'json', '--output', join(work, out), '--quiet']);
  const fairlodeCheck = () => timed(process.execPath, [cli, 'check', 'bench/.work/contracts', '-f', 'json', '-o', join(work, 'fairlode.json'), '--no-progress']);
  // Interleaved, so that both see the same machine.
  for (let i = 0; i < Math.max(runs, spectralRuns); i++) {
    if (i < spectralRuns) full.push(spectralLint('.spectral.json', 'spectral.json'));
    if (i < runs) fairlodeRuns.push(fairlodeCheck());
    if (i < spectralRuns) rulesOnly.push(spectralLint('rules-only.json', 'spectral-rules-only.json'));
}
const count = (file: string) => (JSON.parse(readFileSync(join(work, file), 'utf8')) as unknown[]).length;
const fairlodeSummary = (JSON.parse(readFileSync(join(work, 'fairlode.json'), 'utf8')) as { summary: { errors: number; warnings: number; infos: number } }).summary;

const med = (ms: Measure[]) => ({ seconds: median(ms.map((m) => m.seconds)), rss: median(ms.map((m) => m.maxRssMiB)) });
const f = med(fairlodeRuns);
const rows: [string, Measure[], number][] = [
  [`Spectral ${spectralVersion}, JSONPath rules + contract JSON Schema`, full, count('spectral.json')],
  [`Spectral ${spectralVersion}, JSONPath rules only`, rulesOnly, count('spectral-rules-only.json')],
];
console.log(`\n${files} contracts; fairlode: median of ${runs} runs; Spectral: median of ${spectralRuns} (interleaved)`);
console.log('| tool | wall time | peak memory | findings | fairlode faster by | fairlode memory |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, ms, findings] of rows) {
  const s = med(ms);
  console.log(`| ${name} | ${s.seconds.toFixed(1)} s | ${s.rss.toFixed(0)} MiB | ${findings} | ${(s.seconds / f.seconds).toFixed(1)}× | ${((f.rss / s.rss) * 100).toFixed(0)}% |`);
}
console.log(`| fairlode \`check\` (recommended profile) | ${f.seconds.toFixed(2)} s | ${f.rss.toFixed(0)} MiB | ${fairlodeSummary.errors + fairlodeSummary.warnings + fairlodeSummary.infos} | | |`);
console.log('targets: at least 20× faster (goal 40×) and under a third of the peak memory');
const show = (ms: Measure[]) => ms.map((m) => `${m.seconds.toFixed(2)} s / ${m.maxRssMiB.toFixed(0)} MiB / exit ${m.status}`).join(', ');
console.log(`runs: Spectral full ${show(full)}; Spectral rules only ${show(rulesOnly)}; fairlode ${show(fairlodeRuns)}`);

}

// ── 4. Start-up, as a ratio to bare node in the same run ─────────────────────────────────────
const one = join(root, 'examples', 'contracts', 'chagai-partnership.yaml');
const n = Number(process.env.STARTUP_RUNS ?? 21);
const bare: number[] = [];
const version: number[] = [];
const checkOne: number[] = [];
startup(['-e', '0'], 3); // warm the file cache
for (let i = 0; i < n; i++) {
  bare.push(...startup(['-e', '0'], 1));
  version.push(...startup([cli, '--version'], 1));
  checkOne.push(...startup([cli, 'check', one], 1));
}
const b = median(bare);
console.log(`\nstart-up, median of ${n} interleaved runs`);
console.log('| command | wall time | ratio to node -e 0 | target |');
console.log('|---|---:|---:|---:|');
console.log(`| node -e 0 | ${b.toFixed(0)} ms | 1.00× | |`);
console.log(`| fairlode --version | ${median(version).toFixed(0)} ms | ${(median(version) / b).toFixed(2)}× | ≤ 2× |`);
console.log(`| fairlode check (one contract) | ${median(checkOne).toFixed(0)} ms | ${(median(checkOne) / b).toFixed(2)}× | ≤ 3.5× |`);
