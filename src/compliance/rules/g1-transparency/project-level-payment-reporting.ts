import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { isTemplateGfsCode, paymentStreams } from '../../../eiti/payment-streams.js';

/** G1-PAY-001: every payment stream maps to a GFS code and is reported by project. */
export const projectLevelPaymentReporting = defineRule({
  id: 'G1-PAY-001',
  principle: 'G1',
  severity: 'error',
  critical: false,
  title: 'Payments reported by project, under GFS codes',
  description:
    'The contract requires ("shall") payments to be reported for each project (`governance.reporting.projectLevel`), and every GFS code it assigns to a payment stream (`eiti.gfsCode`) is one of the EITI Summary Data Template\'s codes. Streams without a stated code are reported under the usual code for their kind.',
  rationale: 'Company-level totals hide which mine paid what. EITI requires project-level reporting and a common classification so payments can be compared and reconciled.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirements 4.1 and 4.7 (comprehensiveness, level of disaggregation)', status: 'verified' },
    { standard: 'EITI Summary Data Template v2', provision: 'GFS revenue classification', status: 'verified' },
  ],
  messages: {
    missing: 'The contract does not require payments to be reported.',
    discretionary: 'Payment reporting is stated with "{modality}", so it does not bind.',
    'company-level': 'Payments are reported by company, not by project.',
    'unknown-code': 'The {kind} payment is classified as "{code}", which is not a GFS code of the EITI Summary Data Template.',
  },
  evaluate(c) {
    const at = ['governance', 'reporting'];
    const r = c.governance?.reporting;
    if (!r) return absent('missing', c.governance ? at : ['governance']);
    return judge([at], [
      r.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: r.modality }),
      !r.projectLevel && shortfall('partially-meets', 'company-level', [...at, 'projectLevel']),
      ...paymentStreams(c).map((s) => s.statedGfsCode !== undefined && !isTemplateGfsCode(s.statedGfsCode) && shortfall('partially-meets', 'unknown-code', [...s.path, 'eiti', 'gfsCode'], { kind: s.kind, code: s.statedGfsCode })),
    ]);
  },
  examples: {
    passing: `governance:
  reporting: { id: payment-reporting, modality: shall, projectLevel: true, timelinessMonths: 12 }
`,
    failing: `governance:
  reporting: { id: payment-reporting, modality: shall, projectLevel: false, timelinessMonths: 12 }
`,
  },
});
