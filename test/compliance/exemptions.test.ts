// Exemptions: written on the clause the finding is about, with a reason; they suppress the finding,
// are counted and reported with it, and an exemption naming no rule (or suppressing nothing) is
// itself reported.
import { checkContract, loadContract, type ExemptionFinding } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract, exampleValue } from './rule-example.js';

const tailings = (exempt: string) => `environment:
  tailings:
    id: tailings
    modality: shall
    present: true
    standard: national
    engineerOfRecord: true
    independentReview: true
    exempt: ${exempt}
`;

describe('exemptions', () => {
  it('suppress the findings on their clause, are counted and reported, and leave the rule out of the score', () => {
    const report = checkContract(exampleContract(tailings('[ { rule: P2-TSF-001, reason: "Dry-stack tailings regulated by the national dam-safety code" } ]')));
    expect(report.findings.some((f) => f.code === 'P2-TSF-001')).toBe(false);
    expect(report.exemptions).toHaveLength(1);
    const e = report.exemptions[0]!;
    expect(e).toMatchObject({ ruleId: 'P2-TSF-001', clauseId: 'tailings', reason: 'Dry-stack tailings regulated by the national dam-safety code', path: ['environment', 'tailings', 'exempt', 0] });
    expect(e.suppressed.map((f) => f.messageId)).toEqual(['no-gistm']);
    expect(report.scorecard.exempted).toEqual(['P2-TSF-001']);
    expect(report.scorecard.critical.some((g) => g.ruleId === 'P2-TSF-001')).toBe(false);
  });

  it('exempting one clause leaves the rule rated by its other findings', () => {
    const report = checkContract(exampleContract(`infrastructure:
  - { id: port, modality: shall, kind: port, description: Berth, capex: "1 USD", by: 2028-06-30, thirdPartyAccess: false, exempt: [ { rule: P3-INF-002, reason: Security zone } ] }
  - { id: road, modality: shall, kind: road, description: Road, capex: "1 USD", by: 2028-06-30, thirdPartyAccess: true, accessTerms: negotiated }
`));
    expect(report.exemptions.map((e) => e.clauseId)).toEqual(['port']);
    expect(report.findings.filter((f) => f.code === 'P3-INF-002').map((f) => f.path)).toEqual([['infrastructure', 1, 'accessTerms']]);
    expect(report.outcomes.find((o) => o.ruleId === 'P3-INF-002')).toMatchObject({ status: 'rated', rating: 'substantially-meets' });
  });

  it('an exemption naming an unknown rule is an error finding, with a did-you-mean', () => {
    const report = checkContract(exampleContract(tailings('[ { rule: P2-TSF-01, reason: typo } ]')));
    const f = report.findings.find((x): x is ExemptionFinding => x.code === 'compliance/unknown-rule')!;
    expect(f).toMatchObject({ kind: 'exemption', severity: 'error', ruleId: 'P2-TSF-01', path: ['environment', 'tailings', 'exempt', 0, 'rule'], hint: 'did you mean "P2-TSF-001"?' });
    expect(report.findings.some((x) => x.code === 'P2-TSF-001')).toBe(true);
  });

  it('an exemption that suppresses nothing is a warning', () => {
    const report = checkContract(exampleContract(tailings('[ { rule: P2-GHG-001, reason: "not here" } ]')));
    expect(report.findings.find((x) => x.code === 'compliance/unused-exemption')).toMatchObject({ severity: 'warning', ruleId: 'P2-GHG-001' });
    expect(report.exemptions).toEqual([]);
  });

  it('an exemption without a reason does not load', () => {
    const text = JSON.stringify(exampleValue(tailings('[ { rule: P2-TSF-001, reason: "" } ]')));
    const loaded = loadContract(text, { format: 'json' });
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics[0]).toMatchObject({ path: ['environment', 'tailings', 'exempt', 0, 'reason'] });
    expect(loaded.diagnostics[0]!.message).toMatch(/must not be empty/);
  });
});
