import { defineRule } from '../../define-rule.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';
import { rateValue, threshold } from '../../thresholds.js';

/** F1-ROY-001: over the plan, the royalties paid are a fair share of gross revenue. */
export const effectiveRoyaltyRate = defineRule({
  id: 'F1-ROY-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  needs: 'plan',
  title: 'Effective royalty rate over the plan',
  description:
    'Given a life-of-mine plan, the effective royalty rate (the royalties the plan pays, over its gross revenue, undiscounted, from the fiscal analysis) is at least `minimumRate`; within one percentage point below it the rule is partially met. It reads what the royalties come to after their bases, deductions, bands and caps, not their headline rates. Without a plan the rule is listed as not applicable; a plan with no revenue cannot be judged.',
  rationale:
    'A royalty is the state\'s payment for the mineral itself, due from the first tonne whatever the profit. A headline rate says little: a net-smelter base, generous deductions, a sliding scale that starts low or a cap can leave the state a fraction of it. The effective rate over the plan is the figure to compare with the statutory rate and with other deals.',
  references: [
    { standard: 'World Bank, Mining Royalties: A Global Study of Their Impact on Investors, Government, and Civil Society (Otto et al., 2006)', provision: 'royalty legislation of over forty nations (https://openknowledge.worldbank.org/handle/10986/7105); ad valorem rates on base and precious metals mostly between 2% and 5% of value', status: 'recalled' },
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'royalties as a minimum return to the state from the start of production', status: 'recalled' },
  ],
  options: {
    minimumRate: threshold(rateValue(), {
      default: '3%',
      description: 'The least effective royalty rate (royalties over gross revenue, over the plan) that fully meets the rule.',
      source: 'Our default: the middle of the 2%–5% range of ad valorem royalties on metals (World Bank, Otto et al. 2006) [R]',
      verified: false,
    }),
  },
  messages: {
    'no-revenue': 'The plan has no gross revenue, so the effective royalty rate cannot be computed: {reason}',
    low: 'Over the plan the royalties come to {rate} of gross revenue, below {minimum}.',
  },
  evaluate(_c, o, { outcomes }) {
    const at = ['revenue', 'royalties'];
    const rate = outcomes!.base.metrics.effectiveRoyaltyRate;
    if (!rate.ok) return insufficientData('no-revenue', at, { reason: rate.message });
    const pct = (d: { times(n: number): { toFixed(n: number): string } }) => `${d.times(100).toFixed(2)}%`;
    return judge([at], [
      rate.value.lt(o.minimumRate) && shortfall(rate.value.gte(o.minimumRate.minus('0.01')) ? 'partially-meets' : 'does-not-meet', 'low', at, { rate: pct(rate.value), minimum: pct(o.minimumRate) }),
    ]);
  },
  examples: {
    passing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "5%", base: gross-revenue }
`,
    failing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "1%", base: gross-revenue }
`,
  },
});
