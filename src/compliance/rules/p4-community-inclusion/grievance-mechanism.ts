import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P4-GRV-001: an operational-level grievance mechanism, independent and with a public register. */
export const grievanceMechanism = defineRule({
  id: 'P4-GRV-001',
  principle: 'P4',
  severity: 'error',
  critical: true,
  title: 'Operational-level grievance mechanism',
  description:
    'The contract sets up a grievance mechanism for people affected by the project (`community.grievanceMechanism`). It fully meets the rule when run independently of the company and with a public register of grievances and outcomes.',
  rationale: 'Without a place to complain that answers, grievances become blockades. IRMA makes an operational-level grievance mechanism a critical requirement.',
  references: [
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 1.4 (critical requirement)', status: 'verified' },
    { standard: 'IFC Performance Standards', provision: 'PS1 (grievance mechanism)', status: 'recalled' },
  ],
  messages: {
    missing: 'The contract sets up no grievance mechanism for people affected by the project.',
    'not-independent': 'The grievance mechanism is run by the company, not independently.',
    'no-register': 'Grievances and their outcomes are not kept in a public register.',
  },
  evaluate(c) {
    const at = ['community', 'grievanceMechanism'];
    const g = c.community?.grievanceMechanism;
    if (!g) return absent('missing', at);
    return judge([at], [
      !g.independent && shortfall('substantially-meets', 'not-independent', [...at, 'independent']),
      !g.publicRegister && shortfall('substantially-meets', 'no-register', at),
    ]);
  },
  examples: {
    passing: `community:
  grievanceMechanism: { id: grievance, independent: true, publicRegister: true }
`,
    failing: `community: {}          # no grievance mechanism
`,
  },
});
