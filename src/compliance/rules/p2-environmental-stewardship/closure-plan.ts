import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** P2-CLO-001: a closure and rehabilitation plan, reviewed periodically. */
export const closurePlan = defineRule({
  id: 'P2-CLO-001',
  principle: 'P2',
  severity: 'error',
  critical: true,
  title: 'Closure and rehabilitation plan, updated periodically',
  description: 'The contract requires ("shall") a closure and rehabilitation plan (`environment.closure.plan`) reviewed at least every `maxYearsBetweenReviews` years (`reviewYears`).',
  rationale: 'A mine is temporary; its pits, dumps and water problems are not. A plan made at the start and kept current is the only way closure is paid for and done.',
  references: [
    { standard: 'ICMM Mining Principles', provision: 'performance expectation 6.1', status: 'verified' },
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 2.6 (closure)', status: 'verified' },
  ],
  options: {
    maxYearsBetweenReviews: threshold(z.int().positive(), {
      default: 5,
      description: 'Most years between two reviews of the closure plan.',
      source: 'rules.md P2-CLO-001: review at least every 5 years [S]',
      verified: false,
    }),
  },
  messages: {
    missing: 'The contract does not require a closure and rehabilitation plan.',
    discretionary: 'The closure plan is stated with "{modality}", so it does not bind.',
    'never-reviewed': 'The contract does not say how often the closure plan is reviewed.',
    'rarely-reviewed': 'The closure plan is reviewed every {years} years; at least every {max} years is expected.',
  },
  evaluate(c, o) {
    const at = ['environment', 'closure'];
    const cl = c.environment?.closure;
    if (!cl?.plan) return absent('missing', cl ? [...at, 'plan'] : at);
    return judge([at], [
      cl.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: cl.modality }),
      cl.reviewYears === undefined && shortfall('partially-meets', 'never-reviewed', at),
      cl.reviewYears !== undefined && cl.reviewYears > o.maxYearsBetweenReviews && shortfall('substantially-meets', 'rarely-reviewed', [...at, 'reviewYears'], { years: cl.reviewYears, max: o.maxYearsBetweenReviews }),
    ]);
  },
  examples: {
    passing: `environment:
  closure: { id: closure, modality: shall, plan: true, reviewYears: 3 }
`,
    failing: `environment:
  closure: { id: closure, modality: may, plan: false }
`,
  },
});
