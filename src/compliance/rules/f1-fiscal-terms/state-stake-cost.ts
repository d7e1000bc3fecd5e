import { defineRule } from '../../define-rule.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';
import { holdersOf } from '../../../contract/holders.js';
import { formatRate } from '../../../money/rate.js';
import { isStateHolding } from '../../party-roles.js';
import { rateValue, threshold } from '../../thresholds.js';

/** F1-SOE-001: a state stake repaid from its dividends does not cost more than the project earns. */
export const stateStakeCost = defineRule({
  id: 'F1-SOE-001',
  principle: 'F1',
  severity: 'error',
  critical: false,
  title: 'State stake not financed at more than it earns',
  description:
    'Where a state party\'s equity is carried and the carriers recover what they paid from its dividends (`ownership[].carried`), the interest on the carry balance (`carried.interest`) is at most `maxInterest`; above three quarters of it the rule is only partially met. A carry whose interest is not stated cannot be judged (G1-SOE-001 asks for it to be stated).',
  appliesWhen: 'a state party holds carried equity repaid from its dividends',
  rationale:
    'A carry repaid from dividends with interest is a loan to the state. When the interest is higher than the project\'s return the balance grows faster than the dividends that repay it, and the state\'s "stake" pays it nothing for decades, or ever. Stating the rate (transparency) is not enough: the rate must be judged against what the project earns.',
  references: [
    { standard: 'Natural Resource Charter (NRGI, 2nd ed. 2014)', provision: 'precept 6 (state-owned enterprises)', status: 'recalled' },
    { standard: 'EITI Standard 2023', provision: 'Requirement 2.6 (state participation: terms of loans and carries)', status: 'verified' },
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'on state equity participation', status: 'recalled' },
  ],
  options: {
    maxInterest: threshold(rateValue(), {
      default: '10%',
      description: 'The highest annual interest on a carry balance that fully meets the rule: a stand-in for the project\'s expected nominal return.',
      source: 'Our default: the 10% nominal discount rate commonly used for project NPV in IMF fiscal-regime analysis [S]',
      verified: false,
    }),
  },
  messages: {
    'interest-unstated': 'The carried interest of "{party}" is repaid from its dividends, but the interest on the balance is not stated: its cost cannot be judged.',
    costly: 'The carried interest of "{party}" accrues {rate} a year, above {max}: the balance may grow faster than the dividends that repay it.',
    'near-cost': 'The carried interest of "{party}" accrues {rate} a year, close to {max}.',
  },
  applies: (c) => c.ownership.some((h) => h.carried?.recovery === 'from-dividends' && isStateHolding(c, h)),
  evaluate(c, o) {
    const carried = c.ownership
      .map((h, i) => ({ h, i }))
      .filter(({ h }) => h.carried?.recovery === 'from-dividends' && isStateHolding(c, h));
    const name = (h: (typeof carried)[number]['h']) => holdersOf(h).join(', ');
    const unstated = carried.filter(({ h }) => h.carried!.interest === undefined);
    if (unstated.length === carried.length) return insufficientData('interest-unstated', ['ownership', unstated[0]!.i, 'carried'], { party: name(unstated[0]!.h) });
    return judge(carried.map(({ i }) => ['ownership', i]), carried.map(({ h, i }) => {
      const rate = h.carried!.interest;
      if (rate === undefined) return undefined;
      const path = ['ownership', i, 'carried', 'interest'];
      if (rate.gt(o.maxInterest)) return shortfall('does-not-meet', 'costly', path, { party: name(h), rate: formatRate(rate), max: formatRate(o.maxInterest) });
      if (rate.gt(o.maxInterest.times('0.75'))) return shortfall('partially-meets', 'near-cost', path, { party: name(h), rate: formatRate(rate), max: formatRate(o.maxInterest) });
      return undefined;
    }));
  },
  examples: {
    passing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends, interest: "0%" } }
`,
    failing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends, interest: "11.5%" } }
`,
  },
});
