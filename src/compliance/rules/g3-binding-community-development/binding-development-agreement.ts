import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** G3-BND-001: the contract requires a binding community development agreement. */
export const bindingDevelopmentAgreement = defineRule({
  id: 'G3-BND-001',
  principle: 'G3',
  severity: 'error',
  critical: true,
  title: 'Binding community development agreement required',
  description:
    'The contract requires ("shall") a community development agreement (`community.developmentAgreement`) to be concluded (`required`) and states that it binds the company (`binding`).',
  rationale: 'The reform asks that community development clauses be binding in every mineral contract. Kenya, Guinea and Sierra Leone make the agreement mandatory; a clause the company may honour at will is charity, not a right.',
  references: [
    { standard: 'Kenya Mining Act 2016', provision: 'community development agreement mandatory for large-scale mining rights', status: 'verified' },
    { standard: 'Guinea Mining Code 2011 (amended 2013)', provision: 'art. 130 (local development agreement)', status: 'verified' },
    { standard: 'Sierra Leone Mines and Minerals Development Act 2022', provision: 'community development agreements', status: 'verified' },
  ],
  messages: {
    missing: 'The contract requires no community development agreement.',
    discretionary: 'The community development agreement is stated with "{modality}", so it does not bind.',
    'not-binding': 'The community development agreement is declared not binding on the company.',
    'not-required': 'The contract does not require a community development agreement to be concluded.',
  },
  evaluate(c) {
    const at = ['community', 'developmentAgreement'];
    const cda = c.community?.developmentAgreement;
    if (!cda) return absent('missing', c.community ? at : ['community']);
    return judge([at], [
      cda.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: cda.modality }),
      !cda.binding && shortfall('does-not-meet', 'not-binding', [...at, 'binding']),
      !cda.required && shortfall('partially-meets', 'not-required', [...at, 'required']),
    ]);
  },
  examples: {
    passing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true }
`,
    failing: `community:
  developmentAgreement: { id: cda, modality: endeavour, required: false, binding: false }
`,
  },
});
