import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

/** P5-PRO-004: an export ban or levy has been reviewed for compatibility with trade law. */
export const tradeLawReview = defineRule({
  id: 'P5-PRO-004',
  principle: 'P5',
  severity: 'info',
  critical: false,
  title: 'Trade-law compatibility of export restrictions reviewed',
  description: 'Where the contract restricts raw exports (a ban or a levy), it records that the restriction\'s compatibility with trade law (e.g. WTO rules) has been reviewed (`processing.tradeLawReviewed`).',
  appliesWhen: 'the contract bans or levies raw exports',
  rationale: 'Export bans can be challenged: the EU took Indonesia\'s nickel-ore ban to the WTO. A reviewed restriction is less likely to be struck down.',
  references: [{ standard: 'EU challenge at the WTO to Indonesia\'s nickel-ore export ban', provision: 'dispute DS592, Indonesia — Measures Relating to Raw Materials (number recalled)', status: 'recalled' }],
  messages: {
    unreviewed: 'The raw-export restriction has not been reviewed for compatibility with trade law.',
  },
  applies: (c) => c.processing?.rawExport !== undefined && c.processing.rawExport.restriction !== 'none',
  evaluate(c) {
    return judge([['processing', 'rawExport']], [c.processing?.tradeLawReviewed !== true && shortfall('does-not-meet', 'unreviewed', ['processing', 'rawExport', 'restriction'])]);
  },
  examples: {
    passing: `processing:
  rawExport: { id: raw-export-ban, restriction: ban-after-date, from: 2030-01-01 }
  tradeLawReviewed: true
`,
    failing: `processing:
  rawExport: { id: raw-export-ban, restriction: ban-after-date, from: 2030-01-01 }
`,
  },
});
