// Unknown is not absent (issue #15): an obligation whose term is written { unknown: … } is reported
// as not trackable (no-data, reason unknown-term) with the term and its reason, never as missed and
// never silently dropped; the other obligations are tracked as before, at their own paths.
import { trackObligations, type TrackedObligation } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { chagai, period, workforce } from './track-fixtures.js';

const asOf = '2028-06-30';
const track = (edit: (t: string) => string) => {
  const contract = chagai(edit);
  // 2028-Q1: 2480 workers, 2000 national (80.6%), 1300 from the province (52.4%).
  return trackObligations(contract, [period(contract, '2028-Q1', workforce(2480, 2000, 1300))], { asOf });
};
const unknownOnes = (os: readonly TrackedObligation[]) => os.filter((o) => o.reason === 'unknown-term');

describe('obligations with unknown terms', () => {
  it('reports payment reporting as not trackable when the reporting deadline is unknown (it was dropped)', () => {
    const known = track((t) => t);
    expect(known.obligations.some((o) => o.kind === 'payment-reporting')).toBe(true);
    const r = track((t) => t.replace('projectLevel: true, timelinessMonths: 12', 'projectLevel: true, timelinessMonths: { unknown: "redacted" }'));
    expect(r.obligations.filter((o) => o.kind === 'payment-reporting').map((o) => [o.clause, o.status, o.reason, o.path])).toEqual([['payment-reporting', 'no-data', 'unknown-term', ['governance', 'reporting']]]);
    const o = unknownOnes(r.obligations)[0]!;
    expect(o.description).toBe('payment reporting: not trackable, "governance.reporting.timelinessMonths" is unknown (redacted)');
    expect(o.unknown?.reason).toBe('redacted');
    // Placed where the unknown is written: line 280 of the Chagai contract.
    expect(o.range?.start.line).toBe(280);
    expect(r.counts.missed).toBe(known.counts.missed - known.obligations.filter((x) => x.kind === 'payment-reporting' && x.status === 'missed').length);
  });

  it('sets aside an employment clause whose targets are unknown and tracks the others at their own paths', () => {
    const known = track((t) => t);
    const r = track((t) => t.replace('targets: [ { by: 2027-12-31, share: "80%" }, { by: 2031-12-31, share: "90%" } ]', 'targets: { unknown: "not in the published summary" }'));
    expect(unknownOnes(r.obligations).map((o) => [o.clause, o.kind, o.path])).toEqual([['national-hiring', 'employment-share', ['community', 'employment', 0]]]);
    expect(r.obligations.some((o) => o.clause === 'national-hiring' && o.reason !== 'unknown-term')).toBe(false);
    // local-hiring is the second item as written: its path and line are those of the known contract.
    const local = (os: readonly TrackedObligation[]) => os.filter((o) => o.clause === 'local-hiring').map((o) => [o.id, o.status, o.path, o.range?.start.line]);
    expect(local(r.obligations)).toEqual(local(known.obligations));
    expect((local(r.obligations)[0]![2] as unknown[]).slice(0, 3)).toEqual(['community', 'employment', 1]);
  });

  it('names an unknown list item, which the typed contract leaves out', () => {
    const r = track((t) => t.replace('- { id: host-area-hiring, ref: "§16.3", modality: shall, category: unskilled, scope: host-area, targets: [ { by: 2027-12-31, share: "60%" } ] }', '- { unknown: "redacted" }'));
    expect(unknownOnes(r.obligations).map((o) => [o.clause, o.status, o.path])).toEqual([['community.employment[2]', 'no-data', ['community', 'employment', 2]]]);
    expect(r.obligations.some((o) => o.clause === 'host-area-hiring')).toBe(false);
  });

  it('still tracks an obligation whose penalty alone is unknown', () => {
    const r = track((t) => t.replace('penalty: { perUnitShortfall: "20000 USD", payee: cdf }', 'penalty: { unknown: "redacted" }'));
    expect(unknownOnes(r.obligations)).toEqual([]);
    expect(r.obligations.filter((o) => o.clause === 'local-hiring').length).toBeGreaterThan(0);
  });
});
