import type { IsoDate } from './date.js';
import { checkAscending } from './date-sequence.js';
import type { OrderProblem } from './order-problem.js';

/** One step of a schedule: `value` is in force from `from` (inclusive) until the next step starts. */
export interface Step<T> {
  /** The first day on which the value applies. */
  readonly from: IsoDate;
  /** The value in force from that day. */
  readonly value: T;
}

/**
 * A step function over time, such as a royalty rate that changes on set dates: a list of steps
 * whose `from` dates go strictly forward (check with {@link checkSchedule}). Before the first step
 * nothing is in force. To end a value's validity (OpenFisca's `null`), add a step whose value says so.
 */
export type Schedule<T> = readonly Step<T>[];

/**
 * The value in force on `date`: that of the latest step starting on or before it; `undefined`
 * before the first step. On a step's `from` date the new value already applies.
 *
 * @example
 * ```ts
 * const royalty: Schedule<string> = [
 *   { from: isoDate('2026-01-01'), value: '4%' },
 *   { from: isoDate('2031-01-01'), value: '5%' },
 * ];
 * valueInForce(royalty, isoDate('2030-12-31')); // '4%'
 * valueInForce(royalty, isoDate('2031-01-01')); // '5%'
 * valueInForce(royalty, isoDate('2025-12-31')); // undefined
 * ```
 */
export function valueInForce<T>(schedule: Schedule<T>, date: IsoDate): T | undefined {
  // Binary search for the last step with from <= date; valid schedules are sorted.
  let lo = 0;
  let hi = schedule.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((schedule[mid] as Step<T>).from <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : (schedule[lo - 1] as Step<T>).value;
}

/**
 * Checks that a schedule's steps start on strictly increasing dates. Returns one problem per step
 * that does not come after the one before it (`schedule/out-of-order` or `schedule/same-date`),
 * naming both positions; an empty list when the schedule is valid.
 *
 * @example
 * ```ts
 * checkSchedule([{ from: isoDate('2031-01-01'), value: 5 }, { from: isoDate('2026-01-01'), value: 4 }]);
 * // [{ code: 'schedule/out-of-order', index: 1, previousIndex: 0, message: 'Step 1 (start date 2026-01-01) is listed after step 0 (start date 2031-01-01) but is earlier.' }]
 * ```
 */
export function checkSchedule<T>(schedule: Schedule<T>): OrderProblem[] {
  return checkAscending(schedule.map((s) => s.from), { code: 'schedule', entry: 'step', field: 'start date' });
}
