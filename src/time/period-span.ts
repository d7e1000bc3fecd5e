// Internal (not re-exported): building periods from month ranges, shared by the period constructors.
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { dateParts, type IsoDate } from './date.js';
import { formatParts, MAX_YEAR, MIN_YEAR, monthLength, YEAR_RANGE } from './day-number.js';
import type { Period, PeriodKind } from './period.js';

/** Internal: a frozen period from the first day of one month to the last day of another. */
export function span(kind: PeriodKind, label: string, startYear: number, startMonth: number, endYear: number, endMonth: number): Period {
  return Object.freeze({
    kind,
    label,
    start: formatParts(startYear, startMonth, 1) as IsoDate,
    end: formatParts(endYear, endMonth, monthLength(endYear, endMonth)) as IsoDate,
  });
}

/** Internal: a year as four digits. */
export function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

/** Internal: checks a year and a 1-based part number, throwing a FairlodeError. */
export function checkPart(year: number, part: number, parts: number, name: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new FairlodeError({ code: 'period/out-of-range', message: `The year ${String(year)} is outside ${YEAR_RANGE}.` });
  }
  if (!Number.isInteger(part) || part < 1 || part > parts) {
    throw new FairlodeError({ code: 'period/impossible', message: `There is no ${name} ${String(part)}: ${name}s run from 1 to ${parts}.` });
  }
}

/** Internal: the start month of a fiscal year (the month of its first day). */
export function startMonthOf(period: Period): number {
  return dateParts(period.start).month;
}
