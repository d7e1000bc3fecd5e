import { describe, expect, it } from 'vitest';
import { checkSchedule, isoDate, valueInForce, type Schedule } from 'fairlode';

const d = isoDate;

// A royalty rate that steps up after five years (hypothetical terms).
const royalty: Schedule<string> = [
  { from: d('2026-01-01'), value: '4%' },
  { from: d('2031-01-01'), value: '5%' },
  { from: d('2036-01-01'), value: '6%' },
];

describe('valueInForce', () => {
  it.each([
    ['2025-12-31', undefined], // before the first step nothing is in force
    ['2026-01-01', '4%'], // a step applies from its own date
    ['2030-12-31', '4%'],
    ['2031-01-01', '5%'],
    ['2035-06-30', '5%'],
    ['2036-01-01', '6%'],
    ['2099-12-31', '6%'], // the last step stays in force
  ])('on %s → %s', (date, expected) => {
    expect(valueInForce(royalty, d(date))).toBe(expected);
  });

  it('handles empty and one-step schedules', () => {
    expect(valueInForce([], d('2027-01-01'))).toBeUndefined();
    expect(valueInForce([{ from: d('2027-01-01'), value: 1 }], d('2027-01-01'))).toBe(1);
  });

  it('can end a value with a null step (T includes null)', () => {
    const temporary: Schedule<string | null> = [{ from: d('2026-01-01'), value: '2%' }, { from: d('2028-01-01'), value: null }];
    expect(valueInForce(temporary, d('2027-06-30'))).toBe('2%');
    expect(valueInForce(temporary, d('2028-01-01'))).toBeNull();
  });

  it('agrees with a linear scan on many dates', () => {
    for (let day = 0; day < 4000; day += 7) {
      const date = d(new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));
      const expected = royalty.filter((s) => s.from <= date).at(-1)?.value;
      expect(valueInForce(royalty, date)).toBe(expected);
    }
  });
});

describe('checkSchedule', () => {
  it('accepts strictly increasing steps', () => {
    expect(checkSchedule(royalty)).toEqual([]);
    expect(checkSchedule([])).toEqual([]);
  });

  it('names both steps when one goes back in time', () => {
    expect(checkSchedule([royalty[1]!, royalty[0]!])).toEqual([{
      code: 'schedule/out-of-order',
      message: 'Step 1 (start date 2026-01-01) is listed after step 0 (start date 2031-01-01) but is earlier.',
      hint: 'list each step in date order, earliest first',
      index: 1,
      previousIndex: 0,
    }]);
  });

  it('reports two steps on the same date', () => {
    const problems = checkSchedule([royalty[0]!, royalty[1]!, { from: d('2031-01-01'), value: '5.5%' }]);
    expect(problems).toMatchObject([{ code: 'schedule/same-date', index: 2, previousIndex: 1 }]);
    expect(problems[0]?.message).toBe('Step 2 and step 1 have the same start date, 2031-01-01.');
  });
});
