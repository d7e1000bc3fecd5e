// Shared fast-check generators for the time tests. Dates come from the JS Date in UTC (an
// independent implementation of the Gregorian calendar), never from the code under test.
import fc from 'fast-check';
import { isoDate, type IsoDate, type PeriodKind } from 'fairlode';

/** A random calendar date between 0003-01-01 and 9997-12-31 (margin for the next and previous fiscal year). */
export const anyDate: fc.Arbitrary<IsoDate> = fc
  .date({ min: new Date('0003-01-01T00:00:00Z'), max: new Date('9997-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => isoDate(d.toISOString().slice(0, 10)));

/** A random year within the range where the previous and next years also exist. */
export const anyYear = fc.integer({ min: 2, max: 9998 });

/** Any fiscal year start month. */
export const anyStartMonth = fc.integer({ min: 1, max: 12 });

/** Any period kind. */
export const anyKind: fc.Arbitrary<PeriodKind> = fc.constantFrom('month', 'quarter', 'half', 'year', 'fiscal-year');
