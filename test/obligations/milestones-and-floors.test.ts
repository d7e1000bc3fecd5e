// Regressions from issue #12 (wrong answers in the obligation tracker): running totals due before
// the first actuals, events reported for a milestone, and a fund's stated annual minimum. Every
// expected value is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { isoDate, measureText, trackObligations, type ObligationReport, type TrackedObligation } from 'fairlode';
import { chagai, period, workforce } from './track-fixtures.js';

const contract = chagai();

function find(report: ObligationReport, id: string): TrackedObligation {
  const o = report.obligations.find((x) => x.id === id);
  if (!o) throw new Error(`no obligation ${id}`);
  return o;
}

/** A quarter with a workforce, some road spend and the given extra YAML. */
function quarter(label: string, extra = ''): ReturnType<typeof period> {
  return period(contract, label, `${workforce(2480, 2000, 1300)}infrastructure: { chagai-road: { spent: "1000 USD" } }\n${extra}`);
}

describe('a running total due before the first actuals', () => {
  // road-first-half §17.1: 40000000 USD spent by 2027-12-31; training §16.4: 300 people by
  // 2027-12-31. The first actuals are 2028-Q1 (from 2028-01-01): no period covers any day up to
  // either deadline, so nothing is known about 2027 and neither can be a miss (it was `missed …
  // actual 0.00` before).
  const report = trackObligations(contract, [quarter('2028-Q1')], { asOf: isoDate('2028-03-31') });

  it('is no-data, not missed with a total of 0', () => {
    const road = find(report, 'chagai-road/road-first-half');
    expect([road.status, road.reason]).toEqual(['no-data', 'incomplete-coverage']);
    expect(road.shortfall).toBeUndefined();
    const trained = find(report, 'training@2027-12-31');
    expect([trained.status, trained.reason]).toEqual(['no-data', 'incomplete-coverage']);
  });
});

describe('an event reported for a milestone', () => {
  const year = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((l) => quarter(l));

  it('meets it when dated on or before its deadline, whatever the event kind that reports completion', () => {
    // `{ clause: road-first-half, kind: delivered, date: 2027-11-01 }`: 2027-11-01 ≤ 2027-12-31 → met,
    // though only 4 × 1000 USD of the 40000000 USD were reported spent (it was missed by 39996000.00).
    const report = trackObligations(contract, [...year, quarter('2028-Q1', 'events: [{ clause: road-first-half, kind: delivered, date: 2027-11-01 }]\n')], { asOf: isoDate('2028-03-31') });
    const o = find(report, 'chagai-road/road-first-half');
    expect([o.status, o.fulfilled]).toEqual(['met', '2027-11-01']);
    expect(o.evidence).toEqual([{ period: '2028-Q1', field: 'events[0]', date: '2027-11-01' }]);
  });

  it('is missed late by the days after the deadline when the event comes after it and the spend falls short', () => {
    // Event 2028-01-15, deadline 2027-12-31: 15 days late (was: missed below-target, 39996000.00 USD).
    const report = trackObligations(contract, [...year, quarter('2028-Q1', 'events: [{ clause: road-first-half, date: 2028-01-15 }]\n')], { asOf: isoDate('2028-03-31') });
    const o = find(report, 'chagai-road/road-first-half');
    expect([o.status, o.reason, o.fulfilled]).toEqual(['missed', 'late', '2028-01-15']);
    expect(measureText(o.shortfall!)).toBe('15 days');
  });
});

describe("a community fund's annual minimum", () => {
  // cdf-contribution §15.2: 1% of gross revenue, at least 2000000 USD a fiscal year (July to June),
  // pro-rated to the part of a year in the term. The only actuals are 2028-Q1 (no sales).
  const report = trackObligations(contract, [quarter('2028-Q1')], { asOf: isoDate('2028-03-31') });

  it('is the requirement of a year with no actuals (it was 0.00 USD)', () => {
    // FY2027 (2026-07-01 to 2027-06-30) lies wholly in the term: 2000000.00 USD.
    const fy2027 = find(report, 'cdf-contribution/FY2027');
    expect([fy2027.status, fy2027.reason]).toEqual(['no-data', 'no-actuals']);
    expect(measureText(fy2027.required!)).toBe('2000000.00 USD');
    // FY2026 runs 2025-07-01 to 2026-06-30; the term starts 2026-01-01, so 181 of its 365 days:
    // 2000000 × 181 / 365 = 991780.8219… → 991780.82 USD.
    expect(measureText(find(report, 'cdf-contribution/FY2026').required!)).toBe('991780.82 USD');
  });

  it('is the requirement of the year under way while less has accrued', () => {
    // FY2028: 1% of no revenue is 0.00 so far; the year owes at least 2000000.00 USD.
    const fy2028 = find(report, 'cdf-contribution/FY2028');
    expect(fy2028.status).toBe('not-yet-due');
    expect(measureText(fy2028.required!)).toBe('2000000.00 USD');
  });
});
