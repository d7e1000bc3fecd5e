import type { IsoDate } from './date.js';
import { checkAscending } from './date-sequence.js';
import type { OrderProblem } from './order-problem.js';

/**
 * A commitment to be reached by a deadline, such as `{ by: '2027-12-31', share: '50%' }`: any
 * object with a `by` date. The deadline day counts: the target binds from `by` onwards, so it
 * applies to a period that ends on its deadline.
 */
export type Target<T extends object = object> = T & { readonly by: IsoDate };

/**
 * The target that binds on `date`: the latest one whose deadline is on or before `date`;
 * `undefined` when no deadline has been reached yet. Targets must be in deadline order
 * (check with {@link checkTargets}).
 *
 * @example
 * ```ts
 * const hiring = [{ by: isoDate('2027-12-31'), share: '50%' }, { by: isoDate('2031-12-31'), share: '75%' }];
 * targetDueBy(hiring, isoDate('2027-12-30')); // undefined
 * targetDueBy(hiring, isoDate('2027-12-31')); // { by: '2027-12-31', share: '50%' }
 * targetDueBy(hiring, isoDate('2032-06-30')); // { by: '2031-12-31', share: '75%' }
 * ```
 */
export function targetDueBy<T extends { readonly by: IsoDate }>(targets: readonly T[], date: IsoDate): T | undefined {
  let due: T | undefined;
  for (const target of targets) {
    if (target.by > date) break;
    due = target;
  }
  return due;
}

/**
 * The next target still to come on `date`: the first one whose deadline is after `date`;
 * `undefined` when every deadline has been reached. Together with {@link targetDueBy}, every target
 * is either due (deadline on or before the date) or next in line.
 *
 * @example
 * ```ts
 * const hiring = [{ by: isoDate('2027-12-31'), share: '50%' }, { by: isoDate('2031-12-31'), share: '75%' }];
 * nextTarget(hiring, isoDate('2027-12-31')); // { by: '2031-12-31', share: '75%' }
 * ```
 */
export function nextTarget<T extends { readonly by: IsoDate }>(targets: readonly T[], date: IsoDate): T | undefined {
  return targets.find((target) => target.by > date);
}

/**
 * Checks that targets' deadlines go strictly forward in time. Returns one problem per target whose
 * deadline does not come after the one before it (`targets/out-of-order` or `targets/same-date`),
 * naming both positions; an empty list when the deadlines are in order.
 *
 * @example
 * ```ts
 * checkTargets([{ by: isoDate('2031-12-31') }, { by: isoDate('2027-12-31') }]);
 * // [{ code: 'targets/out-of-order', index: 1, previousIndex: 0, ... }]
 * ```
 */
export function checkTargets<T extends { readonly by: IsoDate }>(targets: readonly T[]): OrderProblem[] {
  return checkAscending(targets.map((t) => t.by), { code: 'targets', entry: 'target', field: 'deadline' });
}
