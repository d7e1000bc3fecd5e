import { defineRule } from '../../define-rule.js';
import type { Decimal } from '../../../money/decimal.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { rateValue, threshold } from '../../thresholds.js';

/** G3-AMT-002: the community fund's rate is at or above the benchmark for its base. */
export const rateAtBenchmark = defineRule({
  id: 'G3-AMT-002',
  principle: 'G3',
  severity: 'warning',
  critical: false,
  title: 'Community fund rate at or above benchmark',
  description:
    'The best binding community fund pays at least `minimumRevenueRate` of gross revenue or net smelter return, or at least `minimumRoyaltyShare` of a royalty. Within 10% of the benchmark substantially meets the rule.',
  rationale: 'The 1% of revenue that Kenya and Sierra Leone set is a floor reached in law; a fund far below it is a token.',
  references: [
    { standard: 'Kenya Mining Act 2016 regime (The EastAfrican, 21 Dec 2017)', provision: '1% of sales revenue', status: 'verified' },
    { standard: 'Sierra Leone Mines and Minerals Development Act 2022 (President\'s statement, 24 May 2022)', provision: '1% of annual revenue', status: 'verified' },
    { standard: 'Ghana Minerals Development Fund Act 2016 (Act 912)', provision: '20% of mineral royalties', status: 'verified' },
  ],
  options: {
    minimumRevenueRate: threshold(rateValue(), {
      default: '1%',
      description: 'Least rate of a fund on gross revenue or net smelter return.',
      source: 'Kenya (1% of sales revenue) and Sierra Leone 2022 (1% of annual revenue) [V]',
      verified: true,
    }),
    minimumRoyaltyShare: threshold(rateValue(), {
      default: '20%',
      description: 'Least share of a royalty paid into a fund whose base is that royalty.',
      source: 'Ghana Minerals Development Fund Act 2016 (Act 912): 20% of royalties [V]',
      verified: true,
    }),
  },
  messages: {
    missing: 'No binding community fund on revenue or royalties to compare with the benchmark.',
    'below-benchmark': 'The community fund "{fund}" pays {rate} of {base}; the benchmark is {minimum}.',
  },
  evaluate(c, o) {
    const at = ['revenue', 'communityFunds'];
    const minimum = (base: string): Decimal | undefined => (base === 'royalty' ? o.minimumRoyaltyShare : base === 'net-profit' ? undefined : o.minimumRevenueRate);
    const funds = c.revenue.communityFunds
      .map((f, i) => ({ f, i, min: minimum(f.base) }))
      .filter((x): x is typeof x & { min: Decimal } => x.f.modality === 'shall' && x.min !== undefined);
    if (funds.length === 0) return absent('missing', at);
    // The best fund relative to its own benchmark decides.
    const best = funds.reduce((a, b) => (b.f.rate.times(a.min).gt(a.f.rate.times(b.min)) ? b : a));
    const pct = (d: Decimal) => `${d.times(100).toString()}%`;
    const bases: Record<string, string> = { 'gross-revenue': 'gross revenue', 'net-smelter-return': 'net smelter return', royalty: `the royalty "${best.f.of ?? ''}"` };
    const { f, i, min } = best;
    return judge([[...at, i]], [
      f.rate.lt(min) && shortfall(f.rate.gte(min.times('0.9')) ? 'substantially-meets' : 'partially-meets', 'below-benchmark', [...at, i, 'rate'], { fund: f.id, rate: pct(f.rate), base: bases[f.base] ?? f.base, minimum: pct(min) }),
    ]);
  },
  examples: {
    passing: `revenue:
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "1%", base: gross-revenue }
`,
    failing: `revenue:
  communityFunds:
    - { id: social-uplift-fund, modality: shall, payee: cdf, rate: "0.5%", base: gross-revenue }
`,
  },
});
