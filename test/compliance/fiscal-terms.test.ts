// The F1 rules (issue #15: the questions analysts ask) and G1-RAT-001, each on small contracts whose
// verdict is worked out by hand from the rule's text in the comment beside it.
import { defaultOptions, RULES, type Rule } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

function rule(id: string): Rule {
  const r = RULES.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  return r;
}

function verdict(id: string, yaml: string) {
  const r = rule(id);
  const { contract } = exampleContract(yaml);
  if (!r.applies(contract)) return { rating: 'not-applicable', messages: [] as string[] };
  const e = r.evaluate(contract, defaultOptions(r));
  return { rating: e.rating, messages: e.messages.map((m) => m.id) };
}

const carriedSoe = (interest: string) => `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends${interest === '' ? '' : `, interest: "${interest}"`} } }
`;

describe('F1-SOE-001: the cost of a carried state stake', () => {
  it('fails a stake financed at 11.5%, which G1-SOE-001 rates fully met because the rate is stated', () => {
    // 11.5% > maxInterest 10%: the carry balance outgrows a 10% project return.
    expect(verdict('F1-SOE-001', carriedSoe('11.5%'))).toEqual({ rating: 'does-not-meet', messages: ['costly'] });
    expect(verdict('G1-SOE-001', carriedSoe('11.5%')).rating).toBe('fully-meets');
  });

  it('partly meets at 8% (above three quarters of 10%) and fully meets at 7.5% and 0%', () => {
    expect(verdict('F1-SOE-001', carriedSoe('8%'))).toEqual({ rating: 'partially-meets', messages: ['near-cost'] });
    expect(verdict('F1-SOE-001', carriedSoe('7.5%')).rating).toBe('fully-meets');
    expect(verdict('F1-SOE-001', carriedSoe('0%')).rating).toBe('fully-meets');
  });

  it('cannot judge a carry whose interest is not stated', () => {
    expect(verdict('F1-SOE-001', carriedSoe(''))).toEqual({ rating: 'insufficient-data', messages: ['interest-unstated'] });
  });

  it('does not apply to a free carry or to a contract without state equity', () => {
    expect(verdict('F1-SOE-001', `ownership:\n  - { party: investor, share: "90%" }\n  - { party: soe, share: "10%", carried: { by: [investor], recovery: none } }\n`).rating).toBe('not-applicable');
    expect(verdict('F1-SOE-001', `ownership:\n  - { party: investor, share: "100%" }\n`).rating).toBe('not-applicable');
  });
});

const stabilization = (extra: string) => `governance:
  stabilization: { id: stabilization, scope: [fiscal-terms], excludes: [environment, health-safety, human-rights, labour]${extra} }
`;

describe('F1-STB-001: fiscal stabilization', () => {
  it('fully meets a 10-year economic-equilibrium clause on royalty and income tax', () => {
    expect(verdict('F1-STB-001', stabilization(', freezes: [royalty, income-tax], years: 10, form: economic-equilibrium')).rating).toBe('fully-meets');
  });

  it('partly meets 20 years of named terms (20 > 15) and fails every tax frozen for the whole term', () => {
    expect(verdict('F1-STB-001', stabilization(', freezes: [royalty], years: 20'))).toEqual({ rating: 'partially-meets', messages: ['long'] });
    expect(verdict('F1-STB-001', stabilization(', freezes: [all-taxes], years: term'))).toEqual({ rating: 'does-not-meet', messages: ['broad-and-long'] });
    expect(verdict('F1-STB-001', stabilization(', freezes: [mining-law], years: 10'))).toEqual({ rating: 'partially-meets', messages: ['broad'] });
  });

  it('substantially meets a short freezing clause on named terms', () => {
    expect(verdict('F1-STB-001', stabilization(', freezes: [royalty], years: 10, form: freezing'))).toEqual({ rating: 'substantially-meets', messages: ['frozen'] });
  });

  it('cannot judge a clause that states neither what it freezes nor for how long', () => {
    expect(verdict('F1-STB-001', stabilization(''))).toEqual({ rating: 'insufficient-data', messages: ['unstated'] });
  });
});

describe('F1-INC-001: tax incentives', () => {
  it('fully meets statutory incentives, substantially a time-bound negotiated one', () => {
    expect(verdict('F1-INC-001', 'incentives:\n  - { id: ca, kind: accelerated-depreciation, basis: statutory }\n').rating).toBe('fully-meets');
    expect(verdict('F1-INC-001', 'incentives:\n  - { id: duty, kind: import-duty-exemption, basis: negotiated, years: 5 }\n')).toEqual({ rating: 'substantially-meets', messages: ['negotiated'] });
  });

  it('fails a negotiated tax holiday and partly meets a negotiated exemption without end', () => {
    expect(verdict('F1-INC-001', 'incentives:\n  - { id: h, kind: tax-holiday, basis: negotiated, years: 5 }\n')).toEqual({ rating: 'does-not-meet', messages: ['negotiated-holiday'] });
    expect(verdict('F1-INC-001', 'incentives:\n  - { id: fuel, kind: fuel-duty-exemption, basis: negotiated }\n')).toEqual({ rating: 'partially-meets', messages: ['open-ended'] });
  });

  it('does not apply when the agreement grants none', () => {
    expect(verdict('F1-INC-001', 'incentives: []\n').rating).toBe('not-applicable');
  });
});

describe('F1-TRM-001: term and renewal', () => {
  it('fails twice on 20 years renewable for 20 on the same terms: as of right, and 40 > 30 years fixed', () => {
    expect(verdict('F1-TRM-001', 'term: { years: 20, renewal: { years: 20, onSameTerms: true } }\n')).toEqual({ rating: 'partially-meets', messages: ['same-terms', 'locked-in'] });
  });

  it('substantially meets a 25-year term with no renewal for a 30-year mine', () => {
    expect(verdict('F1-TRM-001', 'term: { years: 25, mineLife: 30 }\n')).toEqual({ rating: 'substantially-meets', messages: ['short-of-mine'] });
  });

  it('fully meets a 25-year term renewable on review', () => {
    expect(verdict('F1-TRM-001', 'term: { years: 25, renewal: { years: 10, onSameTerms: false }, mineLife: 30 }\n').rating).toBe('fully-meets');
  });
});

describe('F1-RPT-001 and G1-RAT-001', () => {
  it('fails a contract with no related-party safeguards, substantially meets one without a fee cap', () => {
    expect(verdict('F1-RPT-001', 'id: example\n')).toEqual({ rating: 'does-not-meet', messages: ['missing'] });
    expect(verdict('F1-RPT-001', 'relatedParties: { id: tp, armsLength: true, maxDebtToEquity: "3" }\n')).toEqual({ rating: 'substantially-meets', messages: ['no-fee-cap'] });
  });

  it('rates ratification by who approved it and whether the text was public first', () => {
    expect(verdict('G1-RAT-001', 'governance:\n  ratification: { id: r, by: cabinet }\n')).toEqual({ rating: 'substantially-meets', messages: ['cabinet'] });
    expect(verdict('G1-RAT-001', 'governance:\n  ratification: { id: r, by: parliament, publishedBefore: false }\n')).toEqual({ rating: 'partially-meets', messages: ['unseen'] });
    expect(verdict('G1-RAT-001', 'governance:\n  ratification: { id: r, by: none }\n')).toEqual({ rating: 'does-not-meet', messages: ['none'] });
  });
});

// F1-DIL-001, by hand from the rule's text: it applies only where the contract dilutes a holder that
// misses a cash call; a carried state stake is never diluted (its carriers pay its calls); a paid one
// is exposed (partially meets) or, under a penalty above 100%, does not meet.
const withDilution = (soe: string, penalty: string) => `ownership:
  - { party: investor, share: "75%" }
  - ${soe}
revenue:
  distributions: { retain: "0%", dilution: { id: dilution, method: contributions, contributedBefore: "0 USD"${penalty === '' ? '' : `, penalty: "${penalty}"`} } }
`;

describe('F1-DIL-001: a state stake protected from dilution', () => {
  it('does not apply without a dilution clause', () => {
    expect(verdict('F1-DIL-001', carriedSoe('0%')).rating).toBe('not-applicable');
  });

  it('fully meets for a carried stake, even under a 150% penalty', () => {
    expect(verdict('F1-DIL-001', withDilution('{ party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends, interest: "0%" } }', '150%')).rating).toBe('fully-meets');
  });

  it('partially meets for paid equity under standard dilution, and fails it under a 150% penalty', () => {
    expect(verdict('F1-DIL-001', withDilution('{ party: soe, share: "25%" }', ''))).toEqual({ rating: 'partially-meets', messages: ['exposed'] });
    expect(verdict('F1-DIL-001', withDilution('{ party: soe, share: "25%" }', '100%'))).toEqual({ rating: 'partially-meets', messages: ['exposed'] });
    expect(verdict('F1-DIL-001', withDilution('{ party: soe, share: "25%" }', '150%'))).toEqual({ rating: 'does-not-meet', messages: ['penalty'] });
  });

  it('cannot judge a stake whose carry is unknown', () => {
    expect(verdict('F1-DIL-001', withDilution('{ party: soe, share: "25%", carried: { unknown: "not in the summary" } }', '150%'))).toEqual({ rating: 'insufficient-data', messages: ['carry-unknown'] });
  });
});
