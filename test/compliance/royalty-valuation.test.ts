// F1-VAL-001 (issue #15: valuation, the price basis of royalties), on small contracts whose verdict
// is worked out by hand from the rule's text in the comment beside it, and through checkContract
// where an unknown term must give insufficient-data.
import { checkContract, defaultOptions, RULES, type Rule } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

const rule = RULES.find((x) => x.id === 'F1-VAL-001') as Rule;

function verdict(yaml: string) {
  const { contract } = exampleContract(yaml);
  if (!rule.applies(contract)) return { rating: 'not-applicable', messages: [] as string[] };
  const e = rule.evaluate(contract, defaultOptions(rule));
  return { rating: e.rating, messages: e.messages.map((m) => m.id) };
}

const royalty = (extra: string) => `revenue:\n  royalties:\n    - { id: copper-royalty, commodity: copper, payee: gov, rate: "5%"${extra} }\n`;
const ARMS_LENGTH = 'relatedParties: { id: transfer-pricing, armsLength: true }\n';
const NOT_ARMS_LENGTH = 'relatedParties: { id: transfer-pricing, armsLength: false }\n';

describe('F1-VAL-001: royalties valued at a market price', () => {
  it('fully meets at the higher of the realised and a named reference price, whatever the related-party clause says', () => {
    const higherOf = royalty(', valuation: { price: higher-of-realised-and-reference, benchmark: "LME copper cash settlement, monthly average" }');
    expect(verdict(higherOf)).toEqual({ rating: 'fully-meets', messages: [] });
    expect(verdict(higherOf + NOT_ARMS_LENGTH)).toEqual({ rating: 'fully-meets', messages: [] });
  });

  it('substantially meets at a reference price the contract does not name', () => {
    expect(verdict(royalty(', valuation: { price: reference }'))).toEqual({ rating: 'substantially-meets', messages: ['no-benchmark'] });
  });

  it('fails a royalty on the realised price when nothing requires arm\'s-length sales to affiliates, and passes it when something does', () => {
    // No relatedParties section, or armsLength false: a sale to an affiliate at any price sets the base.
    expect(verdict(royalty(''))).toEqual({ rating: 'does-not-meet', messages: ['realised-unprotected'] });
    expect(verdict(royalty('') + NOT_ARMS_LENGTH)).toEqual({ rating: 'does-not-meet', messages: ['realised-unprotected'] });
    expect(verdict(royalty(', valuation: { price: realised }') + NOT_ARMS_LENGTH).rating).toBe('does-not-meet');
    // The arm's-length rule lets the state adjust a low price: the standard the OECD/IGF framework applies.
    expect(verdict(royalty('') + ARMS_LENGTH)).toEqual({ rating: 'fully-meets', messages: [] });
  });

  it('judges a net-smelter-return royalty on the realised price, and leaves a specific royalty alone', () => {
    expect(verdict('revenue:\n  royalties:\n    - { id: nsr, commodity: copper, payee: gov, rate: "3%", base: net-smelter-return }\n  netSmelterReturn: { allowedDeductions: [treatment, refining] }\n').rating).toBe('does-not-meet');
    expect(verdict('revenue:\n  royalties:\n    - { id: per-tonne, commodity: copper, payee: gov, perUnit: "50 USD/t", base: quantity }\n').rating).toBe('not-applicable');
  });

  it('cannot judge when the related-party clause or the valuation is unknown', () => {
    const outcome = (yaml: string) => checkContract(exampleContract(yaml)).outcomes.find((o) => o.ruleId === 'F1-VAL-001')!.rating;
    expect(outcome(royalty('') + 'relatedParties: { unknown: "not in the published summary" }\n')).toBe('insufficient-data');
    expect(outcome(royalty(', valuation: { unknown: "redacted" }') + NOT_ARMS_LENGTH)).toBe('insufficient-data');
  });
});
