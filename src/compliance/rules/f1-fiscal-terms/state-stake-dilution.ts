import { defineRule } from '../../define-rule.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';
import { holdersOf } from '../../../contract/holders.js';
import { isUnknownAt } from '../../../contract/unknown-terms.js';
import { formatRate } from '../../../money/rate.js';
import { isStateHolding } from '../../party-roles.js';

/** F1-DIL-001: where the contract dilutes a holder that misses a cash call, the state's stake is protected. */
export const stateStakeDilution = defineRule({
  id: 'F1-DIL-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  title: 'State stake protected from dilution',
  description:
    'Where the contract dilutes a holder that does not pay its share of a cash call (`revenue.distributions.dilution`), every state party\'s stake is protected: carried (`ownership[].carried`: its calls are paid by its carriers and count as its own contributions, so it is never diluted for them). A paid state stake is only partially protected under standard dilution (shares become contributions over all contributions) and not protected under penalty dilution (`penalty` above 100%). A state stake whose carry is written as unknown cannot be judged.',
  appliesWhen: 'the contract provides for dilution and a state party holds equity',
  rationale:
    'A treasury that cannot fund its share of a cash call in a bad year loses part of its stake for good, often when the price is low and the project needs capital; a penalty factor makes the loss larger than the call it missed. Carried equity, or paid equity diluted without a penalty, keeps the stake the state bargained for.',
  references: [
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'on state equity participation: carried and paid equity', status: 'recalled' },
    { standard: 'EITI Standard 2023', provision: 'Requirement 2.6 (state participation: changes in the level of ownership)', status: 'recalled' },
  ],
  messages: {
    'carry-unknown': 'Whether the stake of "{party}" is carried is not known, so whether a missed cash call would dilute it cannot be judged.',
    penalty: 'The stake of "{party}" is paid equity, and a cash call it leaves unpaid dilutes it at a penalty of {penalty}: a year the state cannot fund costs it more than the call.',
    exposed: 'The stake of "{party}" is paid equity: a cash call the state leaves unpaid dilutes it.',
  },
  applies: (c) => c.revenue.distributions?.dilution !== undefined && c.ownership.some((h) => isStateHolding(c, h)),
  evaluate(c) {
    const dilution = c.revenue.distributions!.dilution!;
    const state = c.ownership.map((h, i) => ({ h, i })).filter(({ h }) => isStateHolding(c, h));
    const name = (h: (typeof state)[number]['h']) => holdersOf(h).join(', ');
    const carryUnknown = ({ h, i }: (typeof state)[number]) => h.carried === undefined && isUnknownAt(c, ['ownership', i, 'carried']);
    const known = state.filter((s) => !carryUnknown(s));
    if (known.length === 0) return insufficientData('carry-unknown', ['ownership', state[0]!.i, 'carried'], { party: name(state[0]!.h) });
    const penalty = dilution.penalty !== undefined && dilution.penalty.gt(1) ? dilution.penalty : undefined;
    return judge([...state.map(({ i }) => ['ownership', i]), ['revenue', 'distributions', 'dilution']], state.map((s) => {
      if (carryUnknown(s)) return shortfall('insufficient-data', 'carry-unknown', ['ownership', s.i, 'carried'], { party: name(s.h) });
      if (s.h.carried !== undefined) return undefined;
      if (penalty !== undefined) return shortfall('does-not-meet', 'penalty', ['revenue', 'distributions', 'dilution', 'penalty'], { party: name(s.h), penalty: formatRate(penalty) });
      return shortfall('partially-meets', 'exposed', ['ownership', s.i], { party: name(s.h) });
    }));
  },
  examples: {
    passing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends, interest: "0%" } }
revenue:
  distributions: { retain: "0%", dilution: { id: dilution, method: contributions, contributedBefore: "0 USD", penalty: "150%" } }
`,
    failing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%" }
revenue:
  distributions: { retain: "0%", dilution: { id: dilution, method: contributions, contributedBefore: "0 USD", penalty: "150%" } }
`,
  },
});
