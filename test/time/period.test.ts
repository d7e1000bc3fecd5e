import { describe, expect, it } from 'vitest';
import {
  calendarYear, comparePeriods, daysIn, FairlodeError, formatPeriod, halfPeriod, isoDate, monthPeriod,
  nextPeriod, parsePeriod, period, periodContainsDate, periodContainsPeriod, periodOf, periodsBetween,
  periodsIn, periodsOverlap, periodsOverlapping, previousPeriod, quarterPeriod, samePeriod, shiftPeriod,
} from 'fairlode';

const d = isoDate;
const pk = { fiscalYearStartMonth: 7 };
const labels = (ps: { label: string }[]) => ps.map((p) => p.label);

describe('parsePeriod', () => {
  it.each([
    ['2027-03', 'month', '2027-03-01', '2027-03-31'],
    ['2028-02', 'month', '2028-02-01', '2028-02-29'],
    ['2027-02', 'month', '2027-02-01', '2027-02-28'],
    ['2027-Q1', 'quarter', '2027-01-01', '2027-03-31'],
    ['2027-Q2', 'quarter', '2027-04-01', '2027-06-30'],
    ['2027-Q3', 'quarter', '2027-07-01', '2027-09-30'],
    ['2027-Q4', 'quarter', '2027-10-01', '2027-12-31'],
    ['2027-H1', 'half', '2027-01-01', '2027-06-30'],
    ['2027-H2', 'half', '2027-07-01', '2027-12-31'],
    ['2027', 'year', '2027-01-01', '2027-12-31'],
    ['FY2027', 'fiscal-year', '2026-07-01', '2027-06-30'],
  ])('%s is a %s from %s to %s', (text, kind, start, end) => {
    expect(parsePeriod(text, pk)).toEqual({ ok: true, value: { kind, label: text, start, end } });
  });

  it.each([
    ['', 'period/empty'],
    ['2027-3', 'period/invalid'],
    ['2027-13', 'period/impossible'],
    ['2027-00', 'period/impossible'],
    ['2027-Q0', 'period/impossible'],
    ['2027-Q5', 'period/impossible'],
    ['2027-H3', 'period/impossible'],
    ['2027-q1', 'period/invalid'],
    ['Q1 2027', 'period/invalid'],
    ['2027Q1', 'period/invalid'],
    ['FY27', 'period/invalid'],
    ['FY2026-27', 'period/invalid'],
    ['FY2026/2027', 'period/invalid'],
    ['fy2027', 'period/invalid'],
    ['2027-06-30', 'period/invalid'],
    [' 2027', 'period/invalid'],
    ['0000', 'period/out-of-range'],
    ['27', 'period/invalid'],
  ])('%j → %s', (text, expected) => {
    const r = parsePeriod(text, pk);
    expect(r.ok ? 'ok' : r.problem.code).toBe(expected);
  });

  it('hints at the canonical label', () => {
    const hint = (t: string) => { const r = parsePeriod(t, pk); return r.ok ? '' : r.problem.hint; };
    expect(hint('2027-3')).toContain('"2027-03"');
    expect(hint('Q1 2027')).toContain('"2027-Q1"');
    expect(hint('2027h2')).toContain('"2027-H2"');
    expect(hint('FY2026-27')).toContain('"FY2027"'); // named by the year in which it ends
    expect(hint('FY27')).toContain('"FY2027"');
    expect(hint('2027-06-30')).toContain('this is a date');
  });

  it('needs the fiscal year start month for FY labels, and only for them', () => {
    const r = parsePeriod('FY2027');
    expect(r.ok ? '' : r.problem.code).toBe('period/fiscal-year-start-missing');
    expect(parsePeriod('2027-Q1').ok).toBe(true);
    const bad = parsePeriod('FY2027', { fiscalYearStartMonth: 13 });
    expect(bad.ok ? '' : bad.problem.code).toBe('period/invalid-start-month');
  });

  it('FY2027 with startMonth 1 covers calendar 2027', () => {
    const fy = period('FY2027', { fiscalYearStartMonth: 1 });
    expect([fy.start, fy.end]).toEqual(['2027-01-01', '2027-12-31']);
    expect(comparePeriods(period('2027'), fy)).toBeLessThan(0); // same days; year sorts before fiscal-year
    expect(samePeriod(period('2027'), fy)).toBe(false);
  });

  it('period() throws a FairlodeError; formatPeriod gives the label', () => {
    expect(() => period('2027-Q5')).toThrow(FairlodeError);
    expect(formatPeriod(period('2027-H2'))).toBe('2027-H2');
  });

  it('serialises to JSON as its four fields', () => {
    expect(JSON.stringify(period('2027-Q1'))).toBe('{"kind":"quarter","label":"2027-Q1","start":"2027-01-01","end":"2027-03-31"}');
  });
});

describe('constructors', () => {
  it('make the same periods as the parser', () => {
    expect(monthPeriod(2027, 3)).toEqual(period('2027-03'));
    expect(quarterPeriod(2027, 4)).toEqual(period('2027-Q4'));
    expect(halfPeriod(2027, 2)).toEqual(period('2027-H2'));
    expect(calendarYear(2027)).toEqual(period('2027'));
  });
  it('refuse impossible parts', () => {
    expect(() => monthPeriod(2027, 13)).toThrow(expect.objectContaining({ code: 'period/impossible' }));
    expect(() => quarterPeriod(2027, 0)).toThrow(FairlodeError);
    expect(() => halfPeriod(10000, 1)).toThrow(expect.objectContaining({ code: 'period/out-of-range' }));
  });
  it('are frozen', () => {
    expect(Object.isFrozen(period('2027-03'))).toBe(true);
  });
});

describe('boundaries and containment', () => {
  it.each([
    ['2027-03-31', 'quarter', '2027-Q1'],
    ['2027-04-01', 'quarter', '2027-Q2'],
    ['2027-06-30', 'quarter', '2027-Q2'],
    ['2027-07-01', 'quarter', '2027-Q3'],
    ['2027-09-30', 'quarter', '2027-Q3'],
    ['2027-10-01', 'quarter', '2027-Q4'],
    ['2027-06-30', 'half', '2027-H1'],
    ['2027-07-01', 'half', '2027-H2'],
    ['2028-02-29', 'month', '2028-02'],
    ['2027-12-31', 'year', '2027'],
  ] as const)('%s is in the %s %s', (date, kind, label) => {
    expect(periodOf(d(date), kind).label).toBe(label);
  });

  it('counts both ends of a period', () => {
    const fy = period('FY2027', pk);
    expect(periodContainsDate(fy, d('2026-07-01'))).toBe(true);
    expect(periodContainsDate(fy, d('2027-06-30'))).toBe(true);
    expect(periodContainsDate(fy, d('2026-06-30'))).toBe(false);
    expect(periodContainsDate(fy, d('2027-07-01'))).toBe(false);
    expect(periodContainsPeriod(fy, period('2026-Q3'))).toBe(true);
    expect(periodContainsPeriod(fy, period('2027-H1'))).toBe(true);
    expect(periodContainsPeriod(fy, fy)).toBe(true);
    expect(periodContainsPeriod(fy, period('2027'))).toBe(false);
    expect(periodsOverlap(fy, period('2027'))).toBe(true);
    expect(periodsOverlap(fy, period('2027-Q3'))).toBe(false);
  });

  it.each([
    ['2028-Q1', 91], // 31 + 29 + 31
    ['2027-Q1', 90], // 31 + 28 + 31
    ['2027-Q3', 92], // 31 + 31 + 30
    ['2027-02', 28],
    ['2028-02', 29],
    ['2027-H1', 181], // 31+28+31+30+31+30
    ['2027-H2', 184], // 31+31+30+31+30+31
    ['2027', 365],
    ['2028', 366],
    ['FY2027', 365], // 2026-07-01 .. 2027-06-30: no 29 February
    ['FY2028', 366], // 2027-07-01 .. 2028-06-30: holds 2028-02-29
  ])('daysIn(%s) = %i', (label, days) => {
    expect(daysIn(period(label, pk))).toBe(days);
  });
});

describe('sequences', () => {
  it('next and previous cross year ends', () => {
    expect(nextPeriod(period('2027-12')).label).toBe('2028-01');
    expect(previousPeriod(period('2027-01')).label).toBe('2026-12');
    expect(nextPeriod(period('2027-Q4')).label).toBe('2028-Q1');
    expect(previousPeriod(period('2027-H1')).label).toBe('2026-H2');
    expect(nextPeriod(period('2027')).label).toBe('2028');
    expect(nextPeriod(period('FY2027', pk))).toEqual(period('FY2028', pk));
    expect(previousPeriod(period('FY2027', { fiscalYearStartMonth: 10 })).start).toBe('2025-10-01');
    expect(shiftPeriod(period('2027-Q4'), 2).label).toBe('2028-Q2');
    expect(shiftPeriod(period('2027-03'), -15).label).toBe('2025-12');
  });

  it('periodsBetween is inclusive and ordered', () => {
    expect(labels(periodsBetween(period('2027-11'), period('2028-02')))).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(labels(periodsBetween(period('2027-Q3'), period('2027-Q3')))).toEqual(['2027-Q3']);
    expect(periodsBetween(period('2028-01'), period('2027-12'))).toEqual([]);
    expect(labels(periodsBetween(period('FY2027', pk), period('FY2029', pk)))).toEqual(['FY2027', 'FY2028', 'FY2029']);
    expect(periodsBetween(period('2026-01'), period('2055-12'))).toHaveLength(360);
  });

  it('periodsBetween refuses mixed kinds', () => {
    expect(() => periodsBetween(period('2027-Q1'), period('2027-06'))).toThrow(expect.objectContaining({ code: 'period/kind-mismatch' }));
    expect(() => periodsBetween(period('FY2027', pk), period('FY2028', { fiscalYearStartMonth: 4 }))).toThrow(FairlodeError);
  });

  it('comparePeriods orders by start, then end, then kind', () => {
    const sorted = [period('2027'), period('2027-03'), period('2027-Q1'), period('2027-01'), period('2026-H2'), period('FY2027', pk)].sort(comparePeriods);
    // 2026-H2 and FY2027 both start 2026-07-01; H2 ends first (2026-12-31 < 2027-06-30).
    expect(labels(sorted)).toEqual(['2026-H2', 'FY2027', '2027-01', '2027-Q1', '2027', '2027-03']);
  });
});

describe('periods inside a longer period', () => {
  it('the months and quarters of Pakistan FY2027', () => {
    const fy = period('FY2027', pk);
    const months = periodsIn(fy, 'month');
    expect(months).toHaveLength(12);
    expect(months[0]?.label).toBe('2026-07');
    expect(months[11]?.label).toBe('2027-06');
    expect(labels(periodsIn(fy, 'quarter'))).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(labels(periodsIn(fy, 'half'))).toEqual(['2026-H2', '2027-H1']);
    expect(periodsIn(fy, 'year')).toEqual([]); // no calendar year fits inside
    expect(labels(periodsOverlapping(fy, 'year'))).toEqual(['2026', '2027']);
    expect(labels(periodsIn(fy, 'fiscal-year'))).toEqual(['FY2027']); // uses the container's start month
  });

  it('leaves out partial periods when boundaries do not align', () => {
    const fy = period('FY2027', { fiscalYearStartMonth: 2 }); // 2026-02-01 .. 2027-01-31
    expect(labels(periodsIn(fy, 'quarter'))).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(labels(periodsOverlapping(fy, 'quarter'))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
  });

  it('fiscal years inside a calendar period need a start month', () => {
    expect(() => periodsIn(period('2027'), 'fiscal-year')).toThrow(expect.objectContaining({ code: 'period/fiscal-year-start-missing' }));
    expect(labels(periodsOverlapping(period('2027'), 'fiscal-year', pk))).toEqual(['FY2027', 'FY2028']);
  });

  it('does not step past year 9999', () => {
    expect(periodsIn(period('9999'), 'month')).toHaveLength(12);
  });
});
