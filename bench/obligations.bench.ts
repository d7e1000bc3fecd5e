// Obligation tracking: `npx tsx bench/obligations.bench.ts`. Medians over repeated runs (bench/measure.ts).
// The Chagai example contract with a 30-year term tracked over 30 years of monthly actuals
// (2026-01 .. 2055-12), generated deterministically: figures follow fixed sequences, no randomness.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, ms, sample } from './measure.js';
import { computePayouts, isoDate, loadActuals, loadContract, trackObligations, type LoadedActuals } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const text = readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8').replace('term: { years: 25 }', 'term: { years: 30 }');
const loaded = loadContract(text, { filename: 'chagai-30y.yaml' });
if (!loaded.ok) throw new Error('contract');
const contract = loaded.value;

const actuals: LoadedActuals[] = [];
for (let i = 0; i < 360; i++) {
  const year = 2026 + Math.floor(i / 12);
  const month = String((i % 12) + 1).padStart(2, '0');
  const total = 2000 + (i % 24) * 20;
  const national = Math.floor(total * (0.78 + (i % 7) * 0.02));
  const province = Math.floor(total * (0.45 + (i % 11) * 0.03));
  const events = i % 12 === 1 ? `events:\n  - { clause: geodata-maps, kind: acquired, date: ${year}-${month}-05 }\n  - { clause: geodata-maps, kind: delivered, date: ${year}-${month}-${20 + (i % 8)} }\n  - { clause: payment-reporting, kind: submitted, date: ${year}-${month}-10 }\n  - { clause: local-content-report, kind: submitted, date: ${year}-${month}-12 }\n` : '';
  const body = `contract: chagai-partnership
period: ${year}-${month}
sales:
  - { commodity: copper, quantity: "${4000 + (i % 9) * 50} t", price: "${8000 + (i % 13) * 150} USD/t" }
  - { commodity: gold, quantity: "${5000 + (i % 5) * 40} ozt", price: "2300 USD/ozt", deductions: { treatment: "400000 USD" } }
costs: { operating: "14000000 USD", capital: "${i < 36 ? 6000000 : 1000000} USD" }
workforce:
  total: ${total}
  national: ${national}
  province: ${province}
  hostArea: ${Math.floor(total * 0.2)}
  women: ${Math.floor(total * (0.08 + (i % 5) * 0.02))}
  categories:
    unskilled: { total: ${total / 2}, national: ${total / 2 - 5}, hostArea: ${Math.floor(total * 0.18)} }
    skilled: { total: ${total / 4}, national: ${Math.floor(total / 4 * 0.85)} }
    professional: { total: ${total / 5}, national: ${Math.floor(total / 5 * 0.7)} }
    senior-management: { total: ${total / 20}, national: ${Math.floor(total / 20 * 0.5)} }
training: { spent: "${110000 + (i % 6) * 10000} USD", trained: ${30 + (i % 4)} }
procurement: { total: "3600000 USD", local: "${1500000 + (i % 10) * 80000} USD" }
community: { fundPaid: "${300000 + (i % 3) * 50000} USD" }
processing:
  copper: { domestic: "${1000 + i * 5} t", total: "${4000 + (i % 9) * 50} t" }
infrastructure:
  chagai-road: { spent: "${i < 36 ? 2400000 : 0} USD" }
${events}`;
  const a = loadActuals(body, { contract: contract.contract, filename: `${year}-${month}.yaml` });
  if (!a.ok) throw new Error(JSON.stringify(a.diagnostics.slice(0, 2)));
  actuals.push(a.value);
}

const asOf = isoDate('2055-12-31');
const run = computePayouts(contract, actuals);
if (!run.ok) throw new Error(JSON.stringify(run.diagnostics.slice(0, 2)));
const statements = run.value.statements;
const report = trackObligations(contract, actuals, { asOf, statements });

let sink = 0;

const cases: { name: string; runs: number; fn: () => void }[] = [
  { name: `trackObligations: ${report.obligations.length} obligations × 360 monthly periods (statements given)`, runs: 100, fn: () => { sink += trackObligations(contract, actuals, { asOf, statements }).obligations.length; } },
  { name: 'trackObligations as of 2040-06-30 (statements given)', runs: 100, fn: () => { sink += trackObligations(contract, actuals, { asOf: isoDate('2040-06-30'), statements }).obligations.length; } },
  { name: 'trackObligations computing the payouts itself (360-period fold)', runs: 5, fn: () => { sink += trackObligations(contract, actuals, { asOf }).obligations.length; } },
];

console.log(`obligation tracking (${report.obligations.length} obligations; ${Object.entries(report.counts).map(([k, v]) => `${v} ${k}`).join(', ')})`);
for (const c of cases) {
  const times = sample(c.fn, c.runs);
  console.log(`  ${c.name.padEnd(86)} median ${ms(median(times)).padStart(10)}  (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`);
}
if (sink < 0) console.log(sink);
