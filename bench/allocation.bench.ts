// Allocation throughput: fairlode's allocate() beside a plain decimal.js split written by hand
// (floor each share, hand the leftover cents to the largest remainders) in the same run.
// Target (money issue): the library within 1.5× of the hand-written baseline.
import DecimalJs from 'decimal.js';
import { allocate, Decimal, money, type Money } from '../src/money/index.js';
import { median, ms } from './measure.js';

const ALLOCATIONS = 10_000; // per sample
const RUNS = 41;
const TOTAL = '1234567.89';
const WEIGHTS = ['35', '25', '15', '12.5', '7.5', '5'];

// The baseline: the same largest-remainder split, by hand, with plain decimal.js.
const Plain = DecimalJs.clone({ precision: 50 });
function byHand(total: DecimalJs, weights: DecimalJs[]): DecimalJs[] {
  const cents = total.times(100);
  let sum = new Plain(0);
  for (const w of weights) sum = sum.plus(w);
  const floors: DecimalJs[] = [];
  const remainders: DecimalJs[] = [];
  let leftover = cents;
  for (const w of weights) {
    const exact = cents.times(w).div(sum);
    const floor = exact.floor();
    floors.push(floor);
    remainders.push(exact.minus(floor));
    leftover = leftover.minus(floor);
  }
  const order = remainders.map((_, i) => i).sort((a, b) => remainders[b]!.comparedTo(remainders[a]!) || a - b);
  for (let k = 0; k < leftover.toNumber(); k++) floors[order[k]!] = floors[order[k]!]!.plus(1);
  return floors.map((f) => f.div(100));
}

const total: Money = money(`${TOTAL} USD`);
const weights = WEIGHTS.map((w) => new Decimal(w));
const plainTotal = new Plain(TOTAL);
const plainWeights = WEIGHTS.map((w) => new Plain(w));

// Both must give the same split, or the comparison means nothing.
const ours = allocate(total, weights).parts.map((p) => p.amount.toFixed(2));
const theirs = byHand(plainTotal, plainWeights).map((d) => d.toFixed(2));
if (ours.join() !== theirs.join()) throw new Error(`the splits differ: ${ours.join()} vs ${theirs.join()}`);

// The candidates are timed in turn within each round (baseline, library, …, baseline, library, …)
// so that a drift in machine load or JIT state affects them alike; each gets its own median.
let sink = 0;
function interleaved(candidates: (() => { length: number })[]): number[] {
  const batch = (fn: () => { length: number }) => {
    const t0 = performance.now();
    for (let i = 0; i < ALLOCATIONS; i++) sink += fn().length;
    return performance.now() - t0;
  };
  for (let w = 0; w < 5; w++) candidates.forEach(batch);
  const times = candidates.map(() => [] as number[]);
  for (let r = 0; r < RUNS; r++) candidates.forEach((fn, c) => times[c]!.push(batch(fn)));
  return times.map((t) => median(t) / ALLOCATIONS);
}

const [baseline, library, fromStrings] = interleaved([
  () => byHand(plainTotal, plainWeights),
  () => allocate(total, weights).parts,
  () => allocate(total, WEIGHTS).parts,
]) as [number, number, number];
const perSecond = (t: number) => `${Math.round(1000 / t).toLocaleString('en-US')}/s`;

console.log(`${TOTAL} USD over ${WEIGHTS.length} weights (${WEIGHTS.join(' : ')}) → ${ours.join(' | ')}`);
console.log(`median of ${RUNS} samples of ${ALLOCATIONS.toLocaleString('en-US')} allocations each`);
console.log(`plain decimal.js by hand (baseline)    ${ms(baseline)} per allocation  ${perSecond(baseline)}`);
console.log(`allocate(), Decimal weights            ${ms(library)} per allocation  ${perSecond(library)}  ${(library / baseline).toFixed(2)}× baseline  target ≤ 1.5×: ${library / baseline <= 1.5 ? 'met' : 'MISSED'}`);
console.log(`allocate(), weights as strings         ${ms(fromStrings)} per allocation  ${perSecond(fromStrings)}  ${(fromStrings / baseline).toFixed(2)}× baseline`);
if (sink < 0) console.log(sink);
