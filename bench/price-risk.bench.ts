// Price risk: N seeded GBM paths of the bundled 30-year Chagai plan (copper and gold, correlated
// 0.5), each run through the exact fiscal analysis. Measures paths per second on one thread, as a
// worker does it (the run prepared once, then the paths run), and projects 10,000 paths. Target
// (issue 17): 10,000 paths of a 30-year plan in ≤ 20 s on 2 cores with the worker pool (the CLI's
// `analyse --paths`; the projection divides one thread's time by 2, the pool's best case).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadContract, loadPlan, preparePriceRisk, pricePathGenerator, priceRisk, runPricePaths, SeededRandom } from '../src/index.js';
import { median, ms, sample } from './measure.js';

const PATHS = Number(process.env.PRICE_RISK_PATHS ?? 200);
const RUNS = Number(process.env.PRICE_RISK_RUNS ?? 3);
const loadBefore = loadavg();

const contractFile = 'examples/contracts/chagai-partnership.yaml';
const planFile = 'examples/plans/chagai-partnership.yaml';
const c = loadContract(readFileSync(contractFile, 'utf8'), { filename: contractFile });
if (!c.ok) throw new Error(JSON.stringify(c.diagnostics, null, 2));
const p = loadPlan(readFileSync(planFile, 'utf8'), { filename: planFile, contract: c.value.contract });
if (!p.ok) throw new Error(JSON.stringify(p.diagnostics, null, 2));
const options = { paths: PATHS, seed: 7, model: 'gbm', volatility: { copper: 0.3, gold: 0.15 }, drift: 0, correlation: 0.5, beyondTerm: 'extend' } as const;

const check = priceRisk(c.value, p.value, options);
if (!check.ok) throw new Error(JSON.stringify(check.diagnostics, null, 2));

const prepared = preparePriceRisk(c.value, p.value, options);
if (!prepared.ok) throw new Error(JSON.stringify(prepared.diagnostics, null, 2));
const cpuTimes: number[] = [];
const times = sample(() => {
  const before = process.cpuUsage();
  runPricePaths(prepared.value);
  const used = process.cpuUsage(before);
  cpuTimes.push((used.user + used.system) / 1000);
}, RUNS, 1);
const wall = median(times);
const cpu = median(cpuTimes.slice(1));

// The path generator alone (numbers only), for 10,000 paths.
const gen = pricePathGenerator({ model: 'gbm', commodities: ['copper', 'gold'], start: { copper: 8700, gold: 2350 }, steps: 29, volatility: { copper: 0.3, gold: 0.15 }, correlation: 0.5 });
const genTimes = sample(() => { const r = new SeededRandom(7); for (let i = 0; i < 10_000; i++) gen.next(r); }, RUNS, 1);

const perPath = cpu / PATHS;
const v = check.value;
console.log(`load average at the start: ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);
console.log(`Chagai plan: 30 fiscal years, copper and gold, GBM σ 30%/15%, correlation 0.5; ${PATHS} paths; ${RUNS} runs, median`);
console.log(`state NPV P10/P50/P90 (M USD): ${[v.stateNpv.p10, v.stateNpv.p50, v.stateNpv.p90].map((x) => x!.div(1e6).toFixed(0)).join(' / ')}; P(state NPV < 0) ${v.probabilityStateNpvBelowZero.toFixed(3)}; state's share of the risk ${v.riskShare?.state.toFixed(3)}`);
console.log(`${PATHS} paths, wall time                 ${ms(wall).padStart(10)}`);
console.log(`${PATHS} paths, CPU time of the process   ${ms(cpu).padStart(10)}`);
console.log(`per path (CPU)                         ${ms(perPath).padStart(10)}   ${(1000 / perPath).toFixed(1)} paths/s on one thread`);
console.log(`10,000 paths projected, one thread     ${ms(perPath * 10_000).padStart(10)}`);
console.log(`10,000 paths projected, 2 workers      ${ms(perPath * 5_000).padStart(10)}   ${perPath * 5_000 <= 20_000 ? 'within' : 'OVER'} the 20 s target (ideal split)`);
console.log(`path generation alone, 10,000 paths    ${ms(median(genTimes)).padStart(10)}`);
