// The cost of fairlode's decimal layer (the private decimal.js clone plus strict parsing) beside
// plain decimal.js, for a typical royalty chain: amount × rate × days/365 + adjustment, rounded
// half-even to cents.
import DecimalJs from 'decimal.js';
import { Decimal, parseDecimal, parseRate } from '../src/money/index.js';
import { median, ms } from './measure.js';

const CHAINS = 10_000; // per sample
const RUNS = 41;
const amounts = Array.from({ length: 64 }, (_, i) => `${1_234_567 + i * 7919}.${String(10 + (i % 90))}`);
const Plain = DecimalJs.clone({ precision: 50 });

// Timed in turn within each round, so a drift in load or JIT state affects all candidates alike.
let sink = 0;
function interleaved(candidates: ((i: number) => string)[]): number[] {
  const batch = (fn: (i: number) => string) => {
    const t0 = performance.now();
    for (let i = 0; i < CHAINS; i++) sink += fn(i).length;
    return performance.now() - t0;
  };
  for (let w = 0; w < 5; w++) candidates.forEach(batch);
  const times = candidates.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) candidates.forEach((fn, c) => times[c]!.push(batch(fn)));
  return times.map((t) => median(t) / CHAINS);
}

// From text, as a contract file gives it.
const plainFromTextChain = (i: number) => new Plain(amounts[i & 63]!).times(new Plain('0.035')).times(new Plain(31)).div(365).plus(new Plain('-125.50')).toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN).toFixed(2);
const oursFromTextChain = (i: number) => {
  const a = parseDecimal(amounts[i & 63]!);
  const r = parseRate('3.5%');
  const adj = parseDecimal('-125.50');
  if (!a.ok || !r.ok || !adj.ok) throw new Error('parse failed');
  return a.value.times(r.value).times(31).div(365).plus(adj.value).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2);
};

// Arithmetic only, operands already parsed.
const plainOps = amounts.map((a) => new Plain(a));
const ourOps = amounts.map((a) => new Decimal(a));
const plainRate = new Plain('0.035');
const ourRate = new Decimal('0.035');
const plainAdj = new Plain('-125.50');
const ourAdj = new Decimal('-125.50');
const plainArithChain = (i: number) => plainOps[i & 63]!.times(plainRate).times(31).div(365).plus(plainAdj).toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN).toFixed(2);
const ourArithChain = (i: number) => ourOps[i & 63]!.times(ourRate).times(31).div(365).plus(ourAdj).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2);

const [plainFromText, oursFromText, plainArith, ourArith] = interleaved([plainFromTextChain, oursFromTextChain, plainArithChain, ourArithChain]) as [number, number, number, number];

console.log(`chain: amount × 3.5% × 31 / 365 + (−125.50), rounded half-even to cents; median of ${RUNS} samples of ${CHAINS.toLocaleString('en-US')} chains`);
console.log(`from text   plain decimal.js ${ms(plainFromText)}  fairlode (strict parse + clone) ${ms(oursFromText)}  ${(oursFromText / plainFromText).toFixed(2)}×`);
console.log(`arithmetic  plain decimal.js ${ms(plainArith)}  fairlode clone ${ms(ourArith)}  ${(ourArith / plainArith).toFixed(2)}×`);
if (sink < 0) console.log(sink);
