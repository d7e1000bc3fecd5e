import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { rateValue, threshold } from '../../thresholds.js';

/** P2-CLO-002: closure is secured by third-party financial assurance, sized at third-party cost. */
export const closureFinancialAssurance = defineRule({
  id: 'P2-CLO-002',
  principle: 'P2',
  severity: 'error',
  critical: true,
  title: 'Financial assurance for closure from a third party',
  description:
    'Closure is secured (`environment.closure.assurance`, "shall") by a third-party instrument (bond, letter of credit, trust, escrow or cash deposit; not a corporate guarantee), sized at what a third party would charge to carry out the closure plan, covering at least `minimumCoverage` of that cost, posted before construction and reviewed at least every `maxYearsBetweenReviews` years.',
  rationale:
    'When a mine closes early the company is often insolvent, and its own guarantee is worth nothing. Only money held by or for the state, sized at what the state would pay a contractor, makes closure happen.',
  references: [
    { standard: 'US National Academies, Hardrock Mining on Federal Lands (1999)', provision: 'appendix E: third-party cost', status: 'verified' },
    { standard: 'World Bank, Guidance Notes for the Implementation of Financial Surety for Mine Closure (2009)', status: 'verified' },
    { standard: 'IGF/IISD, Global Review: Financial Assurance Governance for the Post-Mining Transition (2021)', status: 'verified' },
  ],
  options: {
    minimumCoverage: threshold(rateValue(), {
      default: '100%',
      description: 'Least share of the estimated closure cost the assurance covers.',
      source: 'rules.md P2-CLO-002: full coverage [S]',
      verified: false,
    }),
    maxYearsBetweenReviews: threshold(z.int().positive(), {
      default: 3,
      description: 'Most years between two reviews of the assurance\'s adequacy.',
      source: 'rules.md P2-CLO-002: review at least every 3 years [S]',
      verified: false,
    }),
  },
  messages: {
    missing: 'The contract requires no financial assurance for closure.',
    discretionary: 'The closure assurance is stated with "{modality}", so it does not bind.',
    'corporate-guarantee': 'Closure is secured only by a corporate guarantee, which is worthless if the company fails.',
    insurance: 'Closure is secured by an insurance policy, which may lapse or exclude the event; a bond, letter of credit or trust is expected.',
    'company-estimate': 'The assurance is sized at the company\'s own estimate, not at what a third party would charge.',
    'low-coverage': 'The assurance covers {coverage} of the closure cost; at least {minimum} is expected.',
    'rarely-reviewed': 'The assurance is reviewed every {years} years; at least every {max} years is expected.',
    'after-construction': 'The assurance need not be posted before construction starts.',
  },
  evaluate(c, o) {
    const at = ['environment', 'closure', 'assurance'];
    const a = c.environment?.closure?.assurance;
    if (!a) return absent('missing', at);
    const coverage = a.coverage.times(100).toString();
    return judge([at], [
      a.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: a.modality }),
      a.instrument === 'corporate-guarantee' && shortfall('does-not-meet', 'corporate-guarantee', [...at, 'instrument']),
      a.instrument === 'insurance' && shortfall('substantially-meets', 'insurance', [...at, 'instrument']),
      a.amountBasis !== 'third-party-cost' && shortfall('partially-meets', 'company-estimate', [...at, 'amountBasis']),
      a.coverage.lt(o.minimumCoverage) &&
        shortfall(a.coverage.gte(o.minimumCoverage.times('0.9')) ? 'substantially-meets' : 'partially-meets', 'low-coverage', [...at, 'coverage'], { coverage: `${coverage}%`, minimum: `${o.minimumCoverage.times(100).toString()}%` }),
      a.reviewYears > o.maxYearsBetweenReviews && shortfall('substantially-meets', 'rarely-reviewed', [...at, 'reviewYears'], { years: a.reviewYears, max: o.maxYearsBetweenReviews }),
      !a.beforeConstruction && shortfall('partially-meets', 'after-construction', [...at, 'beforeConstruction']),
    ]);
  },
  examples: {
    passing: `environment:
  closure:
    id: closure
    modality: shall
    plan: true
    reviewYears: 3
    assurance: { id: closure-bond, modality: shall, instrument: bond, amountBasis: third-party-cost, coverage: "100%", reviewYears: 3, beforeConstruction: true }
`,
    failing: `environment:
  closure:
    id: closure
    modality: shall
    plan: true
    reviewYears: 3
    assurance: { id: guarantee, modality: shall, instrument: corporate-guarantee, amountBasis: company-estimate, coverage: "50%", reviewYears: 10, beforeConstruction: false }
`,
  },
});
