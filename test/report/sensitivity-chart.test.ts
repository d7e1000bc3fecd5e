// Regression from issue #12: a government take far above 100% near the breakeven flattened the
// price-sensitivity chart, and the prices with no rent were only in the table.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportData, renderReportData, type ReportData } from '../../src/report/index.js';
import { exampleInput } from './example-inputs.js';

describe('the price-sensitivity chart near the breakeven', () => {
  let data: ReportData;
  let svg: string;
  let html: string;
  beforeAll(async () => {
    // Copper at 0.3, 0.35, 0.4 and 1 × the plan's 8,700 USD/t: 2,610, 3,045, 3,480 and 8,700 USD/t.
    data = buildReportData({ ...(await exampleInput('chagai-partnership')), priceFactors: [0.3, 0.35, 0.4, 1] });
    html = renderReportData(data);
    svg = /<svg class="chart" id="chart-sensitivity"[\s\S]*?<\/svg>/.exec(html)![0];
  });

  it('has the cases the chart must cope with: no rent at 2,610, a take above 100% at 3,045', () => {
    const [low, near] = data.sensitivity!.points;
    expect([low!.priceLabel, low!.noRent, low!.governmentTake]).toEqual(['2,610 USD/t', true, null]);
    expect(near!.priceLabel).toBe('3,045 USD/t');
    expect(near!.governmentTake!).toBeGreaterThan(1);
  });

  it('keeps its axis within ±100% and draws the extreme value on the edge with a note', () => {
    // Before: the axis ran to 350% and the 68%–84% takes at the other prices were squeezed flat.
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*text-anchor="end">(-?[\d.]+)%<\/text>/g)].map((m) => Number(m[1]));
    expect(Math.max(...ticks)).toBe(100);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(-100);
    const label = data.sensitivity!.points[1]!.governmentTakeLabel; // e.g. 349.6%
    expect(label).toMatch(/^\d+(\.\d)?%$/);
    expect(svg).toMatch(/<circle class="mark clipped"[^>]*><title>Government take \d+(\.\d)?% at 3,045 \(off the scale\)/);
    // Two takes are off the scale since the plan states its exports and the raw-export levy is paid:
    // the levy on gross value is a large share of the small rent just above the breakeven.
    expect(svg).toContain('class="clip-note" data-clipped="2"');
    expect(html).toContain(`government take ${label} at 3,045 USD/t`);
    // Every value still has its dot: 3 takes and 1 IRR (none at 2,610, 3,045 and 3,480, where the
    // levy leaves the investor no return to solve for).
    expect(svg).toContain('data-series="2" data-marks="4"');
  });

  it('marks the prices with no rent on the chart itself', () => {
    expect((svg.match(/<g class="marker" data-marker="no rent">/g) ?? []).length).toBe(1);
    expect(html).toContain('No rent at 2,610 USD/t');
  });
});
