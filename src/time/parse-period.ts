import { fail, ok, unwrap, type Parsed, type Problem } from '../diagnostics/diagnostic.js';
import { MAX_YEAR, MIN_YEAR, YEAR_RANGE } from './day-number.js';
import { checkStartMonth, fiscalYear } from './fiscal-year.js';
import { calendarYear, halfPeriod, monthPeriod, quarterPeriod, type Period, type PeriodOptions } from './period.js';

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q(\d)$/;
const HALF = /^(\d{4})-H(\d)$/;
const YEAR = /^(\d{4})$/;
const FISCAL = /^FY(\d{4})$/;
const EXAMPLES = 'write a month "2027-03", a quarter "2027-Q1", a half "2027-H2", a year "2027" or a fiscal year "FY2027"';

/**
 * Parses a period label strictly: a month `2027-03`, a quarter `2027-Q1`, a half `2027-H2`, a
 * calendar year `2027`, or a fiscal year `FY2027` (named by the year in which it ends; requires
 * `options.fiscalYearStartMonth`). Problems: `period/empty`, `period/invalid` (with a hint for
 * near misses such as `2027-3`, `Q1 2027`, `FY27` or `FY2026-27`), `period/impossible`
 * (`2027-13`, `2027-Q5`), `period/out-of-range` (year 0000), `period/fiscal-year-start-missing`
 * and `period/invalid-start-month`.
 *
 * @example
 * ```ts
 * parsePeriod('FY2027', { fiscalYearStartMonth: 7 });
 * // { ok: true, value: { kind: 'fiscal-year', label: 'FY2027', start: '2026-07-01', end: '2027-06-30' } }
 * parsePeriod('2027-Q5'); // { ok: false, problem: { code: 'period/impossible', ... } }
 * ```
 */
export function parsePeriod(text: string, options: PeriodOptions = {}): Parsed<Period> {
  if (typeof text !== 'string') return fail('period/not-a-string', `Expected a period such as "2027-Q1", got ${typeof text}.`, `${EXAMPLES}, in quotes`);
  let m = MONTH.exec(text);
  if (m) return part(text, m[1], m[2], 12, 'month', (y, n) => monthPeriod(y, n));
  if ((m = QUARTER.exec(text))) return part(text, m[1], m[2], 4, 'quarter', (y, n) => quarterPeriod(y, n));
  if ((m = HALF.exec(text))) return part(text, m[1], m[2], 2, 'half', (y, n) => halfPeriod(y, n));
  if ((m = YEAR.exec(text))) return part(text, m[1], '1', 1, 'year', (y) => calendarYear(y));
  if ((m = FISCAL.exec(text))) return parseFiscalYear(text, Number(m[1]), options);
  return nearMiss(text);
}

/**
 * Makes a period from its label, throwing a `FairlodeError` on bad input (see {@link parsePeriod}).
 * For literals in code and tests; documents are read with {@link parsePeriod}.
 *
 * @example
 * ```ts
 * period('2027-H2').start; // '2027-07-01'
 * ```
 */
export function period(text: string, options?: PeriodOptions): Period {
  return unwrap(parsePeriod(text, options));
}

function part(text: string, yearText: string | undefined, partText: string | undefined, parts: number, name: string, make: (year: number, part: number) => Period): Parsed<Period> {
  const year = Number(yearText);
  const n = Number(partText);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('period/out-of-range', `"${text}" is outside the years ${YEAR_RANGE}.`, 'check the year');
  if (n < 1 || n > parts) {
    return fail('period/impossible', `"${text}" is not a period: there is no ${name} ${n}.`, `${name}s run from 1 to ${parts}${name === 'month' ? ', written 01 to 12' : ''}`);
  }
  return ok(make(year, n));
}

function parseFiscalYear(text: string, year: number, options: PeriodOptions): Parsed<Period> {
  if (options.fiscalYearStartMonth === undefined) {
    return fail('period/fiscal-year-start-missing', `"${text}" is a fiscal year, but its start month is not known.`, "state the fiscal year's start month, e.g. fiscalYear: { startMonth: 7 } for July");
  }
  const startMonth = checkStartMonth(options.fiscalYearStartMonth);
  if (!startMonth.ok) return startMonth;
  if (year > MAX_YEAR || (startMonth.value === 1 ? year : year - 1) < MIN_YEAR) {
    return fail('period/out-of-range', `"${text}" falls outside the years ${YEAR_RANGE}.`, 'check the year');
  }
  return ok(fiscalYear(year, startMonth.value));
}

// Explains why a label is not a period, suggesting the canonical form of a recognisable near miss.
function nearMiss(text: string): { ok: false; problem: Problem } {
  const invalid = (hint: string) => fail('period/invalid', `"${text}" is not a period.`, hint);
  if (text.trim() === '') return fail('period/empty', 'Expected a period, got an empty string.', EXAMPLES);
  if (text.trim() !== text) return invalid(`remove the spaces: "${text.trim()}"`);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d)$/.exec(text))) return invalid(`write the month with two digits: "${m[1] ?? ''}-0${m[2] ?? ''}"`);
  if ((m = /^(\d{4})[-/ ]?([QqHh])(\d)$/.exec(text)) || (m = /^([QqHh])(\d)[-/ ]?(\d{4})$/.exec(text))) {
    const [year, letter, n] = /\d{4}/.test(m[1] ?? '') ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
    return invalid(`write "${year ?? ''}-${(letter ?? '').toUpperCase()}${n ?? ''}"`);
  }
  if ((m = /^FY ?(\d{2})$/i.exec(text))) return invalid(`write the full year in which the fiscal year ends, e.g. "FY20${m[1] ?? ''}"`);
  if ((m = /^FY ?(\d{4})[-/](\d{2}|\d{4})$/i.exec(text))) {
    return invalid(`a fiscal year is named by the year in which it ends: write "FY${String(Number(m[1]) + 1)}"`);
  }
  if ((m = /^FY ?(\d{4})$/i.exec(text))) return invalid(`write "FY${m[1] ?? ''}"`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return invalid(`this is a date, not a period: ${EXAMPLES}`);
  return invalid(EXAMPLES);
}
