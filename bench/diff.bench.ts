// Amendments and diff (issue 16): consolidating a chain of 20 instruments, and diffing two contracts
// over a 30-year life-of-mine plan (terms, verdicts, and government take, NPV and IRR at each of five
// copper prices under each). Targets: each well under a second.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { consolidateDeal, diffContracts, flatPriceDeck, loadContract, loadDeal, loadPlan, type DealFile } from '../src/index.js';
import { CONTRACT_YAML } from './payout-fixture.js';
import { median, ms, sample } from './measure.js';

const RUNS = Number(process.env.DIFF_RUNS ?? 7);
const loadBefore = loadavg();

// The chain: the synthetic test deal's base, then 19 amendments a year apart, each changing the
// royalty rate, and every third adding a community fund and every fifth lengthening the term.
const base = readFileSync(new URL('../test/fixtures/deals/copper-chain/base.yaml', import.meta.url), 'utf8');
const files: DealFile[] = [{ name: 'base.yaml', text: base }];
for (let i = 1; i < 20; i++) {
  const changes: unknown[] = [{ ref: `Art. ${i}`, set: 'copper-royalty.rate', value: `${4 + (i % 7) / 2}%` }];
  if (i % 3 === 0) changes.push({ add: 'revenue.communityFunds', clause: { id: `fund-${i}`, modality: 'shall', payee: 'trust', rate: '0.1%', base: 'gross-revenue' } });
  if (i % 5 === 0) changes.push({ set: 'term.years', value: 25 + i });
  files.push({ name: `amendment-${i}.json`, text: JSON.stringify({ 'fairlode-amendment': 1, id: `amendment-${i}`, effective: `${2026 + i}-01-01`, changes }, null, 2) });
}
const chain = loadDeal(files);
if (!chain.ok) throw new Error(JSON.stringify(chain.diagnostics, null, 2));
const last = consolidateDeal(chain.value, '2045-06-30');
if (!last.ok) throw new Error(JSON.stringify(last.diagnostics, null, 2));
// Wall time, and the CPU time (user + system) beside it: on a shared machine the wall time
// includes waiting for a core, the CPU time does not.
function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu: number[] = [];
  const wall = sample(() => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }, RUNS, 2);
  return { wall: median(wall), cpu: median(cpu.slice(2)) };
}
const both = (t: { wall: number; cpu: number }) => `${ms(t.wall)} (CPU ${ms(t.cpu)})`;
const loadTimes = timed(() => loadDeal(files));
const consolidateTimes = timed(() => consolidateDeal(chain.value, '2045-06-30'));

// The diff: the life-of-mine contract against itself with a lower copper royalty and a longer
// tax loss carry-forward, over a 30-year plan (two years of construction, 26 of production).
const before = loadContract(CONTRACT_YAML, { filename: 'bench/life-of-mine.yaml' });
const after = loadContract(CONTRACT_YAML.replace('rate: "10%" }', 'rate: "8%" }'), { filename: 'bench/life-of-mine-amended.yaml' });
if (!before.ok || !after.ok) throw new Error('contracts');
const rows: string[] = [];
for (let i = 0; i < 30; i++) {
  const producing = i >= 2 && i < 28;
  const production = producing ? `production: { copper: "${90_000 + (i % 5) * 900} t", gold: "${120_000 + (i % 7) * 350} ozt", silver: "${500_000 + (i % 3) * 1_100} ozt" }, ` : '';
  rows.push(`  - { period: FY${2027 + i}, ${production}costs: { operating: "${producing ? 330 : 18}000000 USD", capital: "${i < 2 ? 480 : 12}000000 USD" }, fx: { PKR: "${270 + (i % 25)}.50" } }`);
}
const planText = `fairlode: 1\nid: plan\ncontract: life-of-mine\nprices: { copper: "8500 USD/t", gold: "2300 USD/ozt", silver: "26.50 USD/ozt" }\ndeductions:\n  copper: { treatment: "120 USD/t", transport: "80 USD/t" }\n  gold: { refining: "25 USD/ozt" }\nperiods:\n${rows.join('\n')}\n`;
const plan = loadPlan(planText, { filename: 'bench/plan.yaml', contract: before.value.contract });
if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics, null, 2));
const prices = flatPriceDeck('copper', ['5000 USD/t', '7000 USD/t', '8500 USD/t', '10000 USD/t', '12000 USD/t']);
const options = { plan: plan.value, prices, analysis: { beyondTerm: 'extend' as const } };
const check = diffContracts(before.value, after.value, options);
if (!check.ok) throw new Error(JSON.stringify(check.diagnostics, null, 2));
const diffTimes = timed(() => diffContracts(before.value, after.value, options));
const take = check.value.fiscal!.scenarios.map((s) => `${s.scenario}: ${s.metrics[0]!.before?.times(100).toFixed(1)}% → ${s.metrics[0]!.after?.times(100).toFixed(1)}%`);

console.log(`load average at the start: ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);
console.log(`chain of ${files.length} instruments: load and check every version ${both(loadTimes)}, consolidate on one date ${both(consolidateTimes)} (${RUNS} runs, median)`);
console.log(`diff over a 30-year plan at ${prices.length} prices (terms, verdicts, fiscal metrics under both): ${both(diffTimes)}`);
console.log(`government take: ${take.join('; ')}`);
