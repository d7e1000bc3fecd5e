import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** G1-TIM-001: payments are reported soon after the period. */
export const reportingTimeliness = defineRule({
  id: 'G1-TIM-001',
  principle: 'G1',
  severity: 'warning',
  critical: false,
  title: 'Timely payment reporting',
  description: 'Payments are reported within `maxMonths` months of the end of the period they cover (`governance.reporting.timelinessMonths`).',
  rationale: 'Data two years old cannot inform this year\'s budget debate; EITI requires disclosure no later than the second-to-last complete accounting period.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 4.8 (data timeliness)', status: 'verified' }],
  options: {
    maxMonths: threshold(z.int().min(0), {
      default: 24,
      description: 'Most months after the end of a period by which its payments are reported.',
      source: 'EITI Requirement 4.8: second-to-last complete accounting period [V]',
      verified: true,
    }),
  },
  messages: {
    missing: 'The contract does not require payments to be reported, so not on time.',
    late: 'Payments are reported {months} months after the period; at most {max} months is expected.',
  },
  evaluate(c, o) {
    const at = ['governance', 'reporting'];
    const r = c.governance?.reporting;
    if (!r) return absent('missing', c.governance ? at : ['governance']);
    return judge([at], [r.timelinessMonths > o.maxMonths && shortfall('partially-meets', 'late', [...at, 'timelinessMonths'], { months: r.timelinessMonths, max: o.maxMonths })]);
  },
  examples: {
    passing: `governance:
  reporting: { id: payment-reporting, modality: shall, projectLevel: true, timelinessMonths: 12 }
`,
    failing: `governance:
  reporting: { id: payment-reporting, modality: shall, projectLevel: true, timelinessMonths: 36 }
`,
  },
});
