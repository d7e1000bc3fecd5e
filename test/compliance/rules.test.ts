// Every rule: its metadata is complete, its passing example fully meets it and its failing example
// does not, and every message it can produce renders without a stray placeholder.
import { defaultOptions, RULES, renderMessage, PRINCIPLE_IDS, type Rule } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContext, exampleContract } from './rule-example.js';

// The rule ids of the catalogue (rules.md, section (b)), in its order.
const catalogueIds = [
  'P1-EXP-001', 'P1-EXP-002', 'P1-GEO-001', 'P1-GEO-002', 'P1-REP-001', 'P1-CAP-001',
  'P2-ESIA-001', 'P2-EMP-001', 'P2-MON-001', 'P2-WAT-001', 'P2-BIO-001', 'P2-LIV-001',
  'P2-TSF-001', 'P2-CLO-001', 'P2-CLO-002', 'P2-GHG-001', 'P2-STB-001', 'P3-INF-001', 'P3-INF-002',
  'P3-INF-003', 'P3-INF-004', 'P3-INF-005', 'P3-ENE-001', 'P4-EMP-001', 'P4-EMP-002', 'P4-EMP-003',
  'P4-TRN-001', 'P4-PRC-001', 'P4-PRC-002', 'P4-LCR-001', 'P4-REV-001', 'P4-CON-001', 'P4-GRV-001',
  'P4-GEN-001', 'P5-PRO-001', 'P5-PRO-002', 'P5-EXP-001', 'P5-PRO-003', 'P5-PRO-004', 'G1-DIS-001',
  'G1-CNF-001', 'G1-BO-001', 'G1-SOE-001', 'G1-PAY-001', 'G1-TIM-001', 'G1-AWD-001', 'G1-SDT-001', 'G1-RAT-001',
  'G2-ACC-001', 'G2-AUD-001', 'G2-SUB-001', 'G2-FND-001', 'G2-RCN-001', 'G3-BND-001', 'G3-BND-002',
  'G3-AMT-001', 'G3-AMT-002', 'G3-GOV-001', 'G3-REV-001', 'G3-DIS-001', 'G3-ENF-001',
  // Fiscal terms (issue #15: the questions analysts ask).
  'F1-STB-001', 'F1-INC-001', 'F1-SOE-001', 'F1-DIL-001', 'F1-RPT-001', 'F1-VAL-001', 'F1-TRM-001',
  // Read the outcomes of a life-of-mine plan (test/compliance/fiscal-outcomes.test.ts).
  'F1-GTK-001', 'F1-ROY-001', 'F1-PRG-001', 'F1-DIV-001',
];

function rate(rule: Rule, example: string) {
  const loaded = exampleContract(example);
  const context = exampleContext(rule, loaded);
  const applies = rule.applies(loaded.contract, context);
  return { applies, verdict: applies ? rule.evaluate(loaded.contract, defaultOptions(rule), context) : undefined };
}

describe('the rule catalogue', () => {
  it('implements every rule of rules.md but G2-RCN-001, in catalogue order', () => {
    expect(catalogueIds).toHaveLength(72);
    expect(RULES.map((r) => r.id)).toEqual(catalogueIds.filter((id) => id !== 'G2-RCN-001'));
  });

  it('has 20 critical rules, as rules.md counts them', () => {
    expect(RULES.filter((r) => r.critical)).toHaveLength(20);
  });

  it('covers every principle and reform', () => {
    expect(new Set(RULES.map((r) => r.principle))).toEqual(new Set(PRINCIPLE_IDS));
  });

  it('gives every rule a title, description, rationale, references and messages', () => {
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(10);
      expect(r.description.length, r.id).toBeGreaterThan(40);
      expect(r.rationale.length, r.id).toBeGreaterThan(40);
      expect(r.references.length, r.id).toBeGreaterThan(0);
      expect(Object.keys(r.messages).length, r.id).toBeGreaterThan(0);
      for (const t of Object.values(r.options)) expect(t.source.length, `${r.id} threshold source`).toBeGreaterThan(5);
    }
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('fully meets on its passing example', () => {
    const { applies, verdict } = rate(rule, rule.examples.passing);
    expect(applies).toBe(true);
    expect(verdict?.messages).toEqual([]);
    expect(verdict?.rating).toBe('fully-meets');
  });

  it('does not fully meet on its failing example, and says why', () => {
    const { applies, verdict } = rate(rule, rule.examples.failing);
    expect(applies).toBe(true);
    expect(verdict?.rating).not.toBe('fully-meets');
    expect(verdict?.messages.length).toBeGreaterThan(0);
    for (const m of verdict!.messages) {
      expect(Object.keys(rule.messages), `message id ${m.id}`).toContain(m.id);
      expect(renderMessage(rule.messages[m.id]!, m.args)).not.toMatch(/\{\w+\}/);
    }
  });
});

// Ratings between the extremes, each pinned by a small contract (sections replacing the base's).
const between: [id: string, example: string, expected: string][] = [
  ['P2-CLO-002', 'environment:\n  closure: { id: closure, modality: shall, plan: true, reviewYears: 3, assurance: { id: bond, modality: shall, instrument: bond, amountBasis: third-party-cost, coverage: "95%", reviewYears: 3, beforeConstruction: true } }\n', 'substantially-meets'],
  ['P2-CLO-002', 'environment:\n  closure: { id: closure, modality: shall, plan: true, reviewYears: 3, assurance: { id: bond, modality: shall, instrument: bond, amountBasis: third-party-cost, coverage: "80%", reviewYears: 3, beforeConstruction: true } }\n', 'partially-meets'],
  ['P4-EMP-002', 'community:\n  employment:\n    - { id: h, modality: shall, category: all, scope: national, targets: [ { by: 2031-12-31, share: "85%" } ] }\n', 'substantially-meets'],
  ['P4-EMP-002', 'community:\n  employment:\n    - { id: h, modality: shall, category: all, scope: national, targets: [ { by: 2035-12-31, share: "95%" } ] }\n', 'does-not-meet'],
  ['P4-EMP-002', 'milestones: {}\ncommunity:\n  employment:\n    - { id: h, modality: shall, category: all, scope: national, targets: [ { by: 2031-12-31, share: "95%" } ] }\n', 'insufficient-data'],
  ['P4-EMP-003', 'community:\n  employment:\n    - { id: h, modality: shall, category: all, scope: province, targets: [ { by: 2031-12-31, share: "50%" } ] }\n', 'substantially-meets'],
  ['P4-EMP-001', 'community:\n  employment:\n    - { id: s, modality: shall, category: skilled, scope: national, targets: [ { by: 2031-12-31, share: "50%" } ] }\n', 'partially-meets'],
  ['G3-AMT-002', 'revenue:\n  communityFunds:\n    - { id: f, modality: shall, payee: cdf, rate: "0.95%", base: gross-revenue }\n', 'substantially-meets'],
  ['G3-AMT-002', 'revenue:\n  communityFunds:\n    - { id: f, modality: shall, payee: cdf, rate: "0.5%", base: gross-revenue }\n', 'partially-meets'],
  ['G3-AMT-002', 'revenue:\n  royalties:\n    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }\n  communityFunds:\n    - { id: f, modality: shall, payee: cdf, rate: "20%", base: royalty, of: royalty }\n', 'fully-meets'],
  ['G3-AMT-001', 'revenue:\n  communityFunds:\n    - { id: f, modality: shall, payee: cdf, rate: "2%", base: net-profit }\n', 'partially-meets'],
  ['P3-INF-002', 'infrastructure:\n  - { id: port, modality: shall, kind: port, description: Port, capex: "1 USD", by: 2028-06-30, thirdPartyAccess: true, accessTerms: negotiated }\n', 'substantially-meets'],
  ['G1-CNF-001', 'governance:\n  confidentiality: { id: confidentiality, carveOuts: [law] }\n', 'partially-meets'],
  ['G3-GOV-001', 'community:\n  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, parties: [investor, cdf], governance: { managingEntity: Board, electedRepresentatives: true, womenRepresentation: true, developmentGoals: true } }\n', 'substantially-meets'],
  ['P4-GEN-001', 'community:\n  training:\n    - { id: t, modality: shall, annualBudget: "1 USD", women: true }\n  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, governance: { womenRepresentation: true } }\n', 'substantially-meets'],
  ['P4-REV-001', 'revenue:\n  royalties:\n    - { id: royalty, commodity: copper, payee: province, rate: "5%" }\n', 'fully-meets'],
  ['P4-GRV-001', 'community:\n  grievanceMechanism: { id: grievance, independent: false, publicRegister: true }\n', 'substantially-meets'],
];

describe('ratings between fully and not at all', () => {
  it.each(between)('%s rates %#: %s', (id, example, expected) => {
    const rule = RULES.find((r) => r.id === id)!;
    expect(rate(rule, example).verdict?.rating).toBe(expected);
  });
});

describe('applicability', () => {
  const cases: [id: string, example: string, applies: boolean][] = [
    ['P2-LIV-001', 'environment:\n  resettlement: { id: r, modality: shall, planned: false }\n', false],
    ['P2-TSF-001', 'environment:\n  tailings: { id: t, modality: shall, present: false }\n', false],
    ['P2-STB-001', 'governance: {}\n', false],
    ['P3-INF-005', 'infrastructure: []\n', false],
    ['P5-PRO-002', RULES.find((r) => r.id === 'P5-PRO-001')!.examples.passing, false],
    ['P5-PRO-004', 'processing:\n  rawExport: { id: x, restriction: none }\n', false],
    ['G1-SOE-001', 'ownership:\n  - { party: investor, share: "100%" }\n', false],
  ];
  it.each(cases)('%s applies to %#: %s', (id, example, applies) => {
    expect(rate(RULES.find((r) => r.id === id)!, example).applies).toBe(applies);
  });
});
