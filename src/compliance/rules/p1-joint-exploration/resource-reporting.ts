import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

const RECOGNISED = new Set(['JORC', 'NI-43-101', 'PERC', 'SAMREC', 'CRIRSCO', 'SEC-S-K-1300']);

/** P1-REP-001: resources and reserves are reported under a recognised code, by a competent person. */
export const resourceReporting = defineRule({
  id: 'P1-REP-001',
  principle: 'P1',
  severity: 'warning',
  critical: false,
  title: 'Resource and reserve reporting under a recognised code',
  description:
    'The contract requires resource and reserve reports (`exploration.resourceReporting`) under a CRIRSCO-family code (JORC, NI 43-101, PERC, SAMREC, SEC S-K 1300 or another CRIRSCO-aligned code), at least every `maxMonthsBetweenReports` months, signed by a competent person.',
  rationale: 'Reports under a recognised code, signed by an accountable professional, can be compared and audited; EITI asks for production and resource data.',
  references: [
    { standard: 'CRIRSCO International Reporting Template', status: 'recalled' },
    { standard: 'EITI Standard 2023', provision: 'Requirement 3.2 (production data)', status: 'verified' },
  ],
  options: {
    maxMonthsBetweenReports: threshold(z.int().positive(), {
      default: 12,
      description: 'Most months between two resource and reserve reports.',
      source: 'rules.md P1-REP-001: yearly reporting [S]',
      verified: false,
    }),
  },
  messages: {
    missing: 'The contract does not require resource and reserve reporting under a recognised code.',
    'code-not-recognised': 'Resources are reported under "{code}", which is not a CRIRSCO-family code.',
    infrequent: 'Resource reports are due every {months} months; at most every {max} months is expected.',
    'no-competent-person': 'Resource reports need not be signed by a competent person.',
  },
  evaluate(c, o) {
    const at = ['exploration', 'resourceReporting'];
    const r = c.exploration?.resourceReporting;
    if (!r) return absent('missing', at);
    return judge([at], [
      !RECOGNISED.has(r.code) && shortfall('partially-meets', 'code-not-recognised', [...at, 'code'], { code: r.code }),
      r.frequencyMonths > o.maxMonthsBetweenReports && shortfall('substantially-meets', 'infrequent', [...at, 'frequencyMonths'], { months: r.frequencyMonths, max: o.maxMonthsBetweenReports }),
      !r.competentPerson && shortfall('partially-meets', 'no-competent-person', [...at, 'competentPerson']),
    ]);
  },
  examples: {
    passing: `exploration:
  resourceReporting: { id: resource-reporting, code: JORC, frequencyMonths: 12, competentPerson: true }
`,
    failing: `exploration:
  resourceReporting: { id: resource-reporting, code: national, frequencyMonths: 36, competentPerson: false }
`,
  },
});
