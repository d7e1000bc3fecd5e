// Royalty valuation and profit-linked rates: `npx tsx bench/royalty-valuation.bench.ts`. The
// 360-month life-of-mine of bench/payout.bench.ts, computed as it is and with the new royalty
// mechanisms switched on: the copper royalty valued at the higher of realised and a reference price
// at the mine gate (less transport), plus a copper royalty stepping with the operating margin
// (whole-value bands) and a gold royalty stepping with the R-factor (incremental bands, its totals
// carried in the state). Interleaved run by run, medians; the hand-written decimal.js baseline
// (which computes neither mechanism) is timed beside them for the "within 2×" target.
import { computePayouts, loadContract, type Actuals, type Contract } from '../src/index.js';
import { median, ms } from './measure.js';
import { baselinePayouts } from './payout-baseline.js';
import { CONTRACT_YAML, lifeOfMineActuals, lifeOfMineContract, lifeOfMineMonths } from './payout-fixture.js';

const RUNS = 31;
const WARMUP = 5;

const VARIANT_YAML = CONTRACT_YAML
  .replace('    - id: copper-royalty\n      commodity: copper\n      payee: gob\n', '    - id: copper-royalty\n      commodity: copper\n      payee: gob\n      valuation: { price: higher-of-realised-and-reference, point: mine-gate, deductions: [transport] }\n')
  .replace('  netSmelterReturn:', [
    '    - id: copper-margin-royalty',
    '      commodity: copper',
    '      payee: gob',
    '      profitLinked: { measure: operating-margin, mode: whole-value, bands: [ { upTo: "20%", rate: "1%" }, { upTo: "50%", rate: "2%" }, { rate: "3%" } ] }',
    '    - id: gold-r-factor-royalty',
    '      commodity: gold',
    '      payee: gob',
    '      profitLinked: { measure: r-factor, mode: incremental, bands: [ { upTo: "1", rate: "1%" }, { upTo: "2", rate: "2%" }, { rate: "4%" } ] }',
    '  netSmelterReturn:',
  ].join('\n'));

function variantContract(): Contract {
  if (VARIANT_YAML === CONTRACT_YAML) throw new Error('the variant did not change the contract');
  const loaded = loadContract(VARIANT_YAML, { filename: 'bench/life-of-mine-valued.yaml' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
  return loaded.value.contract;
}

const months = lifeOfMineMonths();
const plain = lifeOfMineContract();
const plainActuals = lifeOfMineActuals(plain, months);
const valued = variantContract();
// The same actuals with a reference price for copper each producing month: 1.5% above the realised
// price in even months (the reference is used), 1.5% below in odd ones (the realised price stands).
const valuedActuals: Actuals[] = lifeOfMineActuals(valued, months, (m) => {
  if (m.copper === undefined) return '';
  const odd = Number(m.label.slice(5)) % 2 === 1;
  return `referencePrices: { copper: { price: "${(m.copper.price * (odd ? 985 : 1015)) / 1000} USD/t", basis: "LME cash settlement, monthly average" } }\n`;
});

for (const [c, a] of [[plain, plainActuals], [valued, valuedActuals]] as const) {
  const run = computePayouts(c, a);
  if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('; '));
  if (!run.value.statements.every((s) => s.conservation.balanced)) throw new Error('a statement does not balance');
}

// Wall time is what the target speaks of; CPU time (this process) is shown beside it, as in
// bench/payout.bench.ts, because it does not count time lost to other processes on a shared machine.
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times: Record<'plain' | 'valued' | 'baseline', number[]> = { plain: [], valued: [], baseline: [] };
const cpu: Record<'plain' | 'valued' | 'baseline', number[]> = { plain: [], valued: [], baseline: [] };
let sink = 0;
for (let i = 0; i < WARMUP + RUNS; i++) {
  const order = (['plain', 'valued', 'baseline'] as const).map((_, k, all) => all[(k + i) % 3]!);
  for (const which of order) {
    const c0 = cpuMs();
    const t0 = performance.now();
    if (which === 'plain') sink += computePayouts(plain, plainActuals).ok ? 1 : 0;
    else if (which === 'valued') sink += computePayouts(valued, valuedActuals).ok ? 1 : 0;
    else sink += baselinePayouts(months).balanced ? 1 : 0;
    if (i >= WARMUP) {
      times[which].push(performance.now() - t0);
      cpu[which].push(cpuMs() - c0);
    }
  }
}
const p = median(times.plain);
const v = median(times.valued);
const b = median(times.baseline);
console.log(`360 monthly periods, ${RUNS} runs each after ${WARMUP} warm-up, interleaved`);
console.log(`engine, as in bench/payout.bench.ts             median ${ms(p).padStart(9)}`);
console.log(`engine, valuation + margin + R-factor royalties  median ${ms(v).padStart(9)}  (+${ms(v - p)}, ×${(v / p).toFixed(2)})`);
console.log(`hand-written decimal.js baseline                 median ${ms(b).padStart(9)}  (valued engine / baseline ${(v / b).toFixed(2)}×; ${v < 50 ? 'under' : 'OVER'} 50 ms)`);
const [pc, vc, bc] = [median(cpu.plain), median(cpu.valued), median(cpu.baseline)];
console.log(`CPU time medians: plain ${ms(pc)}, valued ${ms(vc)} (×${(vc / pc).toFixed(2)}), baseline ${ms(bc)} (valued / baseline ${(vc / bc).toFixed(2)}×)`);
if (sink < 0) console.log(sink);
