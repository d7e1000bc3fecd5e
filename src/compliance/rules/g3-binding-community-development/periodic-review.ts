import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** G3-REV-001: the CDA is reviewed periodically and stays binding until revised. */
export const periodicReview = defineRule({
  id: 'G3-REV-001',
  principle: 'G3',
  severity: 'warning',
  critical: false,
  title: 'Periodic CDA review, with the agreement binding until revised',
  description:
    'The community development agreement is reviewed at least every `maxYearsBetweenReviews` years (`reviewEveryYears`), and the existing agreement stays binding until a revision is agreed (`continuity`).',
  rationale: 'Communities\' needs change over a 25-year mine life; regular review keeps the agreement relevant, and continuity stops a company from escaping it by refusing to agree a revision.',
  references: [{ standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'Annex B(h): review every 5 years', status: 'verified' }],
  options: {
    maxYearsBetweenReviews: threshold(z.int().positive(), {
      default: 5,
      description: 'Most years between two reviews of the CDA.',
      source: 'MMDA Annex B(h): every 5 years [V]',
      verified: true,
    }),
  },
  messages: {
    missing: 'There is no community development agreement to review.',
    'no-review': 'The community development agreement is never reviewed.',
    'rarely-reviewed': 'The community development agreement is reviewed every {years} years; at least every {max} years is expected.',
    'no-continuity': 'The contract does not keep the existing agreement binding until a revision is agreed.',
  },
  evaluate(c, o) {
    const at = ['community', 'developmentAgreement'];
    const cda = c.community?.developmentAgreement;
    if (!cda) return absent('missing', c.community ? at : ['community']);
    return judge([at], [
      cda.reviewEveryYears === undefined && shortfall('partially-meets', 'no-review', at),
      cda.reviewEveryYears !== undefined && cda.reviewEveryYears > o.maxYearsBetweenReviews && shortfall('substantially-meets', 'rarely-reviewed', [...at, 'reviewEveryYears'], { years: cda.reviewEveryYears, max: o.maxYearsBetweenReviews }),
      !cda.continuity && shortfall('substantially-meets', 'no-continuity', cda.reviewEveryYears === undefined ? at : [...at, 'reviewEveryYears']),
    ]);
  },
  examples: {
    passing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, reviewEveryYears: 5, continuity: true }
`,
    failing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true }
`,
  },
});
