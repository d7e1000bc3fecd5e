import { describe, expect, it } from 'vitest';
import { formatRate, parseRate, rate } from '../../src/money/index.js';

describe('rates', () => {
  it('read percentages as exact fractions', () => {
    expect(rate('37.5%').toString()).toBe('0.375');
    expect(rate('0.25%').toString()).toBe('0.0025');
    expect(rate('5 %').toString()).toBe('0.05');
    expect(formatRate(rate('6.50%'))).toBe('6.5%');
  });

  it('refuse bare numbers, negatives and rates above 100% unless allowed', () => {
    expect(parseRate('5')).toMatchObject({ ok: false, problem: { code: 'rate/not-a-percent' } });
    expect(parseRate('-1%')).toMatchObject({ ok: false, problem: { code: 'rate/negative' } });
    expect(parseRate('-1%', { allowNegative: true })).toMatchObject({ ok: true });
    expect(parseRate('120%')).toMatchObject({ ok: false, problem: { code: 'rate/above-hundred' } });
    expect(parseRate('100%')).toMatchObject({ ok: true });
  });
});
