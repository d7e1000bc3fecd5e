// Hostile sizes for payouts (issue 13, "Stalls"): `npx tsx bench/hostile-payout.bench.ts [runs]`
// (add `node --expose-gc --import tsx` to also print the heap a fold keeps).
//   1. one monthly statement of 4,000 commodities, each with its own royalty split with a district
//      (12,005 lines): the fold, and the fold followed by each format (text with bands, CSV,
//      Markdown, JSON with traces), as the payout command runs them;
//   2. 200 royalties × 360 monthly periods (217,500 lines): the fold, and the fold followed by
//      text (the command's default) and by CSV;
//   3. a statement of 150,000 lines as text (before: a RangeError).
// Both must grow linearly: before the fix, reading each royalty's band recomputed every commodity's
// revenue (n² per statement). Each row is the median of `runs` runs (default 5; 3 for the fold),
// wall time and this process's CPU time (which does not count time lost to other processes).
import { cpus, loadavg } from 'node:os';
import { computePayouts, formatPayoutCsv, formatPayoutJson, formatPayoutMarkdown, formatPayoutText, type PayoutStatement } from '../src/index.js';
import { manyRoyaltiesActuals, manyRoyaltiesContract } from './hostile-payout-fixture.js';
import { median, ms } from './measure.js';

const RUNS = Number(process.argv[2] ?? 5);

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function row(label: string, runs: number, fn: () => number): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    size = fn();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  console.log(`${label.padEnd(58)} median ${ms(median(wall)).padStart(10)} wall, ${ms(median(cpu)).padStart(10)} CPU  (${size.toLocaleString('en-US')})`);
}

function statementsOf(run: ReturnType<typeof computePayouts>): readonly PayoutStatement[] {
  if (!run.ok) throw new Error(run.diagnostics.slice(0, 3).map((d) => d.message).join('; '));
  return run.value.statements;
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${RUNS} runs a row`);

{
  const contract = manyRoyaltiesContract(4000);
  const actuals = manyRoyaltiesActuals(contract, 1);
  const lines = statementsOf(computePayouts(contract, actuals))[0]!.lines.length;
  console.log(`1. one statement, 4,000 royalties: ${lines.toLocaleString('en-US')} lines; each format row includes the fold (a line keeps its band once read)`);
  const fresh = () => statementsOf(computePayouts(contract, actuals));
  row('   computePayouts (lines)', RUNS, () => fresh()[0]!.lines.length);
  row('   computePayouts + formatPayoutText, bands (characters)', RUNS, () => formatPayoutText(fresh()).length);
  row('   computePayouts + formatPayoutCsv (characters)', RUNS, () => formatPayoutCsv(fresh()).length);
  row('   computePayouts + formatPayoutMarkdown (characters)', RUNS, () => formatPayoutMarkdown(fresh()).length);
  row('   computePayouts + formatPayoutJson, traces (characters)', RUNS, () => formatPayoutJson(fresh()).length);
}

{
  const contract = manyRoyaltiesContract(200, 30);
  const actuals = manyRoyaltiesActuals(contract, 360);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const statements = statementsOf(computePayouts(contract, actuals));
  gc?.();
  const kept = process.memoryUsage().heapUsed - heapBefore;
  const lines = statements.reduce((n, s) => n + s.lines.length, 0);
  console.log(`2. 200 royalties × 360 monthly periods: ${lines.toLocaleString('en-US')} lines${gc ? `; the statements keep ${(kept / 1e6).toFixed(0)} MB of heap` : ''}`);
  const runs = Math.min(RUNS, 3);
  const fresh = () => statementsOf(computePayouts(contract, actuals));
  row('   computePayouts (lines)', runs, () => fresh().reduce((n, s) => n + s.lines.length, 0));
  row('   computePayouts + formatPayoutText, bands (characters)', runs, () => formatPayoutText(fresh()).length);
  row('   computePayouts + formatPayoutCsv (characters)', runs, () => formatPayoutCsv(fresh()).length);
  console.log(`   peak resident memory of this process (cases 1 and 2): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

{
  // 3. A statement of 150,000 lines (a 5 MB contract holds some 70,000 royalties, each with its
  // revenue line): the text format once spread every line's width into Math.max, which overflows
  // the call stack past about 125,000 lines (not in vitest's worker threads, whose stack is larger,
  // so this row is the regression guard).
  const contract = manyRoyaltiesContract(2);
  const s = statementsOf(computePayouts(contract, manyRoyaltiesActuals(contract, 1)))[0]!;
  const line = s.lines.find((l) => l.id === 'c1-royalty')!;
  const big: PayoutStatement = {
    contract: s.contract, period: s.period, fiscalYear: s.fiscalYear, closesFiscalYear: s.closesFiscalYear, currency: s.currency,
    rounding: s.rounding, allocation: s.allocation, lines: Array.from({ length: 150_000 }, () => line), totals: s.totals,
    conservation: s.conservation, balances: s.balances, notes: s.notes,
  };
  console.log('3. one statement of 150,000 lines');
  row('   formatPayoutText (characters)', Math.min(RUNS, 3), () => formatPayoutText(big).length);
}
