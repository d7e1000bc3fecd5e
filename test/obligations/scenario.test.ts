// The bundled five-year scenario: examples/actuals/chagai-partnership (2027) followed by
// examples/scenarios/chagai-2028-2031. Every expected figure is worked out by hand from the YAML
// files and the contract (examples/contracts/chagai-partnership.yaml), in the comments.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatObligationsText, isoDate, loadActuals, measureText, trackObligations, type LoadedActuals, type ObligationReport, type TrackedObligation } from 'fairlode';
import { chagai } from './track-fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const contract = chagai();
const dirs = ['examples/actuals/chagai-partnership', 'examples/scenarios/chagai-2028-2031'];
const files = dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${d}/${f}`));
const loaded = files.map((f) => loadActuals(readFileSync(join(root, f), 'utf8'), { contract: contract.contract, filename: f }));
const actuals: LoadedActuals[] = loaded.map((r, i) => {
  if (!r.ok) throw new Error(`${files[i]}: ${JSON.stringify(r.diagnostics)}`);
  return r.value;
});

const track = (asOf: string): ObligationReport => trackObligations(contract, actuals, { asOf: isoDate(asOf), horizonDays: 180 });
const find = (r: ObligationReport, id: string): TrackedObligation => {
  const o = r.obligations.find((x) => x.id === id);
  if (!o) throw new Error(`no obligation ${id}`);
  return o;
};
const text = (m: { value: { toString(): string }; unit: string } | undefined) => (m ? measureText(m as Parameters<typeof measureText>[0]) : undefined);

describe('the Chagai scenario, 2027 to 2031', () => {
  it('is twenty contiguous quarters, each loading without a diagnostic', () => {
    expect(files).toHaveLength(20);
    expect(actuals.map((a) => a.actuals.period.label)).toEqual(['2027', '2028', '2029', '2030', '2031'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)));
    expect(loaded.flatMap((r) => r.diagnostics)).toEqual([]);
  });

  it('national hiring (§16.1, 80%): met, missed during the 2029 expansion, caught up', () => {
    const o = find(track('2031-12-31'), 'national-hiring@2027-12-31');
    // The 80% target binds from 2027-12-31 until the 90% target's date, 2031-12-31: 2027-Q4 to 2031-Q3.
    expect(o.checks.map((c) => `${c.period} ${c.status}`)).toEqual([
      '2027-Q4 met', '2028-Q1 met', '2028-Q2 met', '2028-Q3 met', '2028-Q4 met', '2029-Q1 met',
      '2029-Q2 missed', '2029-Q3 missed',
      '2029-Q4 met', '2030-Q1 met', '2030-Q2 met', '2030-Q3 met', '2030-Q4 met', '2031-Q1 met', '2031-Q2 met', '2031-Q3 met',
    ]);
    // 2029-Q2: 2650 of 3400 nationals = 77.94%; 80% of 3400 = 2720, so 70 people short.
    // 2029-Q3: 2790 of 3600 = 77.5%; 80% of 3600 = 2880, so 90 short.
    const missed = o.checks.filter((c) => c.status === 'missed');
    expect(missed.map((c) => [c.period, text(c.actual), text(c.shortfall)])).toEqual([['2029-Q2', '77.94%', '70 people'], ['2029-Q3', '77.5%', '90 people']]);
    // The status is the latest check: 2031-Q3, 2490 of 2820 = 88.297872…%, so met; the share is
    // kept to ten places, rounded down.
    expect(o.status).toBe('met');
    expect(o.actual?.value.toString()).toBe('0.8829787234');
  });

  it('judged on 2029-09-30 the same target is missed, and on 2029-12-31 met again', () => {
    const during = find(track('2029-09-30'), 'national-hiring@2027-12-31');
    expect([during.status, text(during.shortfall)]).toEqual(['missed', '90 people']);
    // 2029-Q4: 2480 of 2700 = 91.85%.
    const after = find(track('2029-12-31'), 'national-hiring@2027-12-31');
    expect([after.status, text(after.actual)]).toEqual(['met', '91.85%']);
  });

  it('provincial hiring (§16.2, 50%, 20000 USD per person short): the penalty follows the shortfall', () => {
    // 2029-Q2: 1650 of 3400 = 48.53%; 50% of 3400 = 1700, so 50 short: 50 × 20000 = 1000000.00 USD.
    const q2 = find(track('2029-06-30'), 'local-hiring@2027-12-31');
    expect([q2.status, text(q2.shortfall), q2.penalty?.amount.amount.toFixed(2), q2.penalty?.payee]).toEqual(['missed', '50 people', '1000000.00', 'cdf']);
    // 2029-Q3: 1760 of 3600; 1800 needed, 40 short: 800000.00 USD.
    const q3 = find(track('2029-09-30'), 'local-hiring@2027-12-31');
    expect([text(q3.shortfall), q3.penalty?.amount.amount.toFixed(2)]).toEqual(['40 people', '800000.00']);
    // Both misses stay in the history once caught up.
    const later = find(track('2031-12-31'), 'local-hiring@2027-12-31');
    expect(later.status).toBe('met');
    expect(later.checks.filter((c) => c.status === 'missed').map((c) => c.penalty?.amount.amount.toFixed(2))).toEqual(['1000000.00', '800000.00']);
  });

  it('on 2031-09-30 both second targets are at risk: behind the straight line to 2031-12-31', () => {
    const r = track('2031-09-30');
    // From 2027-12-31 to 2031-12-31 is 1461 days; 2031-09-30 is 1369 days in.
    // National: 80% + 10% × 1369/1461 = 89.3703%; 2490 of 2820 = 88.30% is behind.
    const national = find(r, 'national-hiring@2031-12-31');
    expect([national.status, text(national.expected), text(national.actual)]).toEqual(['at-risk', '89.37%', '88.3%']);
    // Province: 50% + 25% × 1369/1461 = 73.4257%; 2060 of 2820 = 73.05% is behind.
    const province = find(r, 'local-hiring@2031-12-31');
    expect([province.status, text(province.expected), text(province.actual)]).toEqual(['at-risk', '73.43%', '73.05%']);
  });

  it('on 2031-12-31 the 90% national target is met and the 75% provincial one missed by 40 people', () => {
    const r = track('2031-12-31');
    // 2031-Q4: 2570 of 2840 = 90.49% ≥ 90% (2556 needed).
    expect(find(r, 'national-hiring@2031-12-31').status).toBe('met');
    // 2090 of 2840 = 73.59%; 75% of 2840 = 2130, 40 short: 40 × 20000 = 800000.00 USD.
    const p = find(r, 'local-hiring@2031-12-31');
    expect([p.status, text(p.shortfall), p.penalty?.amount.amount.toFixed(2)]).toEqual(['missed', '40 people', '800000.00']);
  });

  it('local procurement (§16.7, 40%): missed in money during the expansion, then caught up', () => {
    const o = find(track('2031-12-31'), 'local-procurement@2028-12-31');
    // 2029-Q2: 40% of 16500000 = 6600000, 5800000 local: 800000.00 short.
    // 2029-Q3: 40% of 17000000 = 6800000, 6000000 local: 800000.00 short.
    // 2029-Q4: 5600000 of 12600000 = 44.44%: met.
    expect(o.checks.filter((c) => c.period >= '2029-Q1' && c.period <= '2029-Q4').map((c) => `${c.period} ${c.status} ${text(c.shortfall) ?? ''}`.trim())).toEqual([
      '2029-Q1 met', '2029-Q2 missed 800000.00 USD', '2029-Q3 missed 800000.00 USD', '2029-Q4 met',
    ]);
    expect(o.status).toBe('met');
  });

  it('FY2030 (July 2029 to June 2030): training budget and community fund both missed', () => {
    const r = track('2031-12-31');
    // Training spend 250000 + 300000 + 350000 + 380000 = 1280000 against 1500000: 220000.00 short.
    const training = find(r, 'training/FY2030');
    expect([training.status, text(training.actual), text(training.shortfall)]).toEqual(['missed', '1280000.00 USD', '220000.00 USD']);
    // The fund is 1% of gross revenue (between 2000000 and 15000000 a year). Gross per quarter:
    //   2029-Q3 14000 t × 9500 + 15700 ozt × 2550 = 133000000 + 40035000 = 173035000
    //   2029-Q4 14200 × 9900 + 15800 × 2580 = 140580000 + 40764000 = 181344000
    //   2030-Q1 14300 × 10200 + 15800 × 2600 = 145860000 + 41080000 = 186940000
    //   2030-Q2 14400 × 9700 + 15900 × 2620 = 139680000 + 41658000 = 181338000
    // Total 722657000; 1% = 7226570.00 due. Paid 1200000 × 3 + 1600000 = 5200000: 2026570.00 short.
    const fund = find(r, 'cdf-contribution/FY2030');
    expect([fund.status, text(fund.required), text(fund.actual), text(fund.shortfall)]).toEqual(['missed', '7226570.00 USD', '5200000.00 USD', '2026570.00 USD']);
    // The years either side are paid in full.
    expect(['FY2028', 'FY2029', 'FY2031'].map((y) => find(r, `cdf-contribution/${y}`).status)).toEqual(['met', 'met', 'met']);
  });

  it('deadlines: on time, late by so many days, and a resource statement made during its year', () => {
    const r = track('2031-12-31');
    const days = (id: string) => [find(r, id).status, text(find(r, id).shortfall)];
    expect(days('chagai-road@2028-12-31')).toEqual(['met', undefined]); // completed 2028-11-20
    expect(days('chagai-power@2029-06-30')).toEqual(['missed', '77 days']); // 2029-06-30 → 2029-09-15
    expect(days('chagai-water@2029-12-31')).toEqual(['met', undefined]); // 2029-12-05
    expect(days('copper-refining/refinery-fid')).toEqual(['missed', '46 days']); // 2027-12-31 → 2028-02-15
    expect(days('copper-refining/refinery-commissioning')).toEqual(['met', undefined]); // 2030-05-28
    expect(days('geodata-geophysics/2029-02-10')).toEqual(['missed', '40 days']); // 90 days → 2029-05-11; delivered 2029-06-20
    expect(days('local-content-report/2029-07-01')).toEqual(['missed', '47 days']); // due 2030-08-14, submitted 2030-09-30
    expect(days('payment-reporting/2029-07-01')).toEqual(['missed', '15 days']); // due 2031-06-30, submitted 2031-07-15
    // Resource statements are due by the end of each calendar year (production started 2027-01-01).
    expect(days('resource-reporting/2027-01-01')).toEqual(['missed', '25 days']); // submitted 2028-01-25
    expect(days('resource-reporting/2028-01-01')).toEqual(['met', undefined]); // submitted 2028-12-15, in its year
    expect(days('resource-reporting/2029-01-01')).toEqual(['met', undefined]); // 2029-12-20
    expect(days('resource-reporting/2030-01-01')).toEqual(['missed', '28 days']); // 2031-01-28
  });

  it('every status appears in the last report', () => {
    const r = track('2031-12-31');
    expect(r.counts).toEqual({ met: 37, missed: 14, 'at-risk': 1, 'not-yet-due': 12, 'no-data': 4 });
    // The one at risk: samples acquired 2031-11-15, due within 90 days (2032-02-13), not delivered.
    expect(r.obligations.filter((o) => o.status === 'at-risk').map((o) => [o.id, o.due])).toEqual([['geodata-samples/2031-11-15', '2032-02-13']]);
  });
});

describe('the Chagai scenario with a harsher penalty for provincial hiring', () => {
  // The same contract, with §16.2's penalty drawn from escrow and, while the target is missed, a
  // copper royalty one percentage point higher.
  const harsh = chagai((t) =>
    t.replace(
      '      penalty: { perUnitShortfall: "20000 USD", payee: cdf }',
      '      penalty: { perUnitShortfall: "20000 USD", payee: cdf, settledBy: escrow-drawdown, rateIncrease: { of: copper-royalty, by: "1%" } }',
    ),
  );
  const reloaded = files.map((f) => {
    const r = loadActuals(readFileSync(join(root, f), 'utf8'), { contract: harsh.contract, filename: f });
    if (!r.ok) throw new Error(f);
    return r.value;
  });
  const report = trackObligations(harsh, reloaded, { asOf: isoDate('2031-12-31'), horizonDays: 180 });

  it('the per-person amount is drawn from escrow, and each missed quarter adds 1% of that quarter\'s copper revenue', () => {
    const o = find(report, 'local-hiring@2027-12-31');
    const missed = o.checks.filter((c) => c.status === 'missed');
    // 2029-Q2: 50 short × 20000 = 1000000.00 USD from escrow; copper 13800 t × 8800 USD/t =
    //   121440000 USD of gross revenue (the royalty's base), 1% of it = 1214400.00 USD to gob.
    // 2029-Q3: 40 × 20000 = 800000.00; 14000 t × 9500 = 133000000, 1% = 1330000.00 USD.
    expect(missed.map((c) => [c.period, c.penalty?.amount.amount.toFixed(2), c.penalty?.settledBy, c.penalty?.rateIncrease?.extra?.amount.toFixed(2), c.penalty?.rateIncrease?.payee])).toEqual([
      ['2029-Q2', '1000000.00', 'escrow-drawdown', '1214400.00', 'gob'],
      ['2029-Q3', '800000.00', 'escrow-drawdown', '1330000.00', 'gob'],
    ]);
    expect(missed[0]?.penalty?.rateIncrease?.formula).toBe('1% × 121440000.00 USD (gross revenue of copper, 2029-Q2)');
  });

  it('met quarters carry no penalty, and the same contract without payouts states the rate but cannot compute it', () => {
    expect(find(report, 'local-hiring@2027-12-31').checks.filter((c) => c.status === 'met').every((c) => c.penalty === undefined)).toBe(true);
    // Payout statements that lack the period (here: none at all) leave the extra uncomputed, said so.
    const alone = trackObligations(harsh, reloaded, { asOf: isoDate('2029-06-30'), horizonDays: 180, statements: [] });
    const p = find(alone, 'local-hiring@2027-12-31').penalty;
    expect([p?.amount.amount.toFixed(2), p?.rateIncrease?.extra, p?.rateIncrease?.formula]).toEqual(['1000000.00', undefined, 'copper-royalty rate +1% while missed (not computed: no payout statement for the period)']);
  });

  it('the text report says so', () => {
    const text = formatObligationsText(trackObligations(harsh, reloaded, { asOf: isoDate('2029-06-30'), horizonDays: 180 }));
    expect(text).toContain('penalty 1000000.00 USD to cdf (50 people × 20000.00 USD), drawn from escrow; higher rate 1214400.00 USD to gob (copper-royalty: 1% × 121440000.00 USD (gross revenue of copper, 2029-Q2))');
  });
});
