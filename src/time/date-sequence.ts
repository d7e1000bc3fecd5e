// Internal (not re-exported): the order check shared by schedules and targets.
import type { IsoDate } from './date.js';
import type { OrderProblem } from './order-problem.js';

/** Internal: checks that dates go strictly forward; one problem per offending neighbour pair. */
export function checkAscending(dates: readonly IsoDate[], what: { code: string; entry: string; field: string }): OrderProblem[] {
  const problems: OrderProblem[] = [];
  for (let i = 1; i < dates.length; i++) {
    const previous = dates[i - 1] as IsoDate;
    const current = dates[i] as IsoDate;
    if (current > previous) continue;
    const same = current === previous;
    problems.push({
      code: `${what.code}/${same ? 'same-date' : 'out-of-order'}`,
      message: same
        ? `${capitalise(what.entry)} ${i} and ${what.entry} ${i - 1} have the same ${what.field}, ${current}.`
        : `${capitalise(what.entry)} ${i} (${what.field} ${current}) is listed after ${what.entry} ${i - 1} (${what.field} ${previous}) but is earlier.`,
      hint: same ? `merge the two or correct one ${what.field}` : `list each ${what.entry} in date order, earliest first`,
      index: i,
      previousIndex: i - 1,
    });
  }
  return problems;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
