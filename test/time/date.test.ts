import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addYears, compareDates, dateFromParts, dateParts, daysBetween, daysInMonth,
  FairlodeError, isAfter, isBefore, isIsoDate, isLeapYear, isoDate, maxDate, minDate, parseDate,
} from 'fairlode';
import { anyDate } from './arbitraries.js';

const d = isoDate;
const code = (text: string) => {
  const r = parseDate(text);
  return r.ok ? 'ok' : r.problem.code;
};

describe('parseDate', () => {
  it.each([
    ['2027-06-30', 'ok'],
    ['2028-02-29', 'ok'], // 2028 is divisible by 4 and not a century: leap
    ['2000-02-29', 'ok'], // 2000 is a century divisible by 400: leap
    ['2100-02-29', 'date/impossible'], // 2100 is a century not divisible by 400: not leap
    ['2027-02-29', 'date/impossible'], // 2027 is not divisible by 4
    ['2027-02-30', 'date/impossible'],
    ['2027-04-31', 'date/impossible'], // April has 30 days
    ['2027-13-01', 'date/impossible'],
    ['2027-00-10', 'date/impossible'],
    ['2027-01-00', 'date/impossible'],
    ['2027-2-3', 'date/invalid'],
    ['20270101', 'date/invalid'],
    ['30/06/2027', 'date/invalid'],
    ['2027/06/30', 'date/invalid'],
    [' 2027-06-30', 'date/invalid'],
    ['+2027-06-30', 'date/invalid'],
    ['2027-01-01T00:00', 'date/has-time'],
    ['2027-01-01T00:00:00Z', 'date/has-time'],
    ['2027-01-01 12:00', 'date/has-time'],
    ['', 'date/empty'],
    ['   ', 'date/empty'],
    ['0000-01-01', 'date/out-of-range'],
    ['0001-01-01', 'ok'],
    ['9999-12-31', 'ok'],
  ])('%j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('returns the date itself as the value, so JSON output is the ISO text', () => {
    expect(parseDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(JSON.stringify({ signed: d('2025-09-08') })).toBe('{"signed":"2025-09-08"}');
  });

  it('explains impossible dates and suggests a fix', () => {
    expect(parseDate('2027-02-29')).toEqual({
      ok: false,
      problem: {
        code: 'date/impossible',
        message: '2027-02-29 is not a date: February 2027 has 28 days (2027 is not a leap year).',
        hint: 'did you mean 2027-02-28, the last day of February?',
      },
    });
    expect(parseDate('2027-13-01')).toMatchObject({ ok: false, problem: { message: '2027-13-01 is not a date: there is no month 13.' } });
  });

  it('hints at the canonical form of near misses', () => {
    const hint = (t: string) => { const r = parseDate(t); return r.ok ? '' : r.problem.hint; };
    expect(hint('2027-2-3')).toContain('"2027-02-03"');
    expect(hint('20270101')).toContain('"2027-01-01"');
    expect(hint('2027-01-01T00:00')).toContain('"2027-01-01"');
    expect(hint(' 2027-01-01 ')).toContain('"2027-01-01"');
  });

  it('rejects values that are not strings', () => {
    expect(code(20270101 as unknown as string)).toBe('date/not-a-string');
  });

  it('isoDate throws a FairlodeError with the code', () => {
    expect(() => isoDate('2027-02-30')).toThrow(FairlodeError);
    expect(() => isoDate('2027-02-30')).toThrow(/February 2027 has 28 days/);
  });

  it('isIsoDate is the same check as parseDate', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate(42)).toBe(false);
  });

  it('agrees with the JS Date (UTC) on which strings are real dates', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, day) => {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const js = new Date(`${text}T00:00:00Z`);
      const real = !Number.isNaN(js.getTime()) && js.toISOString().slice(0, 10) === text;
      expect(parseDate(text).ok).toBe(real);
    }));
  });
});

describe('calendar', () => {
  it.each([[2028, true], [2027, false], [2000, true], [2100, false], [1900, false], [2400, true]])('isLeapYear(%i) = %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });
  it('daysInMonth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 13)).toBe(0);
  });
  it('dateFromParts and dateParts', () => {
    expect(dateFromParts(2026, 7, 1)).toEqual({ ok: true, value: '2026-07-01' });
    expect(dateFromParts(2026, 6, 31).ok).toBe(false);
    expect(dateFromParts(2026, 6.5, 1).ok).toBe(false);
    expect(dateParts(d('0042-03-09'))).toEqual({ year: 42, month: 3, day: 9 });
  });
});

describe('comparing dates', () => {
  it('orders by calendar', () => {
    expect(compareDates(d('2026-12-31'), d('2027-01-01'))).toBe(-1);
    expect(compareDates(d('2027-01-01'), d('2027-01-01'))).toBe(0);
    expect(compareDates(d('2027-10-01'), d('2027-09-30'))).toBe(1);
    expect(isBefore(d('2026-06-30'), d('2026-07-01'))).toBe(true);
    expect(isAfter(d('2026-07-01'), d('2026-07-01'))).toBe(false);
    expect(minDate(d('2031-12-31'), d('2027-12-31'), d('2030-01-01'))).toBe('2027-12-31');
    expect(maxDate(d('2031-12-31'), d('2027-12-31'), d('2030-01-01'))).toBe('2031-12-31');
  });
  it('text order is calendar order (property, against Date)', () => {
    fc.assert(fc.property(anyDate, anyDate, (a, b) => {
      expect(Math.sign(compareDates(a, b))).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
    }));
  });
});

describe('date arithmetic', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2027-02-28'), 1)).toBe('2027-03-01');
    expect(addDays(d('2027-12-31'), 1)).toBe('2028-01-01');
    expect(addDays(d('2027-01-01'), -1)).toBe('2026-12-31');
    expect(addDays(d('2027-01-01'), 365)).toBe('2028-01-01');
    expect(addDays(d('2028-01-01'), 365)).toBe('2028-12-31'); // 2028 has 366 days
  });
  it('addMonths clamps to the last day of a shorter month', () => {
    expect(addMonths(d('2027-01-31'), 1)).toBe('2027-02-28');
    expect(addMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(d('2027-03-31'), -1)).toBe('2027-02-28');
    expect(addMonths(d('2027-05-31'), 1)).toBe('2027-06-30');
    expect(addMonths(d('2026-07-01'), 12)).toBe('2027-07-01');
    expect(addMonths(d('2027-01-15'), -13)).toBe('2025-12-15');
    // Clamping is not associative: one month twice differs from two months at once.
    expect(addMonths(addMonths(d('2027-01-31'), 1), 1)).toBe('2027-03-28');
    expect(addMonths(d('2027-01-31'), 2)).toBe('2027-03-31');
  });
  it('addYears clamps 29 February', () => {
    expect(addYears(d('2028-02-29'), 1)).toBe('2029-02-28');
    expect(addYears(d('2028-02-29'), 4)).toBe('2032-02-29');
    expect(addYears(d('2026-07-01'), 25)).toBe('2051-07-01');
  });
  it('daysBetween', () => {
    expect(daysBetween(d('2027-01-01'), d('2027-12-31'))).toBe(364);
    expect(daysBetween(d('2028-01-01'), d('2028-12-31'))).toBe(365);
    expect(daysBetween(d('2028-03-01'), d('2028-02-28'))).toBe(-2);
    expect(daysBetween(d('1970-01-01'), d('2000-01-01'))).toBe(10957); // 30 years, 7 leap days: 30·365 + 7
  });
  it('refuses fractions and dates beyond 9999', () => {
    expect(() => addDays(d('2027-01-01'), 0.5)).toThrow(FairlodeError);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(/outside the years 0001 to 9999/);
    expect(() => addMonths(d('0001-01-31'), -1)).toThrow(FairlodeError);
  });
  it('addDays and daysBetween agree with Date (UTC) (property)', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -365, max: 365 }), (date, n) => {
      const expected = new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);
      expect(addDays(date, n)).toBe(expected);
      expect(daysBetween(date, addDays(date, n))).toBe(n);
    }));
  });
  it('addMonths agrees with a clamped Date.UTC computation (property)', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -12, max: 12 }), (date, n) => {
      const [y, m, day] = date.split('-').map(Number) as [number, number, number];
      const last = new Date(Date.UTC(2000, 0, 1));
      last.setUTCFullYear(y, m - 1 + n + 1, 0); // day 0 of the next month = last day of the target month
      const target = new Date(last.getTime());
      target.setUTCDate(Math.min(day, last.getUTCDate()));
      expect(addMonths(date, n)).toBe(target.toISOString().slice(0, 10));
    }));
  });
});
