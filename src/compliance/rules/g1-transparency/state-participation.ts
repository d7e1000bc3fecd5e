import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';
import { holdersOf } from '../../../contract/holders.js';
import { isStateHolding } from '../../party-roles.js';

/** G1-SOE-001: the terms of state participation are stated: share, carried or funded, and financing. */
export const stateParticipation = defineRule({
  id: 'G1-SOE-001',
  principle: 'G1',
  severity: 'warning',
  critical: false,
  title: 'State participation terms stated',
  description:
    'Each equity holding of a state party (`ownership`) states its share and whether it is carried (`carried`); a carry repaid from dividends states the interest charged on it (`carried.interest`, "0%" if none).',
  appliesWhen: 'the state (a government or state enterprise) holds equity',
  rationale: 'A "free" carry repaid from dividends with undisclosed interest can leave the state with nothing for decades. EITI asks for the terms of state participation.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirement 2.6 (state participation)', status: 'verified' },
    { standard: 'Reko Diq definitive agreements (2022), as reported', provision: '10% free-carried and 15% funded for Balochistan', status: 'verified' },
  ],
  messages: {
    'interest-unstated': 'The carried interest of "{party}" is repaid from dividends, but the interest charged on it is not stated.',
  },
  applies: (c) => c.ownership.some((h) => isStateHolding(c, h)),
  evaluate(c) {
    const state = c.ownership.map((h, i) => ({ h, i })).filter(({ h }) => isStateHolding(c, h));
    return judge(state.map(({ i }) => ['ownership', i]), state.map(({ h, i }) =>
      h.carried?.recovery === 'from-dividends' && h.carried.interest === undefined && shortfall('substantially-meets', 'interest-unstated', ['ownership', i, 'carried'], { party: holdersOf(h).join(', ') }),
    ));
  },
  examples: {
    passing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends, interest: "0%" } }
`,
    failing: `ownership:
  - { party: investor, share: "75%" }
  - { party: soe, share: "25%", carried: { by: [investor], recovery: from-dividends } }
`,
  },
});
