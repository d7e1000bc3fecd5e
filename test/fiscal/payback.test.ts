import { describe, expect, it } from 'vitest';
import { paybackPeriod } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';

describe('paybackPeriod', () => {
  it('interpolates within the period of recovery (hand-checked)', () => {
    // Cumulative: −1000, −700, −300, +200. Recovered during period 3: 2 + 300/500 = 2.6.
    expect(paybackPeriod([-1000, 300, 400, 500, 600])).toMatchObject({ ok: true, period: 3 });
    const p = paybackPeriod(['-1000', '300', '400', '500', '600']);
    expect(p.ok && p.value.toString()).toBe('2.6');
  });

  it('without interpolation reports the whole period', () => {
    const p = paybackPeriod([-1000, 300, 400, 500, 600], { interpolate: false });
    expect(p.ok && p.value.toString()).toBe('3');
  });

  it('discounted payback at a rate (hand-checked)', () => {
    // At 10%: −1000, 500/1.1 = 454.545…, 660/1.21 = 545.454…: cumulative reaches exactly 0 at 2.
    const p = paybackPeriod(['-1000', '500', '660'], { rate: '0.1' });
    expect(p.ok && p.value.toString()).toBe('2');
  });

  it('exactly recovered at the end of a period counts as recovered', () => {
    const p = paybackPeriod(['-100', '40', '60', '10']);
    expect(p.ok && p.value.toString()).toBe('2');
  });

  it('a series that starts non-negative pays back at 0', () => {
    expect(paybackPeriod([0, 10])).toMatchObject({ ok: true, period: 0 });
    expect(paybackPeriod([5, -10, 20])).toMatchObject({ ok: true, period: 0 });
  });

  it('the first recovery is reported even if closure costs push the total negative later', () => {
    const p = paybackPeriod([-100, 150, -80]);
    expect(p.ok && p.value.toString()).toBe(new Decimal(100).div(150).toString());
  });

  it('never recovered: a reason', () => {
    expect(paybackPeriod([-1000, 300, 400])).toMatchObject({ ok: false, reason: 'never-recovered' });
    expect(paybackPeriod([-1000, 600, 600], { rate: '0.5' })).toMatchObject({ ok: false, reason: 'never-recovered' });
  });
});
