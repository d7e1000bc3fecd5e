// Regressions from issue #12 (the revenue-sharing chart): net flows per party, government shares
// passed on counted once, cash calls below the axis. Hand calculations in the comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computePayouts, loadActuals, type LoadedContract } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { buildReportData, renderReportData, type ReportData, type ReportInput } from '../../src/report/index.js';
import { formatCompact } from '../../src/report/number-format.js';
import { stackedBarChart } from '../../src/report/stacked-bar-chart.js';
import { exampleInput, ROOT } from './example-inputs.js';

const cents = (s: string) => BigInt(s.replace(/[,.]/g, ''));

describe('the revenue-sharing chart', () => {
  let chagai: ReportInput;
  let data: ReportData;
  beforeAll(async () => {
    chagai = await exampleInput('chagai-partnership');
    data = buildReportData(chagai);
  });

  it('totals each quarter to what the statement actually paid, transfers counted once (hand-checked for 2027-Q1)', () => {
    // Chagai 2027-Q1: royalties 6,667,000.00 (copper) + 1,571,000.00 (gold) to gob, of which gob
    // passes 10% + 10% of each on to chagai-district and gop (1,647,600.00 in all); the community
    // fund 1,360,300.00; distributions 15,291,765.00 + 7,645,882.50 + 7,645,882.50. Net paid to the
    // parties: 8,238,000.00 + 1,360,300.00 + 30,583,530.00 = 40,181,830.00. Counting gob's
    // receipts and the recipients' shares both gave 41,829,430.00 (1,647,600.00 twice).
    const r = data.revenue!;
    expect(r.periodTotals[0]).toBe('40,181,830.00');
    // gob: 8,238,000.00 royalties − 1,647,600.00 passed on + 7,645,882.50 dividends = 14,236,282.50.
    expect(r.series.find((s) => s.party === 'gob')!.labels[0]).toBe('14,236,282.50');
    expect(r.series.find((s) => s.party === 'chagai-district')!.labels[0]).toBe('823,800.00');
    // Every quarter: the chart's total is the sum of the statement's net payments to the parties.
    const run = computePayouts(chagai.contract, chagai.actuals!);
    if (!run.ok) throw new Error('payouts');
    run.value.statements.forEach((s, i) => {
      const paid = s.totals.reduce((a, t) => a.plus(t.net.amount), new Decimal(0));
      expect(cents(r.periodTotals[i]!)).toBe(cents(paid.toFixed(2)));
      expect(r.series.reduce((a, x) => a + cents(x.labels[i]!), 0n)).toBe(cents(r.periodTotals[i]!));
    });
  });

  it('shows a cash call as a negative flow of the party that paid it, below the axis', () => {
    // 2027-Q1 with 400,000,000 of capital spending instead of 52,000,000: the company's cash runs
    // short, the reserve is empty, so the holders are called pro rata: the investor pays in.
    const text = readFileSync(join(ROOT, 'examples/actuals/chagai-partnership/2027-Q1.yaml'), 'utf8').replace('capital: "52000000 USD"', 'capital: "400000000 USD"');
    const q = loadActuals(text, { contract: (chagai.contract as LoadedContract).contract, filename: '2027-Q1.yaml' });
    if (!q.ok) throw new Error(JSON.stringify(q.diagnostics));
    const d = buildReportData({ contract: chagai.contract, actuals: [q.value] });
    const run = computePayouts(chagai.contract, [q.value]);
    if (!run.ok) throw new Error('payouts');
    const calls = run.value.statements[0]!.lines.filter((l) => l.kind === 'cash-call' || l.kind === 'carried-cash-call');
    expect(calls.length).toBeGreaterThan(0);
    const investor = d.revenue!.series.find((s) => s.party === 'investor')!;
    const calledFromInvestor = calls.filter((l) => l.from === 'investor').reduce((a, l) => a.plus(l.amount.amount), new Decimal(0));
    expect(investor.values[0]).toBeLessThan(0);
    expect(cents(investor.labels[0]!)).toBe(-cents(calledFromInvestor.toFixed(2)));
    const html = renderReportData(d);
    expect(html).toMatch(/<rect class="mark negative"[^>]*><title>[^<]*Example Strategic Metals/);
    expect(html).toContain('class="zero"');
  });

  it('labels its axis in M for millions, never m', () => {
    const svg = /<svg class="chart" id="chart-revenue"[\s\S]*?<\/svg>/.exec(renderReportData(data))![0];
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*text-anchor="end">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks.some((t) => t!.endsWith('M'))).toBe(true);
    expect(ticks.filter((t) => t!.endsWith('m'))).toEqual([]);
  });

  it('draws negative segments below the zero line and positive ones above it', () => {
    const svg = stackedBarChart(['Q1'], [
      { key: 'a', name: 'A', values: [30] },
      { key: 'b', name: 'B', values: [-10] },
    ], { id: 'rev', title: 'Net flows', tickFormat: String });
    const zero = Number(/class="zero"[^>]*y1="([\d.]+)"/.exec(svg)![1]);
    const rect = (name: string) => {
      const m = new RegExp(`y="([\\d.]+)" width="[\\d.]+" height="([\\d.]+)"[^>]*><title>${name}, Q1`).exec(svg)!;
      return { top: Number(m[1]), bottom: Number(m[1]) + Number(m[2]), height: Number(m[2]) };
    };
    expect(rect('A').bottom).toBeCloseTo(zero, 1);
    expect(rect('B').top).toBeCloseTo(zero, 1);
    // 30 up and 10 down: the heights are in the ratio 3 : 1.
    expect(rect('A').height / rect('B').height).toBeCloseTo(3, 5);
  });
});

describe('abbreviated amounts', () => {
  it('write millions as M (m is milli), thousands as k, billions as bn', () => {
    expect(formatCompact(50_000_000)).toBe('50M');
    expect(formatCompact(-87_700_000)).toBe('-87.7M');
    expect(formatCompact(19_900_000)).toBe('19.9M');
    expect(formatCompact(2_500)).toBe('2.5k');
    expect(formatCompact(1_200_000_000)).toBe('1.2bn');
    expect(formatCompact(0)).toBe('0');
  });

});
