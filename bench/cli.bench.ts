// The CLI side by side with Stoplight Spectral (issue 7): 1,000 generated contracts linted by
// `spectral lint` with a comparable ruleset (bench/spectral/ruleset.yaml + the contract JSON
// Schema) and checked by `fairlode check`, in the same run, for wall time and peak memory (from
// /usr/bin/time -v); then start-up as a ratio to a bare `node -e 0`.
//
// Spectral is not a dependency of fairlode: it is installed here, at run time, into
// bench/.work/spectral (git-ignored) from bench/spectral/package.json. Needs `npm run build` first
// (`npm run bench` does it). Run alone with `npx tsx bench/cli.bench.ts`; RUNS=n sets the repeats.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..');
const work = join(root, 'bench', '.work');
const contractsDir = join(work, 'contracts');
const spectralDir = join(work, 'spectral');
const cli = join(root, 'dist', 'cli', 'main.js');
const runs = Number(process.env.RUNS ?? 3);
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

const spectral = installSpectral();
generateContracts();
const files = readdirSync(contractsDir).length;
const lines = readdirSync(contractsDir).reduce((n, f) => n + readFileSync(join(contractsDir, f), 'utf8').split('\n').length, 0);
console.log(`${files} contracts, ${lines} lines (${(lines / files).toFixed(0)} per file) in bench/.work/contracts`);
const spectralVersion = execFileSync(spectral, ['--version'], { encoding: 'utf8' }).trim();

const spectralRuns: Measure[] = [];
const fairlodeRuns: Measure[] = [];
// Interleaved, so that both see the same machine.
for (let i = 0; i < runs; i++) {
  spectralRuns.push(timed(spectral, ['lint', 'bench/.work/contracts/*.yaml', '--ruleset', join(spectralDir, '.spectral.json'), '--format', 'json', '--output', join(work, 'spectral.json'), '--quiet']));
  fairlodeRuns.push(timed(process.execPath, [cli, 'check', 'bench/.work/contracts', '-f', 'json', '-o', join(work, 'fairlode.json'), '--no-progress']));
}
const spectralFindings = (JSON.parse(readFileSync(join(work, 'spectral.json'), 'utf8')) as unknown[]).length;
const fairlodeSummary = (JSON.parse(readFileSync(join(work, 'fairlode.json'), 'utf8')) as { summary: { errors: number; warnings: number; infos: number } }).summary;

const s = { seconds: median(spectralRuns.map((m) => m.seconds)), rss: median(spectralRuns.map((m) => m.maxRssMiB)) };
const f = { seconds: median(fairlodeRuns.map((m) => m.seconds)), rss: median(fairlodeRuns.map((m) => m.maxRssMiB)) };
console.log(`\n1,000 contracts, median of ${runs} interleaved runs each`);
console.log('| tool | wall time | peak memory | findings |');
console.log('|---|---:|---:|---:|');
console.log(`| Spectral ${spectralVersion} \`spectral lint\` | ${s.seconds.toFixed(2)} s | ${s.rss.toFixed(0)} MiB | ${spectralFindings} |`);
console.log(`| fairlode \`check\` | ${f.seconds.toFixed(2)} s | ${f.rss.toFixed(0)} MiB | ${fairlodeSummary.errors + fairlodeSummary.warnings + fairlodeSummary.infos} |`);
console.log(`speed: fairlode ${(s.seconds / f.seconds).toFixed(1)}× faster (target ≥ 20×, goal 40×); memory: ${((f.rss / s.rss) * 100).toFixed(0)}% of Spectral's peak (target < 33%)`);
console.log(`runs: spectral ${spectralRuns.map((m) => `${m.seconds.toFixed(2)}s/${m.maxRssMiB.toFixed(0)}MiB/exit ${m.status}`).join(', ')}; fairlode ${fairlodeRuns.map((m) => `${m.seconds.toFixed(2)}s/${m.maxRssMiB.toFixed(0)}MiB/exit ${m.status}`).join(', ')}`);

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
copyFileSync(join(work, 'fairlode.json'), join(work, 'fairlode-last.json'));
