import { describe, expect, it } from 'vitest';
import { horizontalBarChart } from '../../src/report/bar-chart.js';
import { escapeHtml } from '../../src/report/escape-html.js';
import { lineChart } from '../../src/report/line-chart.js';
import { formatAmount, formatPercent } from '../../src/report/number-format.js';
import { stackedBarChart } from '../../src/report/stacked-bar-chart.js';
import { timelineChart } from '../../src/report/timeline-chart.js';
import { Decimal } from '../../src/money/decimal.js';

const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;

describe('report charts', () => {
  it('draws one bar per value, and none (but a label) for a null score', () => {
    const svg = horizontalBarChart(
      [
        { label: 'P1', value: 100, text: '100.0', colour: '#000' },
        { label: 'G3 <binding>', value: null, text: 'not scored', colour: '#999' },
        { label: 'P2', value: 40, text: '40.0', colour: '#000' },
      ],
      { id: 'scores', title: 'Scores', domain: [0, 100], tickFormat: String },
    );
    expect(count(svg, /<rect class="mark"/g)).toBe(2);
    expect(svg).toContain('data-series="1" data-marks="2"');
    expect(svg).toContain('G3 &lt;binding&gt;');
    expect(svg).toContain('not scored');
    // d3's ticks for [0, 100] at five ticks: 0, 20, …, 100.
    expect(count(svg, /<text class="tick"[^>]*text-anchor="middle">\d+<\/text>/g)).toBe(6);
    // A bar of 40 is 40% of the plot's width.
    const widths = [...svg.matchAll(/<rect class="mark"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.4, 5);
  });

  it('stacks one segment per series and category, with stacked tops summing the values', () => {
    const svg = stackedBarChart(['Q1', 'Q2'], [
      { key: 'a', name: 'A', values: [10, 20] },
      { key: 'b', name: 'B', values: [30, -5] },
    ], { id: 'rev', title: 'Revenue', tickFormat: String });
    expect(count(svg, /<g class="series"/g)).toBe(2);
    expect(count(svg, /<rect class="mark/g)).toBe(4);
    expect(svg).toContain('data-series="2" data-marks="4"');
    // A negative flow (money paid in) is drawn below the axis, with a zero line: 5 of the 30 units
    // of the value axis (-5 to 30) would be hidden if it were drawn as zero height.
    expect(svg).toMatch(/<rect class="mark negative"[^>]*height="[1-9][\d.]*" fill="#E69F00"><title>B, Q2<\/title>/);
    expect(svg).toContain('class="zero"');
  });

  it('breaks a line at a missing value and draws the breakeven rule', () => {
    const svg = lineChart([
      { key: 'gt', name: 'Government take', points: [{ x: 1000, y: 0.5 }, { x: 2000, y: null }, { x: 3000, y: 0.6 }] },
      { key: 'irr', name: 'IRR', points: [{ x: 1000, y: -0.1 }, { x: 2000, y: 0.1 }, { x: 3000, y: 0.2 }] },
    ], { id: 'sens', title: 'Sensitivity', xFormat: String, yFormat: String, rule: { x: 1500, label: 'breakeven 1,500 USD/t' } });
    expect(count(svg, /<circle class="mark"/g)).toBe(5);
    expect(svg).toContain('data-series="2" data-marks="5"');
    expect(svg).toContain('data-rule="breakeven"');
    // The government-take path has two separate moves (M) because of the gap.
    const gt = /data-series="gt"><path class="line" d="([^"]+)"/.exec(svg)![1]!;
    expect(count(gt, /M/g)).toBe(2);
    // A negative IRR gives a zero line.
    expect(svg).toContain('class="zero"');
  });

  it('places timeline items on a UTC scale with one series per category', () => {
    const svg = timelineChart([
      { label: 'ESIA', date: '2026-06-30', category: 'met', colour: '#0a0' },
      { label: 'Bond', date: '2027-06-30', category: 'missed', colour: '#a00' },
      { label: 'Road', date: '2028-01-01', category: 'met', colour: '#0a0' },
    ], { id: 'ob', title: 'Obligations' });
    expect(svg).toContain('data-series="2" data-marks="3"');
    const xs = [...svg.matchAll(/<circle class="mark" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    // Drawn by category (met first): ESIA, Road, then Bond; in time order ESIA < Bond < Road.
    expect(xs[0]!).toBeLessThan(xs[2]!);
    expect(xs[2]!).toBeLessThan(xs[1]!);
  });

  it('formats exact amounts and percentages without the locale of the machine', () => {
    expect(formatAmount(new Decimal('-14657763.155'))).toBe('-14,657,763.16');
    expect(formatAmount(new Decimal('999'), 0)).toBe('999');
    expect(formatPercent(new Decimal('0.4567'))).toBe('45.7%');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
