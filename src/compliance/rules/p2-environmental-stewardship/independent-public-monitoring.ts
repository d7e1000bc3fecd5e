import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P2-MON-001: environmental monitoring is independent and its results public. */
export const independentPublicMonitoring = defineRule({
  id: 'P2-MON-001',
  principle: 'P2',
  severity: 'warning',
  critical: false,
  title: 'Independent and public environmental monitoring',
  description: 'Environmental monitoring (`environment.monitoring`) is done by someone independent of the company, and its results are published.',
  rationale: 'Monitoring by the company alone, kept private, cannot reassure the people who drink the water downstream.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirement 6.4 (environmental impact)', status: 'verified' },
    { standard: 'Global Industry Standard on Tailings Management (GISTM)', provision: 'principle 15 (public disclosure)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract does not provide for environmental monitoring.',
    'not-independent': 'Environmental monitoring is not independent of the company.',
    'not-public': 'Environmental monitoring results are not published.',
  },
  evaluate(c) {
    const at = ['environment', 'monitoring'];
    const m = c.environment?.monitoring;
    if (!m) return absent('missing', at);
    return judge([at], [
      !m.independent && shortfall('partially-meets', 'not-independent', [...at, 'independent']),
      !m.public && shortfall('partially-meets', 'not-public', [...at, 'public']),
    ]);
  },
  examples: {
    passing: `environment:
  monitoring: { id: monitoring, independent: true, public: true, frequencyMonths: 3 }
`,
    failing: `environment:
  monitoring: { id: monitoring, independent: true, public: false, frequencyMonths: 6 }
`,
  },
});
