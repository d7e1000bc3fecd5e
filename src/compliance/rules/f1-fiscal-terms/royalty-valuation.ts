import { defineRule } from '../../define-rule.js';
import { bearsOn } from '../../../contract/unknown-terms.js';
import { judge, shortfall, type Shortfall } from '../../evaluation.js';

type Message = 'realised-unprotected' | 'no-benchmark';

/** F1-VAL-001: a royalty on the value of sales is valued at a market price, not at whatever an affiliate pays. */
export const royaltyValuation = defineRule({
  id: 'F1-VAL-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  title: 'Royalties valued at a market price',
  description:
    'Each royalty computed on the value of sales (a `rate`, `sliding` or `profitLinked` royalty; not a `perUnit` one) is valued at a reference price or the higher of the realised and the reference price (`valuation.price`), naming the benchmark (`valuation.benchmark`). A royalty valued at the realised price (no `valuation`, or a net-smelter-return base) meets the rule only when sales to related parties must be priced at arm\'s length (`relatedParties.armsLength`), so that the state may adjust a low price; when nothing requires that, it does not meet the rule. A reference price the contract does not name substantially meets it.',
  appliesWhen: 'the contract has a royalty on the value of sales',
  rationale:
    'A royalty on the realised price is only as good as that price. When the mine sells its concentrate to an affiliated trader or smelter, a price below the market lowers the royalty base before anything else is computed, and a tax administration that must prove the price wrong case by case rarely can. The arm\'s-length principle is the standard: a sale to an affiliate is valued at the price independent parties would agree, and the state may adjust it. A benchmark written into the contract (an exchange price for the period, adjusted for quality and the point of sale), or the higher of it and the realised price, applies that principle without a dispute over each sale.',
  references: [
    { standard: 'OECD/IGF, Determining the Price of Minerals: A Transfer Pricing Framework (November 2023)', provision: 'pricing mineral sales between related parties at arm\'s length; reference prices adjusted for quality and point of sale (https://regfollower.com/oecd-practice-note-on-transfer-pricing-for-minerals)', status: 'verified' },
    { standard: 'OECD Transfer Pricing Guidelines (2022)', provision: 'the arm\'s-length principle, chapter I; commodity transactions, chapter II (quoted prices)', status: 'recalled' },
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'royalty valuation and transfer pricing', status: 'recalled' },
  ],
  messages: {
    'realised-unprotected': 'The royalty "{id}" is valued at the price realised on each sale, and nothing requires sales to affiliates to be at arm\'s length: a low related-party price lowers the royalty.',
    'no-benchmark': 'The royalty "{id}" is valued at a reference price that the contract does not name.',
  },
  applies: (c) => c.revenue.royalties.some((r) => r.perUnit === undefined),
  evaluate(c) {
    const armsLength = c.relatedParties?.armsLength === true;
    const evidence = [['revenue', 'royalties'], ['relatedParties']];
    return judge(evidence, c.revenue.royalties.map((r, i): Shortfall<Message> | undefined => {
      if (r.perUnit !== undefined) return undefined;
      const at = ['revenue', 'royalties', i];
      const v = r.valuation;
      if (v !== undefined && v.price !== 'realised') return v.benchmark === undefined ? shortfall('substantially-meets', 'no-benchmark', [...at, 'valuation', 'benchmark'], { id: r.id }) : undefined;
      // Valued at the realised price: the arm's-length rule is the only protection left. Unless the
      // valuation is written as unknown: then the price basis itself is not known.
      if (c.unknowns?.some((u) => u.path.length > at.length && bearsOn(u, [...at, 'valuation']))) return shortfall('insufficient-data', 'realised-unprotected', [...at, 'valuation'], { id: r.id });
      return armsLength ? undefined : shortfall('does-not-meet', 'realised-unprotected', ['relatedParties'], { id: r.id });
    }));
  },
  examples: {
    passing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "5%", valuation: { price: higher-of-realised-and-reference, benchmark: "LME copper cash settlement, monthly average" } }
`,
    failing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "5%" }
`,
  },
});
