// What the mechanisms of issue #14 items 5 and 6 cost: `npx tsx bench/state-participation.bench.ts`.
// The 360-period life-of-mine fixture run as it is, and with a reference-rate carry (SOFR + 6.5%,
// the index given every month), recovery from 50% of the dividends, a write-off, income tax in
// brackets with a holiday, an investment credit and capped losses: interleaved run by run, median.
import { computePayouts, Decimal, loadContract, type Actuals, type Contract } from '../src/index.js';
import { CONTRACT_YAML, lifeOfMineActuals } from './payout-fixture.js';

const RUNS = Number(process.argv[2] ?? 21);
const withMechanisms = CONTRACT_YAML
  .replace('carried: { by: [investor, fwo], recovery: from-dividends, interest: "8%" }', 'carried: { by: [investor, fwo], recovery: from-dividends, interest: "6.5%", interestIndex: { basis: reference-rate, index: SOFR }, recoveryShare: "50%", writeOffs: [{ date: 2040-06-30, share: "25%" }] }')
  .replace('    rate: "29%"\n', '    brackets: [{ upTo: "100000000 USD", rate: "25%" }, { rate: "29%" }]\n    holiday: { years: 3, from: 2029-01-01 }\n    investmentCredit: { rate: "5%" }\n    royaltiesDeductible: true\n')
  .replace('lossCarryForward: { years: 6 }', 'lossCarryForward: { years: 6, cap: "50%" }');
if (withMechanisms === CONTRACT_YAML) throw new Error('the fixture changed: the replacements no longer apply');

function load(text: string): Contract {
  const r = loadContract(text, { filename: 'bench.yaml' });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value.contract;
}
const plain = load(CONTRACT_YAML);
const mechanisms = load(withMechanisms);
const plainActuals = lifeOfMineActuals(plain);
const SOFR = new Decimal('5.31');
const indexed: Actuals[] = lifeOfMineActuals(mechanisms).map((a) => ({ ...a, indices: { SOFR } }));

function time(contract: Contract, actuals: Actuals[]): number {
  const t = performance.now();
  const r = computePayouts(contract, actuals);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return performance.now() - t;
}
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < 3; i++) { time(plain, plainActuals); time(mechanisms, indexed); }
for (let i = 0; i < RUNS; i++) { a.push(time(plain, plainActuals)); b.push(time(mechanisms, indexed)); }
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(`360 monthly periods, ${RUNS} runs each, interleaved; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`as the fixture is       median ${median(a).toFixed(1)} ms  fastest ${Math.min(...a).toFixed(1)} ms`);
console.log(`with #14 items 5 and 6  median ${median(b).toFixed(1)} ms  fastest ${Math.min(...b).toFixed(1)} ms  (${(median(b) / median(a)).toFixed(2)}×)`);
