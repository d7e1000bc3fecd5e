// The F1 rules and G1-RAT-001 on terms written { unknown: … }: an optional fact that is unknown must
// give insufficient-data, never the full credit an omitted fact gets (found encoding the real deals
// of examples/deals/, issue #15). Each verdict fails before the fix: the rule read the unknown as
// "not stated" and rated the clause fully met (or not applicable).
import { checkContract } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

const rating = (yaml: string, id: string) => checkContract(exampleContract(yaml)).outcomes.find((o) => o.ruleId === id)!;

describe('unknown optional terms are not credited', () => {
  it('G1-RAT-001: ratified by parliament, publication before it unknown', () => {
    expect(rating('governance:\n  ratification: { id: r, by: parliament, publishedBefore: { unknown: "not found" } }\n', 'G1-RAT-001').rating).toBe('insufficient-data');
    // Known: published before, fully meets; not published before, partially.
    expect(rating('governance:\n  ratification: { id: r, by: parliament, publishedBefore: true }\n', 'G1-RAT-001').rating).toBe('fully-meets');
  });

  it('F1-TRM-001: a renewal whose terms, or whose existence, is unknown', () => {
    expect(rating('term: { years: 20, renewal: { years: 20, onSameTerms: { unknown: "not found" } } }\n', 'F1-TRM-001').rating).toBe('insufficient-data');
    expect(rating('term: { years: 20, renewal: { unknown: "not published" }, mineLife: 40 }\n', 'F1-TRM-001').rating).toBe('insufficient-data');
    expect(rating('term: { years: 20, mineLife: { unknown: "not stated" } }\n', 'F1-TRM-001').rating).toBe('insufficient-data');
    // Known: 20 years, no renewal, a 40-year mine: short of the mine, substantially meets.
    expect(rating('term: { years: 20, mineLife: 40 }\n', 'F1-TRM-001').rating).toBe('substantially-meets');
  });

  it('F1-INC-001: incentives unknown, or an incentive whose basis is unknown', () => {
    expect(rating('incentives: { unknown: "not found" }\n', 'F1-INC-001')).toMatchObject({ status: 'rated', rating: 'insufficient-data' });
    expect(rating('incentives:\n  - { id: holiday, kind: tax-holiday, basis: { unknown: "redacted" } }\n', 'F1-INC-001').rating).toBe('insufficient-data');
  });

  it('F1-STB-001: every tax frozen for a period that is unknown', () => {
    // Known broad and known short would be partially-meets; the period could be the whole term.
    expect(rating('governance:\n  stabilization: { id: s, freezes: [all-taxes], years: { unknown: "a specified period" } }\n', 'F1-STB-001').rating).toBe('insufficient-data');
    expect(rating('governance:\n  stabilization: { id: s, freezes: [all-taxes], years: 10 }\n', 'F1-STB-001').rating).toBe('partially-meets');
  });
});

// Found running `check --plan` on the Reko Diq file: F1-RPT-001's three shortfalls (at armsLength,
// and two at the section) all became "cannot be judged, relatedParties.armsLength is unknown",
// printed three times.
describe('one "cannot be judged" per rule and unknown term', () => {
  it('F1-RPT-001 with an unknown arm\'s-length rule gives one finding, not three', () => {
    const r = checkContract(exampleContract('relatedParties:\n  id: related-parties\n  armsLength: { unknown: "not published" }\n'));
    const rpt = r.findings.filter((f) => f.kind === 'rule' && f.ruleId === 'F1-RPT-001');
    expect(rpt.map((f) => [f.path.join('.'), f.kind === 'rule' && f.rating])).toEqual([['relatedParties.armsLength', 'insufficient-data']]);
    expect(r.outcomes.find((o) => o.ruleId === 'F1-RPT-001')).toMatchObject({ status: 'rated', rating: 'insufficient-data' });
  });
});
