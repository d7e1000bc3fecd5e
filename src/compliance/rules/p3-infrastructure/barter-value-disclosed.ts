import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

/** P3-INF-005: infrastructure built in lieu of payments is disclosed like a revenue stream. */
export const barterValueDisclosed = defineRule({
  id: 'P3-INF-005',
  principle: 'P3',
  severity: 'error',
  critical: false,
  title: 'Resource-for-infrastructure value disclosed',
  description:
    'Every infrastructure item built in lieu of payments to the state (`inLieuOfPayments`) has its value disclosed as a revenue stream (`valueDisclosed`), reported under GFS 1415E4 and in the EITI Summary Data Template\'s "Infrastructure provisions and barter arrangements".',
  appliesWhen: 'an infrastructure item is built in lieu of payments (a barter)',
  rationale: 'A road given instead of taxes is a payment. If its value is not disclosed, the state\'s revenue cannot be compared across deals and the barter can hide a poor bargain.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirement 4.3 (infrastructure provisions and barter arrangements)', status: 'verified' },
    { standard: 'IMF GFS / EITI SDT', provision: '1415E4 compulsory transfers to government (infrastructure and other)', status: 'verified' },
  ],
  messages: {
    undisclosed: 'The value of the {kind} "{item}", built in lieu of payments, is not disclosed as a revenue stream.',
  },
  applies: (c) => c.infrastructure.some((x) => x.inLieuOfPayments),
  evaluate(c) {
    return judge([['infrastructure']], c.infrastructure.map((x, i) =>
      x.inLieuOfPayments && x.valueDisclosed !== true && shortfall('does-not-meet', 'undisclosed', ['infrastructure', i, 'inLieuOfPayments'], { kind: x.kind, item: x.id }),
    ));
  },
  examples: {
    passing: `infrastructure:
  - { id: rail, modality: shall, kind: rail, description: Rail spur in lieu of royalty, capex: "300000000 USD", by: 2030-12-31, thirdPartyAccess: true, accessTerms: regulated, inLieuOfPayments: true, valueDisclosed: true }
`,
    failing: `infrastructure:
  - { id: rail, modality: shall, kind: rail, description: Rail spur in lieu of royalty, capex: "300000000 USD", by: 2030-12-31, thirdPartyAccess: true, accessTerms: regulated, inLieuOfPayments: true }
`,
  },
});
