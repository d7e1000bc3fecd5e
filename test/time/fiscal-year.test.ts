import { describe, expect, it } from 'vitest';
import { checkStartMonth, FairlodeError, fiscalYear, fiscalYearOf, isoDate, periodOf } from 'fairlode';

const d = isoDate;

// Fiscal years are named by the year in which they END (contract-format.md, Principles).
describe('fiscal years: boundaries by start month', () => {
  it.each([
    // startMonth 7, Pakistan (Income Tax Ordinance 2001, s. 74: tax year 1 July – 30 June)
    [7, '2026-06-30', 2026],
    [7, '2026-07-01', 2027],
    [7, '2027-06-30', 2027],
    [7, '2027-07-01', 2028],
    [7, '2026-12-31', 2027],
    // startMonth 1: the fiscal year is the calendar year
    [1, '2027-01-01', 2027],
    [1, '2027-12-31', 2027],
    [1, '2026-12-31', 2026],
    // startMonth 4, India (1 April – 31 March): FY2027 = 2026-04-01 .. 2027-03-31
    [4, '2026-03-31', 2026],
    [4, '2026-04-01', 2027],
    [4, '2027-03-31', 2027],
    // startMonth 10, US federal (1 October – 30 September): FY2027 starts 2026-10-01
    [10, '2026-09-30', 2026],
    [10, '2026-10-01', 2027],
    [10, '2027-09-30', 2027],
    // startMonth 12: only December belongs to the next fiscal year
    [12, '2026-11-30', 2026],
    [12, '2026-12-01', 2027],
  ])('startMonth %i: %s is in FY%i', (startMonth, date, fy) => {
    expect(fiscalYearOf(d(date), startMonth)).toBe(fy);
    expect(periodOf(d(date), 'fiscal-year', { fiscalYearStartMonth: startMonth }).label).toBe(`FY${fy}`);
  });

  it.each([
    [7, '2026-07-01', '2027-06-30'],
    [1, '2027-01-01', '2027-12-31'],
    [4, '2026-04-01', '2027-03-31'],
    [10, '2026-10-01', '2027-09-30'],
    [3, '2026-03-01', '2027-02-28'], // ends on the last day of February 2027 (not a leap year)
    [3, '2027-03-01', '2028-02-29'], // FY2028: ends on 29 February 2028
  ])('startMonth %i: the fiscal year runs %s to %s', (startMonth, start, end) => {
    const fy = fiscalYear(Number(end.slice(0, 4)), startMonth);
    expect(fy).toEqual({ kind: 'fiscal-year', label: `FY${end.slice(0, 4)}`, start, end });
  });

  it('rejects a start month outside 1–12', () => {
    expect(checkStartMonth(7)).toEqual({ ok: true, value: 7 });
    for (const bad of [0, 13, 6.5, '7']) expect(checkStartMonth(bad).ok).toBe(false);
    expect(() => fiscalYear(2027, 13)).toThrow(FairlodeError);
    expect(() => fiscalYearOf(d('2027-01-01'), 0)).toThrow(/start month/);
  });

  it('refuses to guess the start month', () => {
    expect(() => periodOf(d('2027-01-01'), 'fiscal-year')).toThrow(expect.objectContaining({ code: 'period/fiscal-year-start-missing' }));
  });

  it('keeps the first fiscal year inside year 0001', () => {
    expect(() => fiscalYear(1, 7)).toThrow(expect.objectContaining({ code: 'period/out-of-range' }));
    expect(fiscalYear(1, 1).start).toBe('0001-01-01');
  });
});
