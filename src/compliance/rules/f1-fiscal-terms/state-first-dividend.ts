import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** F1-DIV-001: a state shareholder receives its first dividend within a reasonable time. */
export const stateFirstDividend = defineRule({
  id: 'F1-DIV-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  needs: 'plan',
  title: 'The state\'s first dividend within a reasonable time',
  description:
    'Given a life-of-mine plan and a state party holding equity, the state receives a dividend at the plan\'s prices within `maxYears` years of the plan\'s first period. Later is partially met; never, in the plan, does not meet the rule. Without a plan the rule is listed as not applicable.',
  appliesWhen: 'a state party holds equity and a plan is given',
  rationale:
    'A state stake is sold to the public as a share of the profits. When carry repayments and retained cash absorb its dividends for a decade or more, the stake pays nothing while the mine is at its most profitable; the date of the first dividend says so in one figure.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirement 2.6 (state participation)', status: 'verified' },
    { standard: 'Natural Resource Charter (NRGI, 2nd ed. 2014)', provision: 'precept 6 (state-owned enterprises)', status: 'recalled' },
  ],
  options: {
    maxYears: threshold(z.int().min(1).max(60), {
      default: 10,
      description: 'The most years after the plan\'s first period in which the state\'s first dividend fully meets the rule.',
      source: 'Our default: within the first decade, before most large mines have repaid their capital [S]',
      verified: false,
    }),
  },
  messages: {
    never: 'At the plan\'s prices the state receives no dividend in the {periods} periods of the plan.',
    late: 'At the plan\'s prices the state\'s first dividend comes in {period}, {years} years after the plan starts (more than {max}).',
  },
  applies: (_c, { outcomes }) => outcomes?.stateHoldsEquity === true,
  evaluate(_c, o, { outcomes }) {
    const at = ['ownership'];
    const first = outcomes!.stateFirstDividend;
    const perYear = outcomes!.base.conventions.periodsPerYear;
    if (first === undefined) return judge([at], [shortfall('does-not-meet', 'never', at, { periods: outcomes!.base.periods.length })]);
    const years = first.periodsAfterStart / perYear;
    return judge([at], [years > o.maxYears && shortfall('partially-meets', 'late', at, { period: first.period.label, years, max: o.maxYears })]);
  },
  examples: {
    passing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: none } }
`,
    failing: `ownership:
  - { party: investor, share: "50%" }
  - { party: soe, share: "50%", carried: { by: [investor], recovery: from-dividends, interest: "30%" } }
revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, rate: "10%", base: gross-revenue }
  incomeTax: { id: income-tax, payee: gov, rate: "35%", depreciation: { method: straight-line, years: 10 } }
`,
  },
});
