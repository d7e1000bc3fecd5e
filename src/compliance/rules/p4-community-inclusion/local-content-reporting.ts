import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** P4-LCR-001: local-content performance is reported yearly, promptly and publicly. */
export const localContentReporting = defineRule({
  id: 'P4-LCR-001',
  principle: 'P4',
  severity: 'warning',
  critical: false,
  title: 'Annual local-content performance report',
  description:
    'The contract requires ("shall") a local-content performance report (`community.localContentReporting`) at least every `maxMonthsBetweenReports` months, submitted within `maxDaysAfterPeriod` days of the period\'s end, and published.',
  rationale: 'Employment, training and procurement targets mean little unless performance against them is reported on time and in public.',
  references: [{ standard: 'Tanzania Mining (Local Content) Regulations 2018', provision: 'annual performance report within 45 days', status: 'verified' }],
  options: {
    maxMonthsBetweenReports: threshold(z.int().positive(), {
      default: 12,
      description: 'Most months between two local-content reports.',
      source: 'rules.md P4-LCR-001: annual report (Tanzania 2018) [V]',
      verified: true,
    }),
    maxDaysAfterPeriod: threshold(z.int().min(0), {
      default: 45,
      description: 'Most days after the period ends by which the report is submitted.',
      source: 'Tanzania Mining (Local Content) Regulations 2018: within 45 days [V]',
      verified: true,
    }),
  },
  messages: {
    missing: 'The contract requires no local-content performance report.',
    discretionary: 'Local-content reporting is stated with "{modality}", so it does not bind.',
    infrequent: 'Local-content reports are due every {months} months; at least every {max} months is expected.',
    late: 'Local-content reports are due {days} days after the period; at most {max} days is expected.',
    private: 'Local-content reports are not published.',
  },
  evaluate(c, o) {
    const at = ['community', 'localContentReporting'];
    const r = c.community?.localContentReporting;
    if (!r) return absent('missing', at);
    return judge([at], [
      r.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: r.modality }),
      r.frequencyMonths > o.maxMonthsBetweenReports && shortfall('substantially-meets', 'infrequent', [...at, 'frequencyMonths'], { months: r.frequencyMonths, max: o.maxMonthsBetweenReports }),
      r.withinDays > o.maxDaysAfterPeriod && shortfall('substantially-meets', 'late', [...at, 'withinDays'], { days: r.withinDays, max: o.maxDaysAfterPeriod }),
      !r.public && shortfall('substantially-meets', 'private', [...at, 'public']),
    ]);
  },
  examples: {
    passing: `community:
  localContentReporting: { id: local-content-report, modality: shall, frequencyMonths: 12, withinDays: 45, public: true }
`,
    failing: `community:
  localContentReporting: { id: local-content-report, modality: may, frequencyMonths: 24, withinDays: 180, public: false }
`,
  },
});
