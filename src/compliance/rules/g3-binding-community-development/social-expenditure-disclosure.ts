import { defineRule } from '../../define-rule.js';
import { absent, judge } from '../../evaluation.js';

/** G3-DIS-001: CDA payments are disclosed as mandatory social expenditure. */
export const socialExpenditureDisclosure = defineRule({
  id: 'G3-DIS-001',
  principle: 'G3',
  severity: 'warning',
  critical: false,
  title: 'CDA payments disclosed as mandatory social expenditure',
  description:
    'Payments under the community development agreement are disclosed as mandatory social expenditure (`community.developmentAgreement.disclosed`): in EITI Summary Data Template Part 2, and under GFS 1415E4 where paid to a government.',
  rationale: 'Disclosed amounts let communities check that what was promised was paid.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirement 6.1 (social expenditures)', status: 'verified' },
    { standard: 'EITI Summary Data Template v2', provision: 'Part 2: "Mandatory social expenditures"', status: 'verified' },
  ],
  messages: {
    missing: 'There is no community development agreement whose payments could be disclosed.',
    undisclosed: 'Payments under the community development agreement are not disclosed as mandatory social expenditure.',
  },
  evaluate(c) {
    const at = ['community', 'developmentAgreement'];
    const cda = c.community?.developmentAgreement;
    if (!cda) return absent('missing', c.community ? at : ['community']);
    return cda.disclosed ? judge([[...at, 'disclosed']], []) : absent('undisclosed', at);
  },
  examples: {
    passing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, disclosed: true }
`,
    failing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, disclosed: false }
`,
  },
});
