// Withholding taxes, bonuses in instalments paid by the investor, and the benefit-sharing true-up
// (issue #14 items 4, 7, 8): `npx tsx bench/levies.bench.ts`. The 360-month life-of-mine fixture of
// bench/payout.bench.ts, timed as it is and with these mechanisms switched on one at a time and all
// together (the holders non-resident with withholding on dividends; an interest payment to the
// investor every month, withheld; the production bonus paid by the investor in 11 yearly
// instalments; a 50/50 true-up over every state party). Interleaved run by run in one process; the
// median of the wall times is shown with the extra cost over the fixture as it is. Every statement
// of every variant is checked to balance first.
import { cpus, loadavg } from 'node:os';
import { computePayouts, loadContract, money, type Actuals, type Contract } from '../src/index.js';
import { median, ms } from './measure.js';
import { CONTRACT_YAML, lifeOfMineActuals, lifeOfMineMonths } from './payout-fixture.js';

const RUNS = 31;
const WARMUP = 5;

function contractWith(edit: (yaml: string) => string): Contract {
  const loaded = loadContract(edit(CONTRACT_YAML), { filename: 'bench/life-of-mine-levies.yaml' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
  return loaded.value.contract;
}

const nonResident = (y: string) => y.replace('{ id: investor, name: Investor, role: investor }', '{ id: investor, name: Investor, role: investor, residence: CA }').replace(/role: state-enterprise \}/g, 'role: state-enterprise, residence: PK }');
const withholding = (y: string) => nonResident(y).replace('  distributions: { retain: "10%" }', '  withholdingTaxes:\n    - { id: dividend-wht, on: dividends, rate: "15%", payee: gop, treaties: [ { treaty: "Canada–Pakistan DTA", country: CA, rate: "15%" } ] }\n    - { id: interest-wht, on: interest, rate: "20%", payee: gop }\n  distributions: { retain: "10%" }');
const instalments = (y: string) => y.replace('{ id: production-bonus, kind: production, amount: "5000000 USD", due: 2028-03-31, payee: gob }', '{ id: production-bonus, kind: production, amount: "5000000 USD", due: 2028-03-31, instalments: { amount: "1000000 USD", count: 10, every: year }, payer: investor, payee: gob }');
const trueUp = (y: string) => y.replace('  distributions: { retain: "10%" }', '  benefitSharing:\n    - { id: benefit-sharing, share: "50%", state: [gop, gob, fwo, se-a, se-b, se-c, district, cdf], counts: [royalty, income-tax, withholding-tax, price-participation, bonus, community-fund, community-fund-top-up, distribution], payer: investor, payee: gop }\n  distributions: { retain: "10%" }');

const months = lifeOfMineMonths();
const interest = money('250000 USD');
const withPayments = (actuals: Actuals[]): Actuals[] => actuals.map((a) => ({ ...a, payments: [{ kind: 'interest' as const, to: 'investor', amount: interest }] }));

const variants: { name: string; contract: Contract; actuals: Actuals[] }[] = [];
function variant(name: string, edit: (y: string) => string, payments = false): void {
  const contract = contractWith(edit);
  const actuals = lifeOfMineActuals(contract, months);
  variants.push({ name, contract, actuals: payments ? withPayments(actuals) : actuals });
}
variant('fixture as it is', (y) => y);
variant('withholding on dividends and interest', withholding, true);
variant('bonus in 11 instalments, paid by the investor', instalments);
variant('50/50 true-up', trueUp);
variant('all three', (y) => trueUp(instalments(withholding(y))), true);

for (const v of variants) {
  const run = computePayouts(v.contract, v.actuals);
  if (!run.ok) throw new Error(`${v.name}: ${run.diagnostics.map((d) => d.message).join('; ')}`);
  for (const s of run.value.statements) if (!s.conservation.balanced) throw new Error(`${v.name}: ${s.period.label} is not balanced`);
}

let sink = 0;
const times = variants.map(() => [] as number[]);
for (let i = 0; i < WARMUP + RUNS; i++) {
  const order = variants.map((_, j) => (i + j) % variants.length);
  for (const j of order) {
    const v = variants[j]!;
    const t0 = performance.now();
    sink += computePayouts(v.contract, v.actuals).ok ? 1 : 0;
    if (i >= WARMUP) times[j]!.push(performance.now() - t0);
  }
}

const base = median(times[0]!);
console.log(`payouts, 360 months (median of ${RUNS}; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}):`);
variants.forEach((v, j) => {
  const m = median(times[j]!);
  console.log(`  ${v.name.padEnd(48)} ${ms(m).padStart(10)}   ${j === 0 ? '' : `${m >= base ? '+' : '−'}${ms(Math.abs(m - base))} (${((m / base - 1) * 100).toFixed(0)}%)`}`);
});
if (sink === 0) console.log('');
