import { describe, expect, it } from 'vitest';
import { checkTargets, isoDate, nextTarget, targetDueBy, type Target } from 'fairlode';

const d = isoDate;

// Local hiring targets from the illustrative contract (contract-format.md).
const hiring: Target<{ share: string }>[] = [
  { by: d('2027-12-31'), share: '50%' },
  { by: d('2031-12-31'), share: '75%' },
];

describe('targets with deadlines', () => {
  it.each([
    ['2026-06-30', undefined, '50%'],
    ['2027-12-30', undefined, '50%'],
    ['2027-12-31', '50%', '75%'], // the deadline day itself: the target binds
    ['2028-01-01', '50%', '75%'],
    ['2031-12-31', '75%', undefined],
    ['2040-01-01', '75%', undefined],
  ])('on %s the binding target is %s and the next is %s', (date, due, next) => {
    expect(targetDueBy(hiring, d(date))?.share).toBe(due);
    expect(nextTarget(hiring, d(date))?.share).toBe(next);
  });

  it('keeps the caller’s own target type', () => {
    const t = targetDueBy(hiring, d('2030-01-01'));
    expect(t).toBe(hiring[0]);
  });

  it('checks that deadlines go forward', () => {
    expect(checkTargets(hiring)).toEqual([]);
    expect(checkTargets([hiring[1]!, hiring[0]!])).toMatchObject([{ code: 'targets/out-of-order', index: 1, previousIndex: 0 }]);
    expect(checkTargets([hiring[0]!, hiring[0]!])).toMatchObject([{ code: 'targets/same-date', index: 1, previousIndex: 0, message: 'Target 1 and target 0 have the same deadline, 2027-12-31.' }]);
  });
});
