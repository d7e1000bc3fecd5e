// Obligation tracking against hand-built actuals for the Chagai example contract; every expected
// value is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { isoDate, measureText, trackObligations, type ObligationReport, type TrackedObligation } from 'fairlode';
import { chagai, exampleQuarter, period, workforce } from './track-fixtures.js';

const contract = chagai();

function find(report: ObligationReport, id: string): TrackedObligation {
  const o = report.obligations.find((x) => x.id === id);
  if (!o) throw new Error(`no obligation ${id}: ${report.obligations.map((x) => x.id).join(', ')}`);
  return o;
}

describe('share targets (local employment)', () => {
  // national-hiring §16.1: nationals at least 80% of the whole workforce from 2027-12-31.
  const q4 = period(contract, '2027-Q4', workforce(2480, 2000, 1150));
  const q1 = period(contract, '2028-Q1', workforce(2480, 1900, 1300));
  const q2 = period(contract, '2028-Q2', workforce(2480, 2100, 1300));

  it('is met when the share reaches the target on the deadline', () => {
    // 2000 / 2480 = 80.65% ≥ 80%.
    const o = find(trackObligations(contract, [q4], { asOf: isoDate('2027-12-31') }), 'national-hiring@2027-12-31');
    expect(o.status).toBe('met');
    expect(measureText(o.actual!)).toBe('80.65%');
    expect(o.ref).toBe('§16.1');
    expect(o.path).toEqual(['community', 'employment', 0, 'targets', 0]);
    expect(o.range?.start.line).toBe(220);
    expect(o.evidence).toEqual([{ period: '2027-Q4', field: 'workforce.national' }]);
  });

  it('is missed in a later period that falls below it, with the shortfall in people', () => {
    // 80% of 2480 = 1984 people; 1900 nationals → 84 short.
    const o = find(trackObligations(contract, [q4, q1], { asOf: isoDate('2028-03-31') }), 'national-hiring@2027-12-31');
    expect(o.status).toBe('missed');
    expect(o.reason).toBe('below-target');
    expect(measureText(o.shortfall!)).toBe('84 people');
    expect(o.penalty).toBeUndefined(); // §16.1 states no penalty
  });

  it('is met again once caught up, keeping the miss in its history', () => {
    // 2100 / 2480 = 84.68% ≥ 80%: met → missed → met.
    const o = find(trackObligations(contract, [q2, q4, q1], { asOf: isoDate('2028-06-30') }), 'national-hiring@2027-12-31');
    expect(o.status).toBe('met');
    expect(o.checks.map((c) => `${c.period} ${c.status}`)).toEqual(['2027-Q4 met', '2028-Q1 missed', '2028-Q2 met']);
    expect(measureText(o.checks[1]!.shortfall!)).toBe('84 people');
  });

  it('computes a per-person penalty for a miss', () => {
    // local-hiring §16.2: province 50% by 2027-12-31, 20000 USD per person short, paid to cdf.
    // 50% of 2480 = 1240; 1150 from the province → 90 short → 90 × 20000 = 1800000.00 USD.
    const o = find(trackObligations(contract, [q4], { asOf: isoDate('2027-12-31') }), 'local-hiring@2027-12-31');
    expect(o.status).toBe('missed');
    expect(measureText(o.shortfall!)).toBe('90 people');
    expect(o.penalty?.amount.amount.toFixed(2)).toBe('1800000.00');
    expect(o.penalty?.payee).toBe('cdf');
    expect(o.penalty?.formula).toBe('90 people × 20000.00 USD');
  });

  it('is at risk within the horizon when behind the pro-rata path', () => {
    // national-hiring 90% by 2031-12-31, from 80% on 2027-12-31 (1461 days). On 2031-09-30, 1369
    // days in: path = 80% + 10% × 1369/1461 = 89.37%; the quarter shows 2125/2500 = 85% → at risk.
    const q = period(contract, '2031-Q3', workforce(2500, 2125, 1900));
    const o = find(trackObligations(contract, [q], { asOf: isoDate('2031-09-30'), horizonDays: 180 }), 'national-hiring@2031-12-31');
    expect(o.status).toBe('at-risk');
    expect(o.reason).toBe('behind-path');
    expect(measureText(o.expected!)).toBe('89.37%');
    expect(measureText(o.actual!)).toBe('85%');
  });

  it('is not yet due outside the horizon, even when behind', () => {
    // 2027-06-30 is 184 days before 2027-12-31: beyond the 90-day default horizon.
    const q = period(contract, '2027-Q2', workforce(2400, 1000, 500));
    expect(find(trackObligations(contract, [q], { asOf: isoDate('2027-06-30') }), 'national-hiring@2027-12-31').status).toBe('not-yet-due');
  });

  it('has no data when the period lacks the figure, or there is no period at all', () => {
    const bare = period(contract, '2027-Q4', 'workforce: { total: 2480 }\n');
    const missing = find(trackObligations(contract, [bare], { asOf: isoDate('2027-12-31') }), 'national-hiring@2027-12-31');
    expect([missing.status, missing.reason]).toEqual(['no-data', 'missing-field']);
    const none = find(trackObligations(contract, [], { asOf: isoDate('2028-01-31') }), 'national-hiring@2027-12-31');
    expect([none.status, none.reason]).toEqual(['no-data', 'no-actuals']);
  });

  it('has no data when the latest actuals are more than a period old', () => {
    // Last quarter 2027-Q4 (92 days); on 2028-12-31 that is 366 days old.
    const o = find(trackObligations(contract, [q4], { asOf: isoDate('2028-12-31') }), 'national-hiring@2027-12-31');
    expect([o.status, o.reason]).toEqual(['no-data', 'stale-actuals']);
  });
});

describe('dated deliveries', () => {
  it('a development agreement concluded late is missed by the days late, with the fixed penalty', () => {
    // cda §15: by 2026-12-31, penalty 500000 USD. Concluded 2027-01-20: 20 days late.
    const q = period(contract, '2027-Q1', 'events: [ { clause: cda, kind: concluded, date: 2027-01-20 } ]\n');
    const o = find(trackObligations(contract, [q], { asOf: isoDate('2027-03-31') }), 'cda');
    expect([o.status, o.reason, measureText(o.shortfall!), o.fulfilled]).toEqual(['missed', 'late', '20 days', '2027-01-20']);
    expect(o.penalty?.amount.amount.toFixed(2)).toBe('500000.00');
  });

  it('the ESIA is due the day before construction and met by an earlier event', () => {
    // esia §20.1: by 2026-06-30 and before construction (2026-07-01) → due 2026-06-30.
    const q = period(contract, '2026-Q2', 'events: [ { clause: esia, kind: completed, date: 2026-05-20 } ]\n');
    const o = find(trackObligations(contract, [q], { asOf: isoDate('2026-06-30') }), 'esia');
    expect([o.status, o.due, o.fulfilled]).toEqual(['met', '2026-06-30', '2026-05-20']);
  });

  it('geodata: each acquisition starts its own deadline', () => {
    // geodata-maps §7.1: 60 days. Acquired 02-01, delivered 03-15 (42 days) → met.
    // Acquired 03-01, never delivered → due 04-30; on 06-30 the actuals cover it → 61 days overdue.
    const q1 = period(contract, '2027-Q1', 'events:\n  - { clause: geodata-maps, kind: acquired, date: 2027-02-01 }\n  - { clause: geodata-maps, kind: acquired, date: 2027-03-01 }\n  - { clause: geodata-maps, kind: delivered, date: 2027-03-15 }\n');
    const q2 = period(contract, '2027-Q2', '');
    const r = trackObligations(contract, [q1, q2], { asOf: isoDate('2027-06-30') });
    expect(find(r, 'geodata-maps/2027-02-01').status).toBe('met');
    const late = find(r, 'geodata-maps/2027-03-01');
    expect([late.status, late.reason, late.due, measureText(late.shortfall!)]).toEqual(['missed', 'overdue', '2027-04-30', '61 days']);
    // No acquisition reported for the assays: no data, never a silent pass.
    expect(find(r, 'geodata-assays').status).toBe('no-data');
  });

  it('a deadline before the first actuals cannot be judged without an event', () => {
    const q = period(contract, '2027-Q1', '');
    const o = find(trackObligations(contract, [q], { asOf: isoDate('2027-03-31') }), 'closure-bond');
    expect([o.status, o.reason]).toEqual(['no-data', 'no-event']);
  });
});

describe('cumulative and annual amounts', () => {
  const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((l) => exampleQuarter(contract, l));

  it('people trained: a running total from the first actuals', () => {
    // training §16.6: 300 by 2027-12-31. The example quarters train 120 + 160 + 150 + 140 = 570;
    // the running total first reaches 300 in 2027-Q3 (120 + 160 + 150 = 430).
    const o = find(trackObligations(contract, quarters, { asOf: isoDate('2027-12-31') }), 'training@2027-12-31');
    expect([o.status, measureText(o.actual!), o.fulfilled]).toEqual(['met', '570 people', '2027-09-30']);
  });

  it('a spend milestone short of its amount is missed by the money short', () => {
    // road-first-half §17.1: 40000000 USD by 2027-12-31; the road got 4 × 9000000 = 36000000.
    const o = find(trackObligations(contract, quarters, { asOf: isoDate('2027-12-31') }), 'chagai-road/road-first-half');
    expect([o.status, measureText(o.shortfall!)]).toEqual(['missed', '4000000.00 USD']);
  });

  it('the annual training budget over a whole fiscal year', () => {
    // FY2028 runs 2027-07-01 to 2028-06-30: 2027-Q3 380000 + 2027-Q4 400000 + two quarters of
    // 300000 = 1380000 against 1500000 → 120000.00 USD short.
    const more = ['2028-Q1', '2028-Q2'].map((l) => period(contract, l, 'training: { spent: "300000 USD", trained: 50 }\n'));
    const o = find(trackObligations(contract, [...quarters, ...more], { asOf: isoDate('2028-06-30') }), 'training/FY2028');
    expect([o.status, measureText(o.required!), measureText(o.actual!), measureText(o.shortfall!)]).toEqual(['missed', '1500000.00 USD', '1380000.00 USD', '120000.00 USD']);
    // FY2027 is only half covered by actuals (2027-Q1, Q2: 760000): no data, not a miss.
    expect(find(trackObligations(contract, quarters, { asOf: isoDate('2027-12-31') }), 'training/FY2027').reason).toBe('incomplete-coverage');
  });

  it('community-fund payments against what the payout engine says was due', () => {
    // With a calendar fiscal year, FY2027 is the four example quarters. Gross revenue: copper
    // 11800×8700 + 12500×9200 + 12900×9650 + 13100×7800 = 444325000; gold 14200×2350 + 15000×2400
    // + 15400×2480 + 15100×2300 = 142292000; 1% of 586617000 = 5866170.00 (between the 2M floor and
    // 15M cap). Paid 1000000 + 1100000 + 1250000 + 900000 = 4250000 → 1616170.00 USD short.
    const calendar = chagai((t) => t.replace('fiscalYear: { startMonth: 7 }', 'fiscalYear: { startMonth: 1 }'));
    const qs = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((l) => exampleQuarter(calendar, l));
    const o = find(trackObligations(calendar, qs, { asOf: isoDate('2027-12-31') }), 'cdf-contribution/FY2027');
    expect([o.status, measureText(o.required!), measureText(o.actual!), measureText(o.shortfall!)]).toEqual(['missed', '5866170.00 USD', '4250000.00 USD', '1616170.00 USD']);
  });
});

describe('the report', () => {
  it('counts every status and is the same for the same inputs', () => {
    const quarters = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((l) => exampleQuarter(contract, l));
    const a = trackObligations(contract, quarters, { asOf: isoDate('2027-12-31') });
    const b = trackObligations(contract, [...quarters].reverse(), { asOf: isoDate('2027-12-31') });
    expect(b).toEqual(a);
    expect(Object.values(a.counts).reduce((x, y) => x + y, 0)).toBe(a.obligations.length);
    expect(a.periods).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
  });
});
