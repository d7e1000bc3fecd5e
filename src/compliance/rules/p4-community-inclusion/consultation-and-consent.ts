import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P4-CON-001: communities are consulted, and Indigenous peoples' free, prior and informed consent is required. */
export const consultationAndConsent = defineRule({
  id: 'P4-CON-001',
  principle: 'P4',
  severity: 'error',
  critical: true,
  title: 'Community consultation, and FPIC where Indigenous peoples are affected',
  description:
    'The contract provides for consultation of the affected communities (`community.consultation`); where Indigenous peoples are affected (`indigenousPeoplesPresent`) it requires their free, prior and informed consent (`fpic`). Consultation that continues through the project\'s life (`ongoing`) fully meets the rule.',
  rationale: 'People whose land is mined have a right to be heard before, not after; for Indigenous peoples, IFC PS7 and IRMA require consent, not only consultation.',
  references: [
    { standard: 'IFC Performance Standards', provision: 'PS7 (Indigenous peoples)', status: 'recalled' },
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 2.2 (free, prior and informed consent)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract does not provide for consultation of the affected communities.',
    'no-fpic': 'Indigenous peoples are affected, but their free, prior and informed consent is not required.',
    'one-off': 'Consultation happens only before approval, not through the life of the project.',
  },
  evaluate(c) {
    const at = ['community', 'consultation'];
    const k = c.community?.consultation;
    if (!k) return absent('missing', at);
    return judge([at], [
      k.indigenousPeoplesPresent && !k.fpic && shortfall('partially-meets', 'no-fpic', [...at, 'fpic']),
      !k.ongoing && shortfall('substantially-meets', 'one-off', at),
    ]);
  },
  examples: {
    passing: `community:
  consultation: { id: consultation, indigenousPeoplesPresent: true, fpic: true, ongoing: true }
`,
    failing: `community:
  consultation: { id: consultation, indigenousPeoplesPresent: true, fpic: false }
`,
  },
});
