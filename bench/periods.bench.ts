// Dates and periods: `npx tsx bench/periods.bench.ts`. Medians over repeated runs (bench/measure.ts).
// Inputs are generated deterministically (no randomness): every figure is for the same work each run.
import { median, ms, sample } from './measure.js';
import {
  addDays, isoDate, parseDate, parsePeriod, period, periodOf, periodsBetween, valueInForce,
  type IsoDate, type Schedule,
} from '../src/time/index.js';

const fiscal = { fiscalYearStartMonth: 7 };

// 10,000 dates, one every 3 days from 2000-01-01 (about 82 years).
const dates: IsoDate[] = [];
for (let i = 0, d = isoDate('2000-01-01'); i < 10_000; i++, d = addDays(d, 3)) dates.push(d);

// 10,000 period labels: months, quarters, halves, years and fiscal years in rotation.
const labels: string[] = dates.map((d, i) => {
  const [y, m] = [d.slice(0, 4), d.slice(5, 7)];
  const q = Math.ceil(Number(m) / 3);
  return [`${y}-${m}`, `${y}-Q${q}`, `${y}-H${q <= 2 ? 1 : 2}`, y, `FY${y}`][i % 5] as string;
});

const schedule: Schedule<string> = ['2000-01-01', '2010-01-01', '2020-01-01', '2030-01-01', '2040-01-01'].map((from, i) => ({ from: isoDate(from), value: `${4 + i}%` }));

let sink = 0; // keeps results alive so the work is not optimised away
const cases: { name: string; runs: number; ops: number; fn: () => void }[] = [
  { name: 'parseDate × 10,000', runs: 50, ops: 10_000, fn: () => { for (const d of dates) sink += parseDate(d).ok ? 1 : 0; } },
  { name: 'parsePeriod × 10,000 labels (5 kinds)', runs: 50, ops: 10_000, fn: () => { for (const l of labels) sink += parsePeriod(l, fiscal).ok ? 1 : 0; } },
  { name: 'periodsBetween: 360 months (2026-01 .. 2055-12)', runs: 200, ops: 360, fn: () => { sink += periodsBetween(period('2026-01'), period('2055-12')).length; } },
  { name: "periodOf(date, 'quarter') × 10,000", runs: 50, ops: 10_000, fn: () => { for (const d of dates) sink += periodOf(d, 'quarter').label.length; } },
  { name: "periodOf(date, 'fiscal-year') × 10,000", runs: 50, ops: 10_000, fn: () => { for (const d of dates) sink += periodOf(d, 'fiscal-year', fiscal).label.length; } },
  { name: 'valueInForce (5 steps) × 10,000', runs: 50, ops: 10_000, fn: () => { for (const d of dates) sink += valueInForce(schedule, d)?.length ?? 0; } },
];

for (const c of cases) {
  const m = median(sample(c.fn, c.runs));
  console.log(`${c.name.padEnd(50)} median ${ms(m).padStart(10)} of ${c.runs} runs  (${ms(m / c.ops)} each)`);
}
if (sink < 0) console.log(sink);
