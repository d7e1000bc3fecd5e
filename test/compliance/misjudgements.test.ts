// The misjudgements found when judging real deals (issue #15), each pinned by a contract that was
// rated wrongly before the fix.
import { checkContract, type RuleFinding } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

const outcome = (yaml: string, ruleId: string) => checkContract(exampleContract(yaml)).outcomes.find((o) => o.ruleId === ruleId)!;
const findings = (yaml: string, ruleId: string) => checkContract(exampleContract(yaml)).findings.filter((f): f is RuleFinding => f.kind === 'rule' && f.ruleId === ruleId);

describe('mended misjudgements', () => {
  it('P4-REV-001: a binding community fund at 0% of gross revenue with no minimum shares nothing: does not meet', () => {
    const zero = `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "0%", base: gross-revenue }
`;
    expect(outcome(zero, 'P4-REV-001').rating).toBe('does-not-meet');
    // The same fund with an annual minimum of 100 000 USD does pay something: it meets the rule.
    const withMinimum = zero.replace('base: gross-revenue }', 'base: gross-revenue, minimumAnnual: "100000 USD" }');
    expect(outcome(withMinimum, 'P4-REV-001').rating).toBe('fully-meets');
  });

  it('G2-ACC-001: a contract naming no payment account rates no better than one naming a company account', () => {
    const royalty = `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
`;
    const none = outcome(royalty, 'G2-ACC-001').rating;
    const company = outcome(`${royalty}governance:
  paymentAccounts:
    - { payee: gov, account: Operator-administered escrow, type: company, public: false }
`, 'G2-ACC-001').rating;
    expect(company).toBe('does-not-meet');
    expect(none).toBe('does-not-meet');
  });

  it('P1-CAP-001: a general training clause is not exploration capacity', () => {
    const training = `community:
  training:
    - { id: training, modality: shall, annualBudget: "1500000 USD", targets: [ { by: 2027-12-31, count: 300 } ] }
`;
    expect(outcome(training, 'P1-CAP-001').rating).toBe('does-not-meet');
  });

  it('P4-GEN-001: says nothing of a community development agreement when there is none', () => {
    const noCda = `community:
  employment:
    - { id: hiring, modality: shall, category: all, scope: national, women: true, targets: [ { by: 2030-12-31, share: "15%" } ] }
`;
    const messages = findings(noCda, 'P4-GEN-001').map((f) => f.message);
    expect([...messages].sort()).toEqual(['No community body that governs benefits is required to include women.', 'No training commitment counts women trained.']);
    for (const m of messages) expect(m).not.toMatch(/development agreement/);
  });
});
