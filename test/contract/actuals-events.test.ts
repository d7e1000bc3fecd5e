import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract, type Contract } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const loaded = loadContract(readFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('the example must load');
const chagai: Contract = loaded.value.contract;

/** Minimal Chagai actuals for 2027-Q1 with the given events block. */
const withEvents = (events: string): string => `contract: chagai-partnership\nperiod: 2027-Q1\nevents:\n${events}`;

describe('loadActuals: events name clauses of the contract', () => {
  it('an event for a clause that does not exist is a located error with a did-you-mean', () => {
    // "closure-bnd" is one letter short of the closure-bond clause id.
    const r = loadActuals(withEvents('  - { clause: closure-bnd, kind: posted, date: 2027-02-01 }\n'), { filename: 'q1.yaml', contract: chagai });
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.code).toBe('actuals/unknown-clause');
    expect(d.path).toEqual(['events', 0, 'clause']);
    // Line 4: "  - { clause: closure-bnd, ..."; the value starts at column 15.
    expect(d.range).toEqual({ start: { line: 4, column: 15 }, end: { line: 4, column: 26 } });
    expect(d.hint).toBe('did you mean "closure-bond"?');
    expect(d.message).toBe('The event names "closure-bnd", which is not a clause or milestone of contract "chagai-partnership".');
  });

  it('an event for a milestone (an infrastructure or processing milestone id) is accepted', () => {
    // road-first-half is a milestone of the road clause; refinery-fid one of the refinery commitment.
    const r = loadActuals(withEvents('  - { clause: road-first-half, date: 2027-02-01 }\n  - { clause: refinery-fid, date: 2027-03-01 }\n'), { contract: chagai });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a name far from every clause gets a hint that says what to name', () => {
    const r = loadActuals(withEvents('  - { clause: nothing-like-it-at-all, date: 2027-02-01 }\n'), { contract: chagai });
    expect(r.diagnostics[0]!.hint).toBe('name the id of a clause, milestone or work item of the contract');
  });

  it('without a contract the clause cannot be checked, and is not', () => {
    const r = loadActuals(withEvents('  - { clause: closure-bnd, date: 2027-02-01 }\n'));
    expect(r.ok).toBe(true);
  });
});
