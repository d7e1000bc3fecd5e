import { defineRule } from '../../define-rule.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';
import { rateValue, threshold } from '../../thresholds.js';

/** F1-GTK-001: at the plan's prices, the government's share of the project's net cash flow is fair. */
export const governmentTake = defineRule({
  id: 'F1-GTK-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  needs: 'plan',
  title: 'Government take at the plan\'s prices',
  description:
    'Given a life-of-mine plan, the government take (the government\'s share of the project\'s undiscounted pre-fiscal net cash flow, from the fiscal analysis) at the plan\'s own prices is at least `minimumTake`; within 10 percentage points below it the rule is partially met. Without a plan the rule is listed as not applicable; when the project makes no rent at those prices, it cannot be judged.',
  rationale:
    'Government take is the number a finance ministry compares across deals and with peers: how much of the rent the state keeps. Computed from the contract\'s own terms on a plan, it answers what a list of rates cannot: whether royalties, taxes and the state\'s equity together give the host country a fair share.',
  references: [
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'section IV.B (effective tax rates in practice: mining AETRs mostly 40–60%)', status: 'recalled' },
  ],
  options: {
    minimumTake: threshold(rateValue(), {
      default: '40%',
      description: 'The least undiscounted government take at the plan\'s prices that fully meets the rule.',
      source: 'IMF (2012), effective tax rates on mining projects mostly between 40% and 60% [R]',
      verified: false,
    }),
  },
  messages: {
    'no-rent': 'At the plan\'s prices the project makes no rent, so the government take cannot be judged: {reason}',
    low: 'At the plan\'s prices the government takes {take} of the project\'s net cash flow, below {minimum}; royalties are {royalty} of gross revenue.',
  },
  evaluate(c, o, { outcomes }) {
    const at = ['revenue'];
    const metrics = outcomes!.base.metrics;
    const take = metrics.governmentTake;
    if (!take.ok) return insufficientData('no-rent', at, { reason: take.message });
    const pct = (d: { times(n: number): { toFixed(n: number): string } }) => `${d.times(100).toFixed(1)}%`;
    const royalty = metrics.effectiveRoyaltyRate.ok ? pct(metrics.effectiveRoyaltyRate.value) : 'not computed';
    return judge([at], [
      take.value.lt(o.minimumTake) && shortfall(take.value.gte(o.minimumTake.minus('0.1')) ? 'partially-meets' : 'does-not-meet', 'low', at, { take: pct(take.value), minimum: pct(o.minimumTake), royalty }),
    ]);
  },
  examples: {
    passing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "5%", base: gross-revenue }
  incomeTax: { id: income-tax, payee: gov, rate: "35%", depreciation: { method: straight-line, years: 10 } }
`,
    failing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "1%", base: gross-revenue }
`,
  },
});
