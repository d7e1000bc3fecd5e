import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportData, renderReport, renderReportData, type ReportData, type ReportInput } from '../../src/report/index.js';
import { exampleInput, ROOT } from './example-inputs.js';

describe('report data', () => {
  let chagai: ReportInput;
  let chagaiData: ReportData;
  let weak: ReportData;
  beforeAll(async () => {
    chagai = await exampleInput('chagai-partnership');
    chagaiData = buildReportData(chagai);
    weak = buildReportData(await exampleInput('weak-extraction'));
  });

  it('summarises parties, ownership, term and all nine scores', () => {
    expect(chagaiData.termEnd).toBe('2050-12-31');
    expect(chagaiData.ownership.map((h) => h.label)).toEqual(['50.0%', '25.0%', '25.0%']);
    expect(chagaiData.ownership[2]!.carriedBy).toBe('Example Strategic Metals Inc. and Frontier Works Organization');
    expect(chagaiData.principles.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'G1', 'G2', 'G3', 'F1']);
    expect(weak.principles).toHaveLength(9);
    expect(chagaiData.shortfalls).toEqual([]);
    expect(weak.level).not.toBe('level-100');
    expect(weak.shortfalls.length).toBeGreaterThan(0);
    expect(weak.shortfalls.join(' ')).toMatch(/rules out level|too low for level|requires/);
  });

  it("adds up each party's net flow per period, exactly", () => {
    const r = chagaiData.revenue!;
    expect(r.source).toBe('actuals');
    expect(r.periods).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    const investor = r.series.find((s) => s.party === 'investor')!;
    expect(investor.labels[1]).toBe('14,657,763.15');
    // The period totals are the sums of the series, to the cent.
    const cents = (s: string) => BigInt(s.replace(/[,.]/g, ''));
    for (let i = 0; i < r.periods.length; i++) {
      expect(r.series.reduce((a, s) => a + cents(s.labels[i]!), 0n)).toBe(cents(r.periodTotals[i]!));
    }
  });

  it('varies the main commodity around its plan price and marks the breakeven', () => {
    const s = chagaiData.sensitivity!;
    expect(s.commodity).toBe('copper');
    expect(s.planPrice).toBe('8,700 USD/t');
    expect(s.points.map((p) => p.price)).toEqual([3480, 4785, 6090, 7395, 8700, 10005, 11310, 12615, 13920]);
    expect(s.breakeven!.price).toBeGreaterThan(3480);
    expect(s.breakeven!.price).toBeLessThan(8700);
    // The investor's IRR rises with the price.
    const irrs = s.points.flatMap((p) => (p.investorIrr === null ? [] : [p.investorIrr]));
    expect(irrs).toEqual([...irrs].sort((a, b) => a - b));
    expect(chagaiData.notes.join(' ')).toMatch(/extended/);
  });

  it('falls back to the plan for revenue when no actuals are given, and tracks no obligations', () => {
    const d = buildReportData({ contract: chagai.contract, ...(chagai.plan === undefined ? {} : { plan: chagai.plan }), priceFactors: [1] });
    expect(d.revenue?.source).toBe('plan');
    expect(d.revenue!.periods[0]).toBe('FY2026');
    expect(d.obligations).toBeUndefined();
    expect(d.sensitivity!.points).toHaveLength(1);
  });

  it('groups findings by principle with clause, offending lines and rationale', () => {
    expect(weak.findings.length).toBeGreaterThan(0);
    const order = ['P1', 'P2', 'P3', 'P4', 'P5', 'G1', 'G2', 'G3', 'F1', 'exemptions'];
    const ids = weak.findings.map((g) => g.id);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const lines = readFileSync(join(ROOT, 'examples/contracts/weak-extraction.yaml'), 'utf8').split('\n');
    for (const g of weak.findings) {
      for (const f of g.findings) {
        expect(f.rationale, f.ruleId).not.toBe('');
        for (const l of f.lines) expect(l.text).toBe(lines[l.number - 1]);
      }
    }
  });
});

describe('renderReport', () => {
  let input: ReportInput;
  let html: string;
  beforeAll(async () => {
    input = await exampleInput('weak-extraction');
    html = renderReport({ ...input, generatedOn: '2026-11-28' });
  });

  it('is one self-contained document: no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('Report of 2026-11-28.');
  });

  it('gives every chart a figure with a table alternative', () => {
    const charts = [...html.matchAll(/<svg class="chart" id="chart-[^"]+" data-chart="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(['ownership', 'principles', 'revenue', 'obligations']);
    for (const id of charts) expect(html).toMatch(new RegExp(`data-alternative-for="${id}"><div class="table-wrap"><table>`));
  });

  it('is the same for the same input: no clock, no randomness', () => {
    expect(renderReport({ ...input, generatedOn: '2026-11-28' })).toBe(html);
    expect(renderReportData(buildReportData({ ...input, generatedOn: '2026-11-28' }))).toBe(html);
  });

  it('quotes the contract lines under each finding, escaped', () => {
    expect(html).toMatch(/<pre class="source"[^>]*><span class="ln">\d+<\/span>/);
    expect(html).toContain('data-principle="P1"');
  });

  it('stays out of the core entry point, so the core does not carry the charting', () => {
    expect(readFileSync(join(ROOT, 'src/index.ts'), 'utf8')).not.toMatch(/['"]\.\/report\//);
  });

  it('keeps src/report pure: no node: imports', () => {
    const dir = join(ROOT, 'src/report');
    for (const f of readdirSync(dir)) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from ['"]node:|Date\.now|new Date\(\)|Math\.random/);
    }
  });
});
